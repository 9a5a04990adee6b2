import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmArchiveModal } from '../../../components/ui/confirm-archive-modal';
import { notifySuccess } from '../../../components/ui/notify';
import { RecordList, RecordSection } from '../../../components/ui/record-section';
import { useRecordListActions } from '../../../hooks/use-record-list-actions';
import type { Partner } from '../../../lib/api-types';
import { archivedLast } from '../../../lib/records';
import { useMayArchive } from '../../partners/hooks/use-may-archive';
import { goalsKeys, partnerGoalsQueryOptions } from '../api/goals-queries';
import type { Goal } from '../api/types';
import { useArchiveGoal } from '../api/use-goal-mutations';
import { GoalCard } from './goal-card';
import { GoalForm } from './goal-form';

/** The partner page's "Shared goals": what both sides are working toward, and when each was last reviewed. */
export function PartnerGoalsSection({ partner }: { partner: Partner }) {
  const [showArchived, setShowArchived] = useState(false);
  const goals = useQuery(partnerGoalsQueryOptions(partner.id, showArchived ? 'all' : 'false'));
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const actions = useRecordListActions<Goal, Goal>({
    listKey: goalsKeys.partner(partner.id),
    archive: useArchiveGoal(partner.id),
    onArchived: () => notifySuccess('Goal archived'),
  });
  const mayArchive = useMayArchive();
  const editable = partner.archivedAt === null;
  const items = goals.data ? archivedLast(goals.data.items) : [];

  return (
    <RecordSection
      title="Shared goals"
      action={
        editable &&
        !adding && (
          <Button variant="default" onClick={() => setAdding(true)}>
            Add a goal
          </Button>
        )
      }
      addForm={adding && <GoalForm partnerId={partner.id} onDone={() => setAdding(false)} />}
      actionProblem={actions.problem}
      onReload={actions.reload}
      onDismissProblem={() => actions.setProblem(null)}
      query={goals}
      skeletonRows={2}
      loadingLabel="Loading shared goals"
      errorTitle="Shared goals didn't load"
      empty={items.length === 0}
      emptyText={showArchived ? 'No shared goals, in use or archived.' : 'No shared goals yet — write down what you are working toward together.'}
      renderList={(headingId) => (
        <RecordList labelledBy={headingId}>
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
                onArchive={() => actions.openArchive(goal)}
                onProblem={actions.setProblem}
              />
            ),
          )}
        </RecordList>
      )}
      archivedToggle={{ label: 'Show archived goals', checked: showArchived, onChange: setShowArchived }}
    >
      <ConfirmArchiveModal {...actions.archiveDialog} title="Archive this goal?" confirmLabel="Archive goal">
        “{shorten(actions.archiving?.text ?? '')}” will no longer count toward this partnership’s shared goals or its review date.
      </ConfirmArchiveModal>
    </RecordSection>
  );
}

function shorten(text: string, max = 140): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
