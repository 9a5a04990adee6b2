import { VALUE_DIMENSIONS, type ValueDimension } from '@common-ground/domain';
import { Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { ConfirmArchiveModal } from '../../../components/ui/confirm-archive-modal';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordCardActions } from '../../../components/ui/record-card-actions';
import { useRecordListActions } from '../../../hooks/use-record-list-actions';
import { toProblemError } from '../../../lib/problem-error';
import { archivedLast } from '../../../lib/records';
import { useMayArchive } from '../../partners/hooks/use-may-archive';
import { FormDialog, useFormDialog } from '../../value/shared/form-dialog';
import { IMPACT_NOTES_PAGE_SIZE, impactNotesKeys, impactNotesQueryOptions, useArchiveImpactNote, useRestoreImpactNote } from '../api/impact-notes-queries';
import type { ImpactNote, ImpactNotesQuery } from '../api/types';
import { DIMENSION_MEANINGS } from '../impact-note-values';
import { ImpactNoteCard } from './impact-note-card';
import { ImpactNoteForm } from './impact-note-form';

export interface ImpactNotesPanelProps {
  /** On a program page: the program's notes. */
  programId?: string;
  /** On a partner page: the partner's notes. */
  partnerId?: string;
  /** For an archived partner or program: the API refuses changes, so none are offered. */
  readOnly?: boolean;
}

/**
 * The stories worth telling, grouped by the value they show (NILPPA: better programs, deeper impacts, expanded
 * capacities). A quote without consent is marked so nobody copies it into a report.
 */
export function ImpactNotesPanel({ programId, partnerId, readOnly = false }: ImpactNotesPanelProps) {
  const headingId = useId();
  const scope = { programId, partnerId };
  const [showArchived, setShowArchived] = useState(false);
  const query: ImpactNotesQuery = {
    ...(programId ? { programId } : {}),
    ...(partnerId && !programId ? { partnerId } : {}),
    archived: showArchived ? 'all' : 'false',
    limit: IMPACT_NOTES_PAGE_SIZE,
  };
  const notes = useQuery(impactNotesQueryOptions(query));
  const items = notes.data ? archivedLast(notes.data.items) : [];
  const mayArchive = useMayArchive();
  const restore = useRestoreImpactNote();
  const actions = useRecordListActions<ImpactNote, ImpactNote>({
    listKey: impactNotesKeys.all,
    archive: useArchiveImpactNote(),
    onArchived: () => notifySuccess('Note archived'),
  });
  const dialog = useFormDialog<ImpactNote | 'new'>();
  const open = dialog.open;
  const show = programId ? 'partner' : 'program';

  const restoreNote = (note: ImpactNote) =>
    restore.mutate({ id: note.id, version: note.version }, { onSuccess: () => notifySuccess('Note restored'), onError: (error) => actions.setProblem(toProblemError(error)) });

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          Impact notes
        </Title>
        {!readOnly && <Button onClick={() => open('new')}>Add a note</Button>}
      </Group>

      {actions.problem && (
        <ProblemAlert problem={actions.problem} title="That change wasn't saved" onReload={actions.reload} reloadLabel="Reload" onClose={() => actions.setProblem(null)} />
      )}

      {notes.isPending ? (
        <ListSkeleton rows={3} label="Loading impact notes" />
      ) : notes.isError ? (
        <ProblemAlert problem={toProblemError(notes.error)} title="Impact notes didn't load" onRetry={() => void notes.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">
          {showArchived ? 'No impact notes, in use or archived.' : 'No impact notes yet — keep the stories, quotes and lessons worth telling.'}
        </Text>
      ) : (
        <>
          {notes.data && notes.data.total > items.length && (
            <Text size="sm" c="dimmed">
              Showing the newest {items.length} of {notes.data.total} notes.
            </Text>
          )}
          {VALUE_DIMENSIONS.keys.map((dimension) => (
            <DimensionSection key={dimension} dimension={dimension} notes={items.filter((note) => note.valueDimension === dimension)}>
              {(note) => (
                <ImpactNoteCard
                  key={note.id}
                  note={note}
                  show={show}
                  actions={(describedBy) => (
                    <RecordCardActions
                      archived={note.archivedAt !== null}
                      editable={!readOnly}
                      mayArchive={mayArchive(note)}
                      describedBy={describedBy}
                      restoring={restore.isPending && restore.variables?.id === note.id}
                      onRestore={() => restoreNote(note)}
                      onEdit={() => open(note)}
                      onArchive={() => actions.openArchive(note)}
                    />
                  )}
                />
              )}
            </DimensionSection>
          ))}
        </>
      )}

      <Switch label="Show archived notes" checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />

      <FormDialog opened={dialog.opened} title={dialog.target === 'new' ? 'Add a note' : 'Edit note'} onClose={dialog.close}>
        {(controls) => <ImpactNoteForm key={dialog.session} scope={scope} note={dialog.target === 'new' || dialog.target === null ? undefined : dialog.target} {...controls} />}
      </FormDialog>
      <ConfirmArchiveModal {...actions.archiveDialog} title="Archive this note?" confirmLabel="Archive note">
        “{shorten(actions.archiving?.text ?? '')}” will no longer appear in the value view or in reports.
      </ConfirmArchiveModal>
    </Stack>
  );
}

/** One value dimension's notes, under its name and what it means. */
export function DimensionSection({ dimension, notes, children, headingOrder = 3 }: { dimension: ValueDimension; notes: ImpactNote[]; children: (note: ImpactNote) => ReactNode; headingOrder?: 3 | 4 }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <div>
        <Title order={headingOrder} id={headingId}>
          {VALUE_DIMENSIONS.labels[dimension]}
        </Title>
        <Text size="sm" c="dimmed">
          {DIMENSION_MEANINGS[dimension]}
        </Text>
      </div>
      {notes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No notes for this value yet.
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby={headingId} style={{ listStyle: 'none' }}>
          {notes.map(children)}
        </Stack>
      )}
    </Stack>
  );
}

function shorten(text: string, max = 140): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
