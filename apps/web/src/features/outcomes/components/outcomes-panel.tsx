import { ANSWER_OPTIONS, OUTCOME_MEASURES, OUTCOME_TIMINGS, type OutcomeMeasure, type OutcomeTiming } from '@common-ground/domain';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ConfirmArchiveModal } from '../../../components/ui/confirm-archive-modal';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordCardActions } from '../../../components/ui/record-card-actions';
import { useRecordListActions } from '../../../hooks/use-record-list-actions';
import { formatDay } from '../../../lib/calendar-day';
import { toProblemError } from '../../../lib/problem-error';
import { archivedLast } from '../../../lib/records';
import { useMayArchive } from '../../partners/hooks/use-may-archive';
import { FormDialog, useFormDialog } from '../../value/shared/form-dialog';
import { describeAgreeShare, formatNumber } from '../../value/shared/format';
import { outcomesKeys, programOutcomesQueryOptions, useArchiveOutcome, useProgramSessions, useRestoreOutcome } from '../api/outcomes-queries';
import type { OutcomeResult, ProgramSession } from '../api/types';
import { measureName, measureStatement } from '../outcome-values';
import { OutcomeForm } from './outcome-form';
import { sessionLabel } from './session-label';

export interface OutcomesPanelProps {
  programId: string;
  /** For an archived program: the API refuses changes, so none are offered. */
  readOnly?: boolean;
}

type Editing = { result: OutcomeResult } | { defaults: { timing: OutcomeTiming; measure: OutcomeMeasure } };

/**
 * Participant survey results of a program, per timing (immediate, follow-up) and measure: how many chose each
 * answer, how many left it blank, and the share who agree, always with its n.
 */
export function OutcomesPanel({ programId, readOnly = false }: OutcomesPanelProps) {
  const headingId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const outcomes = useQuery(programOutcomesQueryOptions(programId, showArchived ? 'all' : 'false'));
  const items = outcomes.data ? archivedLast(outcomes.data.items) : [];
  const anyPerSession = items.some((result) => result.sessionId !== null);
  const sessions = useProgramSessions(programId, anyPerSession);
  const sessionsById = new Map((anyPerSession ? (sessions.data?.items ?? []) : []).map((session) => [session.id, session]));
  const mayArchive = useMayArchive();
  const restore = useRestoreOutcome(programId);
  const actions = useRecordListActions<OutcomeResult, OutcomeResult>({
    listKey: outcomesKeys.program(programId),
    archive: useArchiveOutcome(programId),
    onArchived: () => notifySuccess('Survey results archived'),
  });
  const dialog = useFormDialog<Editing>();
  const open = dialog.open;
  const editing = dialog.target;

  const restoreResult = (result: OutcomeResult) =>
    restore.mutate(
      { id: result.id, version: result.version },
      { onSuccess: () => notifySuccess('Survey results restored'), onError: (error) => actions.setProblem(toProblemError(error)) },
    );

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          Outcomes
        </Title>
        {!readOnly && <Button onClick={() => open({ defaults: { timing: 'immediate', measure: 'knowledge' } })}>Add survey results</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        Participant survey results in the four standard outcome measures. The share who agree or strongly agree is worked out from the answers; people who left the
        question blank are not part of its n.
      </Text>

      {actions.problem && (
        <ProblemAlert problem={actions.problem} title="That change wasn't saved" onReload={actions.reload} reloadLabel="Reload" onClose={() => actions.setProblem(null)} />
      )}

      {outcomes.isPending ? (
        <ListSkeleton rows={3} label="Loading outcomes" />
      ) : outcomes.isError ? (
        <ProblemAlert problem={toProblemError(outcomes.error)} title="Outcomes didn't load" onRetry={() => void outcomes.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{showArchived ? 'No survey results, in use or archived.' : 'No survey results yet — add them after the program’s participants answer the survey.'}</Text>
      ) : (
        OUTCOME_TIMINGS.keys.map((timing) => (
          <TimingSection
            key={timing}
            timing={timing}
            results={items.filter((result) => result.timing === timing)}
            sessionsById={sessionsById}
            readOnly={readOnly}
            mayArchive={mayArchive}
            restoringId={restore.isPending ? (restore.variables?.id ?? null) : null}
            onAdd={(measure) => open({ defaults: { timing, measure } })}
            onEdit={(result) => open({ result })}
            onArchive={actions.openArchive}
            onRestore={restoreResult}
          />
        ))
      )}

      <Switch label="Show archived survey results" checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />

      <FormDialog opened={dialog.opened} title={editing && 'result' in editing ? 'Edit survey results' : 'Add survey results'} onClose={dialog.close}>
        {(controls) => (
          <OutcomeForm
            key={dialog.session}
            programId={programId}
            result={editing && 'result' in editing ? editing.result : undefined}
            defaults={editing && 'defaults' in editing ? editing.defaults : undefined}
            {...controls}
          />
        )}
      </FormDialog>
      <ConfirmArchiveModal {...actions.archiveDialog} title="Archive these survey results?" confirmLabel="Archive results">
        {actions.archiving &&
          `The ${OUTCOME_TIMINGS.labels[actions.archiving.timing].toLowerCase()} results for ${measureName(actions.archiving.measure)} will no longer count in the program’s outcomes.`}
      </ConfirmArchiveModal>
    </Stack>
  );
}

interface ResultActionsProps {
  readOnly: boolean;
  mayArchive: (record: { createdBy: string | null }) => boolean;
  restoringId: string | null;
  onEdit: (result: OutcomeResult) => void;
  onArchive: (result: OutcomeResult) => void;
  onRestore: (result: OutcomeResult) => void;
}

interface TimingSectionProps extends ResultActionsProps {
  timing: OutcomeTiming;
  results: OutcomeResult[];
  sessionsById: Map<string, ProgramSession>;
  onAdd: (measure: OutcomeMeasure) => void;
}

function TimingSection({ timing, results, sessionsById, onAdd, ...actions }: TimingSectionProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {OUTCOME_TIMINGS.labels[timing]}
      </Title>
      {results.length === 0 ? (
        <Text c="dimmed" size="sm">
          No {timing === 'immediate' ? 'immediate' : 'follow-up'} results yet.
        </Text>
      ) : (
        OUTCOME_MEASURES.keys.map((measure) => {
          const ofMeasure = results.filter((result) => result.measure === measure);
          return (
            <Stack key={measure} gap="xs">
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                <div>
                  <Title order={4}>{measureName(measure)}</Title>
                  <Text size="sm" c="dimmed">
                    “{measureStatement(measure)}”
                  </Text>
                </div>
                {!actions.readOnly && (
                  <Button size="xs" variant="default" onClick={() => onAdd(measure)} aria-label={`Add results: ${measureName(measure)}, ${timing === 'immediate' ? 'immediate' : 'follow-up'}`}>
                    Add results
                  </Button>
                )}
              </Group>
              {ofMeasure.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No results for this measure yet.
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {ofMeasure.map((result) => (
                    <ResultCard key={result.id} result={result} session={result.sessionId ? sessionsById.get(result.sessionId) : undefined} {...actions} />
                  ))}
                </SimpleGrid>
              )}
            </Stack>
          );
        })
      )}
    </Stack>
  );
}

function ResultCard({ result, session, readOnly, mayArchive, restoringId, onEdit, onArchive, onRestore }: ResultActionsProps & { result: OutcomeResult; session?: ProgramSession }) {
  const titleId = useId();
  const archived = result.archivedAt !== null;
  const what = result.sessionId === null ? 'The whole program' : session ? sessionLabel(session) : 'One session';
  return (
    <Card component="li" withBorder padding="md" aria-labelledby={titleId}>
      <VisuallyHidden id={titleId}>
        {measureName(result.measure)}, {OUTCOME_TIMINGS.labels[result.timing].toLowerCase()}: {what}
      </VisuallyHidden>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={700} size="lg">
              {describeAgreeShare(result.agreeShare, result.answered)}
            </Text>
            <Text size="sm">{what}</Text>
          </div>
          {archived && (
            <Badge color="gray" variant="light" style={{ minWidth: 'max-content' }}>
              Archived
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {formatNumber(result.answered)} answered of {formatNumber(result.respondents)} respondents; {formatNumber(result.nonResponses)} left it blank
          {result.collectedOn ? `. Collected ${formatDay(result.collectedOn)}` : ''}.
        </Text>
        <Table withTableBorder verticalSpacing={4} fz="sm">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Answers</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Answer</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                People
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ANSWER_OPTIONS.keys.map((option) => (
              <Table.Tr key={option}>
                <Table.Th scope="row" fw={400}>
                  {ANSWER_OPTIONS.labels[option]}
                </Table.Th>
                <Table.Td style={{ textAlign: 'right' }}>{formatNumber(result.counts[option])}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                No answer
              </Table.Th>
              <Table.Td style={{ textAlign: 'right' }}>{formatNumber(result.nonResponses)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <RecordCardActions
          archived={archived}
          editable={!readOnly}
          mayArchive={mayArchive(result)}
          describedBy={titleId}
          restoring={restoringId === result.id}
          onRestore={() => onRestore(result)}
          onEdit={() => onEdit(result)}
          onArchive={() => onArchive(result)}
        />
      </Stack>
    </Card>
  );
}
