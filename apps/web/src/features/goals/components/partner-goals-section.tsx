import { Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { Partner } from '../../../lib/api-types';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { goalsKeys, partnerGoalsQueryOptions } from '../api/goals-queries';
import type { Goal } from '../api/types';
import { useArchiveGoal } from '../api/use-goal-mutations';
import { ConfirmArchiveModal } from '../shared/confirm-archive-modal';
import { useMayArchive } from '../shared/may-archive';
import { GoalCard } from './goal-card';
import { GoalForm } from './goal-form';

/** The partner page's "Shared goals": what both sides are working toward, and when each was last reviewed. */
export function PartnerGoalsSection({ partner }: { partner: Partner }) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const [showArchived, setShowArchived] = useState(false);
  const goals = useQuery(partnerGoalsQueryOptions(partner.id, showArchived ? 'all' : 'false'));
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  // The goal stays set while the dialog animates closed, so its text does not vanish mid-transition.
  const [archiving, setArchiving] = useState<Goal | null>(null);
  const [archiveOpened, setArchiveOpened] = useState(false);
  const [actionProblem, setActionProblem] = useState<ProblemError | null>(null);
  const archive = useArchiveGoal(partner.id);
  const mayArchive = useMayArchive();
  const editable = partner.archivedAt === null;

  const reload = () => {
    setActionProblem(null);
    void queryClient.invalidateQueries({ queryKey: goalsKeys.partner(partner.id) });
  };

  const closeArchive = () => {
    archive.reset();
    setArchiveOpened(false);
  };

  const confirmArchive = () => {
    if (!archiving) return;
    archive.mutate(
      { id: archiving.id, version: archiving.version },
      {
        onSuccess: () => {
          notifySuccess('Goal archived');
          closeArchive();
        },
      },
    );
  };

  // Goals in use first, then archived ones (when shown), each in the API's order.
  const items = goals.data ? [...goals.data.items].sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null)) : [];

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          Shared goals
        </Title>
        {editable && !adding && (
          <Button variant="default" onClick={() => setAdding(true)}>
            Add a goal
          </Button>
        )}
      </Group>

      {adding && <GoalForm partnerId={partner.id} onDone={() => setAdding(false)} />}

      {actionProblem && (
        <ProblemAlert problem={actionProblem} title="That change wasn't saved" onReload={reload} reloadLabel="Reload" onClose={() => setActionProblem(null)} />
      )}

      {goals.isPending ? (
        <ListSkeleton rows={2} label="Loading shared goals" />
      ) : goals.isError ? (
        <ProblemAlert problem={toProblemError(goals.error)} title="Shared goals didn't load" onRetry={() => void goals.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">
          {showArchived ? 'No shared goals, in use or archived.' : 'No shared goals yet — write down what you are working toward together.'}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby={headingId} style={{ listStyle: 'none' }}>
          {items.map((goal) =>
            editingId === goal.id ? (
              <li key={goal.id}>
                <GoalForm partnerId={partner.id} goal={goal} onDone={() => setEditingId(null)} />
              </li>
            ) : (
              <GoalCard
                key={goal.id}
                goal={goal}
                editable={editable}
                mayArchive={mayArchive(goal)}
                onEdit={() => setEditingId(goal.id)}
                onArchive={() => {
                  setArchiving(goal);
                  setArchiveOpened(true);
                }}
                onProblem={setActionProblem}
              />
            ),
          )}
        </Stack>
      )}

      <Switch label="Show archived goals" checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />

      <ConfirmArchiveModal
        opened={archiveOpened}
        title="Archive this goal?"
        confirmLabel="Archive goal"
        pending={archive.isPending}
        error={archive.error}
        onConfirm={confirmArchive}
        onClose={closeArchive}
        onReload={() => {
          reload();
          closeArchive();
        }}
      >
        “{shorten(archiving?.text ?? '')}” will no longer count toward this partnership’s shared goals or its review date.
      </ConfirmArchiveModal>
    </Stack>
  );
}

function shorten(text: string, max = 140): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
