import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { notifySuccess } from '../../../components/ui/notify';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import type { Partner } from '../../../lib/api-types';
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
    <ConfirmDialog
      opened={opened}
      title={`Archive ${partner.name}?`}
      confirmLabel="Archive partner"
      pending={archive.isPending}
      error={archive.error}
      errorTitle="The partner wasn't archived"
      reloadLabel="Reload this partner"
      onReload={reload}
      onConfirm={confirm}
      onClose={close}
    >
      <Text>
        {partner.name} will leave the partner lists and the board. Nothing is deleted: its contacts, goals, agreements
        and history stay, and you can restore it at any time.
      </Text>
    </ConfirmDialog>
  );
}
