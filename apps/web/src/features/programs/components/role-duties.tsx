import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordList } from '../../../components/ui/record-section';
import { toProblemError } from '../../../lib/problem-error';
import type { Commitment } from '../../commitments/api/types';
import { useFollowUpActions } from '../../commitments/api/use-follow-up-actions';
import { FollowUpCard } from '../../commitments/components/follow-up-card';
import { FollowUpForm } from '../../commitments/components/follow-up-form';
import { orderFollowUps } from '../../commitments/components/partner-follow-ups-tab';
import { ReopenFollowUpModal } from '../../commitments/components/reopen-follow-up-modal';

/** What the duties list needs of the program's duties query; the tab fetches them once for every role. */
export interface DutiesState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface RoleDutiesProps {
  programId: string;
  partner: { id: string; name: string };
  /** This partner's duties in the program (every status). */
  duties: readonly Commitment[];
  state: DutiesState;
  editable: boolean;
}

/**
 * A role's duties (DOMAIN.md: role duties are tracked as commitments linked to the program): who does what by
 * when, on either side, marked done (or missed, or cancelled) in one click, and a way to add one.
 */
export function RoleDuties({ programId, partner, duties, state, editable }: RoleDutiesProps) {
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const { problem, setProblem, close, pendingFor, startReopen, reopenModal } = useFollowUpActions(partner.id);
  const { open, closed } = orderFollowUps(duties);
  const ordered = [...open, ...closed];

  return (
    <Stack gap="xs" mt="xs">
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Title order={3} size="h5" id={headingId}>
          Duties{state.isPending || state.isError ? '' : ` (${open.length} open)`}
        </Title>
        {editable && !adding && (
          <Button size="xs" variant="default" onClick={() => setAdding(true)} aria-label={`Add a duty for ${partner.name}`}>
            Add a duty
          </Button>
        )}
      </Group>

      {adding && <FollowUpForm partner={partner} programId={programId} onDone={() => setAdding(false)} />}

      {problem && (
        <ProblemAlert
          problem={problem}
          title={problem.isConflict ? 'Someone else changed this duty' : 'That change wasn’t saved'}
          onReload={() => {
            setProblem(null);
            void state.refetch();
          }}
          reloadLabel="Reload"
          onClose={() => setProblem(null)}
        />
      )}

      {state.isPending ? (
        <ListSkeleton rows={1} label={`Loading ${partner.name}’s duties`} />
      ) : state.isError ? (
        <ProblemAlert problem={toProblemError(state.error)} title="Duties didn’t load" onRetry={() => void state.refetch()} />
      ) : ordered.length === 0 ? (
        <Text size="sm" c="dimmed">
          No duties yet{editable ? ': add what this partner (or the library) has to do for the program, and by when.' : '.'}
        </Text>
      ) : (
        <RecordList labelledBy={headingId}>
          {ordered.map((duty) => (
            <FollowUpCard
              key={duty.id}
              commitment={duty}
              editable={editable}
              showProgram={false}
              pendingStatus={pendingFor(duty)}
              onClose={(status) => close(duty, status)}
              onReopen={() => startReopen(duty)}
            />
          ))}
        </RecordList>
      )}

      <ReopenFollowUpModal {...reopenModal} />
    </Stack>
  );
}
