import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { toProblemError } from '../../../lib/problem-error';

interface ConfirmArchiveModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  onReload: () => void;
}

/** Asks before archiving; a refusal (someone else saved first, not allowed) is explained in the dialog. */
export function ConfirmArchiveModal({ opened, title, children, confirmLabel, pending, error, onConfirm, onClose, onReload }: ConfirmArchiveModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="md">
        <Text component="div">{children}</Text>
        <Text size="sm" c="dimmed">
          Archived records stay in the timeline and can be restored at any time.
        </Text>
        {error !== null && error !== undefined && (
          <ProblemAlert problem={toProblemError(error)} title="It wasn't archived" onReload={onReload} reloadLabel="Reload" />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
