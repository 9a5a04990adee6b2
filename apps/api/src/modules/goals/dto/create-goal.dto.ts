import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GOAL_AGREED_BY, type GoalAgreedBy } from '@common-ground/domain';
import { AgreedByField, GOAL_TEXT_MAX, GoalTextField, LastReviewedOnField } from './goal-fields';

export class CreateGoalDto {
  @ApiProperty({ minLength: 1, maxLength: GOAL_TEXT_MAX, example: 'Every third grader in the district gets a library card.' })
  @GoalTextField()
  text: string;

  @ApiProperty({ enum: GOAL_AGREED_BY.keys, description: 'Who agreed to the goal.' })
  @AgreedByField()
  agreedBy: GoalAgreedBy;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Never reviewed when absent.' })
  @LastReviewedOnField()
  lastReviewedOn?: string | null;
}
