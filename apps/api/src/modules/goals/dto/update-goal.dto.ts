import { ApiPropertyOptional } from '@nestjs/swagger';
import { GOAL_AGREED_BY, type GoalAgreedBy } from '@common-ground/domain';
import { UnlessAbsent } from '../../../common/validation/text-fields';
import { VersionDto } from '../../../common/validation/version.dto';
import { AgreedByField, GOAL_TEXT_MAX, GoalTextField, LastReviewedOnField } from './goal-fields';

/** Every field optional (absent = unchanged; null clears lastReviewedOn), plus the version you read. */
export class UpdateGoalDto extends VersionDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: GOAL_TEXT_MAX })
  @UnlessAbsent()
  @GoalTextField()
  text?: string;

  @ApiPropertyOptional({ enum: GOAL_AGREED_BY.keys })
  @UnlessAbsent()
  @AgreedByField()
  agreedBy?: GoalAgreedBy;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @LastReviewedOnField()
  lastReviewedOn?: string | null;
}
