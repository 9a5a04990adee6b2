import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { ArchivedBanner } from '../../../components/ui/archived-banner';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { notifySuccess } from '../../../components/ui/notify';
import { programsKeys } from '../api/programs-queries';
import type { Program } from '../api/types';
import { useArchiveProgram, useRestoreProgram } from '../api/use-program-mutations';

export const PROGRAM_ARCHIVE_NOT_ALLOWED = 'Only the person who added this program, a manager or an administrator can archive or restore it.';

interface ArchiveProgramModalProps {
  program: Program;
  opened: boolean;
  onClose: () => void;
}

/** Asks before archiving, says what archiving means, and explains a refusal in the dialog. */
export function ArchiveProgramModal({ program, opened, onClose }: ArchiveProgramModalProps) {
  const archive = useArchiveProgram();
  const queryClient = useQueryClient();
  const close = () => {
    archive.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={opened}
      title={`Archive ${program.title}?`}
      confirmLabel="Archive program"
      pending={archive.isPending}
      error={archive.error}
      errorTitle="The program wasn't archived"
      reloadLabel="Reload this program"
      onReload={() => {
        void queryClient.invalidateQueries({ queryKey: programsKeys.detail(program.id) });
        close();
      }}
      onConfirm={() =>
        archive.mutate(
          { id: program.id, version: program.version },
          {
            onSuccess: (saved) => {
              notifySuccess(`${saved.title} is archived`);
              close();
            },
          },
        )
      }
      onClose={close}
    >
      <Text>
        {program.title} will leave the programs list, the calendar and the totals. Nothing is deleted: its sessions,
        roles and notes stay, and you can restore it at any time.
      </Text>
    </ConfirmDialog>
  );
}

/** Says plainly that the program is archived, and offers Restore to those allowed. */
export function ProgramArchivedBanner({ program, mayRestore }: { program: Program; mayRestore: boolean }) {
  const restore = useRestoreProgram();
  const queryClient = useQueryClient();
  if (!program.archivedAt) return null;
  return (
    <ArchivedBanner
      record="program"
      archivedAt={program.archivedAt}
      consequence="It is left out of the programs list, the calendar and the totals; everything recorded about it is kept. Restore it to change its sessions or roles."
      mayRestore={mayRestore}
      notAllowed={PROGRAM_ARCHIVE_NOT_ALLOWED}
      restore={restore}
      onRestore={() =>
        restore.mutate({ id: program.id, version: program.version }, { onSuccess: (saved) => notifySuccess(`${saved.title} is restored`) })
      }
      onReload={() => void queryClient.invalidateQueries({ queryKey: programsKeys.detail(program.id) })}
    />
  );
}
