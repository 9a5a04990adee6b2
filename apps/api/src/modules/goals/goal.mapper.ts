import type { GoalResponseDto } from './dto/goal.response.dto';
import type { GoalEntity } from './goal.entity';
import { goalReviewDueOn } from './goal-review';

export function toGoalResponse(goal: GoalEntity): GoalResponseDto {
  return {
    id: goal.id,
    partnerId: goal.partnerId,
    text: goal.text,
    agreedBy: goal.agreedBy,
    lastReviewedOn: goal.lastReviewedOn,
    reviewDueOn: goalReviewDueOn(goal.lastReviewedOn, goal.createdAt),
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
    createdBy: goal.createdBy,
    version: goal.version,
    archivedAt: goal.archivedAt ? goal.archivedAt.toISOString() : null,
  };
}

/** What the audit log records of a goal. */
export function goalAuditSnapshot(goal: GoalEntity): Record<string, unknown> {
  return { text: goal.text, agreedBy: goal.agreedBy, lastReviewedOn: goal.lastReviewedOn, archivedAt: goal.archivedAt };
}
