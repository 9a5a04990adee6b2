import { Text } from '@mantine/core';
import { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';

/** The archive dialog always says "It wasn't archived" and offers a plain "Reload". */
type ConfirmArchiveModalProps = Omit<ConfirmDialogProps, 'errorTitle' | 'reloadLabel'>;

/** Asks before archiving one of a partner's records, and says that archiving loses nothing. */
export function ConfirmArchiveModal({ children, ...dialog }: ConfirmArchiveModalProps) {
  return (
    <ConfirmDialog {...dialog} errorTitle="It wasn't archived" reloadLabel="Reload">
      <Text component="div">{children}</Text>
      <Text size="sm" c="dimmed">
        Archived records stay in the timeline and can be restored at any time.
      </Text>
    </ConfirmDialog>
  );
}
