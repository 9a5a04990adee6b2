import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { toProblemError } from '../../lib/problem-error';
import { ProblemAlert } from './problem-alert';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in words. */
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  /** The refusal of the last attempt, if any: shown in the dialog, with a way to reload the stale data. */
  error: unknown;
  errorTitle: string;
  reloadLabel: string;
  onReload: () => void;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before a destructive change (archive, deactivate): Cancel or a red confirm button. A refusal (someone else
 * saved first, not allowed) is explained inside the dialog rather than in a toast, next to the choice it affects.
 */
export function ConfirmDialog({ opened, title, children, confirmLabel, pending, error, errorTitle, reloadLabel, onReload, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="md">
        {children}
        {error !== null && error !== undefined && (
          <ProblemAlert problem={toProblemError(error)} title={errorTitle} onReload={onReload} reloadLabel={reloadLabel} />
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
