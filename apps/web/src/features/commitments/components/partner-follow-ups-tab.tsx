import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordList } from '../../../components/ui/record-section';
import type { Partner } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { partnerCommitmentsQueryOptions } from '../api/commitments-queries';
import type { Commitment } from '../api/types';
import { useFollowUpActions } from '../api/use-follow-up-actions';
import { FollowUpCard } from './follow-up-card';
import { FollowUpForm } from './follow-up-form';
import { ReopenFollowUpModal } from './reopen-follow-up-modal';

/** Open first (the most overdue at the top), then the closed ones, the latest change first. */
export function orderFollowUps(items: readonly Commitment[]): { open: Commitment[]; closed: Commitment[] } {
  const open = items.filter((item) => item.status === 'open').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const closed = items
    .filter((item) => item.status !== 'open')
    .sort((a, b) => (b.statusChangedAt ?? b.updatedAt).localeCompare(a.statusChangedAt ?? a.updatedAt));
  return { open, closed };
}

/** The partner page's "Follow-ups": who promised what by when, on both sides, and whether it was kept. */
export function PartnerFollowUpsTab({ partner }: { partner: Partner }) {
  const headingId = useId();
  const openId = useId();
  const closedId = useId();
  const commitments = useQuery(partnerCommitmentsQueryOptions(partner.id));
  const { problem, setProblem, close, pendingFor, startReopen, reopenModal } = useFollowUpActions(partner.id);
  const [adding, setAdding] = useState(false);
  const editable = partner.archivedAt === null;
  const { open, closed } = orderFollowUps(commitments.data?.items ?? []);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          Follow-ups
        </Title>
        {editable && !adding && (
          <Button variant="default" onClick={() => setAdding(true)}>
            Add a follow-up
          </Button>
        )}
      </Group>

      {adding && <FollowUpForm partner={partner} onDone={() => setAdding(false)} />}

      {problem && (
        <ProblemAlert
          problem={problem}
          title={problem.isConflict ? 'Someone else changed this follow-up' : 'That change wasn’t saved'}
          onReload={() => {
            setProblem(null);
            void commitments.refetch();
          }}
          reloadLabel="Reload"
          onClose={() => setProblem(null)}
        />
      )}

      {commitments.isPending ? (
        <ListSkeleton rows={3} label="Loading follow-ups" />
      ) : commitments.isError ? (
        <ProblemAlert problem={toProblemError(commitments.error)} title="Follow-ups didn’t load" onRetry={() => void commitments.refetch()} />
      ) : open.length === 0 && closed.length === 0 ? (
        <Text c="dimmed">No follow-ups yet. They come from logged conversations, or add one here.</Text>
      ) : (
        <>
          <Stack gap="xs">
            <Title order={3} size="h4" id={openId}>
              Open ({open.length})
            </Title>
            {open.length === 0 ? (
              <Text c="dimmed">Nothing open: every follow-up with {partner.name} is closed.</Text>
            ) : (
              <RecordList labelledBy={openId}>
                {open.map((commitment) => (
                  <FollowUpCard
                    key={commitment.id}
                    commitment={commitment}
                    editable={editable}
                    pendingStatus={pendingFor(commitment)}
                    onClose={(status) => close(commitment, status)}
                    onReopen={() => undefined}
                  />
                ))}
              </RecordList>
            )}
          </Stack>
          {closed.length > 0 && (
            <Stack gap="xs">
              <Title order={3} size="h4" id={closedId}>
                Closed ({closed.length})
              </Title>
              <RecordList labelledBy={closedId}>
                {closed.map((commitment) => (
                  <FollowUpCard
                    key={commitment.id}
                    commitment={commitment}
                    editable={editable}
                    pendingStatus={null}
                    onClose={() => undefined}
                    onReopen={() => startReopen(commitment)}
                  />
                ))}
              </RecordList>
            </Stack>
          )}
        </>
      )}

      <ReopenFollowUpModal {...reopenModal} />
    </Stack>
  );
}
