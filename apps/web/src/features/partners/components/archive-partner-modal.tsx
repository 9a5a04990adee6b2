import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { Partner } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { partnersKeys } from '../api/partners-queries';
import { useArchivePartner } from '../api/use-partner-mutations';

interface ArchivePartnerModalProps {
  partner: Partner;
  opened: boolean;
  onClose: () => void;
}

/** Asks before archiving, says what archiving means, and explains a refusal in the dialog. */
export function ArchivePartnerModal({ partner, opened, onClose }: ArchivePartnerModalProps) {
  const archive = useArchivePartner();
  const queryClient = useQueryClient();

  const close = () => {
    archive.reset();
    onClose();
  };

  const confirm = () =>
    archive.mutate(
      { id: partner.id, version: partner.version },
      {
        onSuccess: (saved) => {
          notifySuccess(`${saved.name} is archived`);
          close();
        },
      },
    );

  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: partnersKeys.detail(partner.id) });
    close();
  };

  return (
    <Modal opened={opened} onClose={close} title={`Archive ${partner.name}?`} centered>
      <Stack gap="md">
        <Text>
          {partner.name} will leave the partner lists and the board. Nothing is deleted: its contacts, goals, agreements
          and history stay, and you can restore it at any time.
        </Text>
        {archive.isError && (
          <ProblemAlert
            problem={toProblemError(archive.error)}
            title="The partner wasn't archived"
            onReload={reload}
            reloadLabel="Reload this partner"
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={archive.isPending}>
            Archive partner
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
