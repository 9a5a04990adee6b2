import { GOAL_AGREED_BY } from '@common-ground/domain';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { notifySuccess } from '../../../components/ui/notify';
import { RecordCardActions } from '../../../components/ui/record-card-actions';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { useRestoreGoal, useUpdateGoal } from '../api/use-goal-mutations';
import type { Goal } from '../api/types';
import { describeDay, formatDay, todayCalendarDay } from '../../../lib/calendar-day';
import { Fact, FactList } from '../../../components/ui/fact-list';
import { ReviewDueBadge } from '../../../components/ui/review-badge';

interface GoalCardProps {
  goal: Goal;
  /** Editing is refused for an archived partner's goals, so the buttons are not offered. */
  editable: boolean;
  mayArchive: boolean;
  onEdit: () => void;
  onArchive: () => void;
  onProblem: (problem: ProblemError) => void;
}

/** One goal: its words, who agreed to it, when it was last reviewed, and the one-click review. */
export function GoalCard({ goal, editable, mayArchive, onEdit, onArchive, onProblem }: GoalCardProps) {
  const textId = useId();
  const update = useUpdateGoal(goal.partnerId);
  const restore = useRestoreGoal(goal.partnerId);
  const archived = goal.archivedAt !== null;
  const today = todayCalendarDay();
  const reviewedToday = goal.lastReviewedOn === today;

  const markReviewed = () =>
    update.mutate(
      { id: goal.id, version: goal.version, lastReviewedOn: today },
      {
        onSuccess: () => notifySuccess('Goal marked as reviewed today'),
        onError: (error) => onProblem(toProblemError(error)),
      },
    );

  const restoreGoal = () =>
    restore.mutate(
      { id: goal.id, version: goal.version },
      {
        onSuccess: () => notifySuccess('Goal restored'),
        onError: (error) => onProblem(toProblemError(error)),
      },
    );

  return (
    <Card component="li" withBorder padding="md" aria-labelledby={textId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text id={textId} fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 }}>
            {goal.text}
          </Text>
          {archived && (
            <Badge color="gray" variant="light" style={{ minWidth: 'max-content' }}>
              Archived
            </Badge>
          )}
        </Group>
        <FactList>
          <Fact label="Agreed by">{GOAL_AGREED_BY.has(goal.agreedBy) ? GOAL_AGREED_BY.labels[goal.agreedBy] : goal.agreedBy}</Fact>
          <Fact label="Last reviewed">
            {goal.lastReviewedOn ? (
              <>
                {formatDay(goal.lastReviewedOn)}{' '}
                <Text span size="sm" c="dimmed">
                  · {describeDay(goal.lastReviewedOn)}
                </Text>
              </>
            ) : (
              'Never reviewed'
            )}
          </Fact>
        </FactList>
        {!archived && <ReviewDueBadge day={goal.reviewDueOn} />}
        <RecordCardActions
          archived={archived}
          editable={editable}
          mayArchive={mayArchive}
          describedBy={textId}
          restoring={restore.isPending}
          onRestore={restoreGoal}
          onEdit={onEdit}
          onArchive={onArchive}
          beforeEdit={
            reviewedToday ? (
              <Text size="sm" c="dimmed">
                Reviewed today
              </Text>
            ) : (
              <Button size="xs" variant="light" onClick={markReviewed} loading={update.isPending} aria-describedby={textId}>
                Mark reviewed today
              </Button>
            )
          }
        />
      </Stack>
    </Card>
  );
}
