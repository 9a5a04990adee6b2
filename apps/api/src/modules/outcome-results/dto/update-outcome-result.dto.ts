import type { OutcomeMeasure, OutcomeTiming } from '@common-ground/domain';
import { VersionDto } from '../../../common/validation/version.dto';
import { AnswerCountsDto, CollectedOnField, CountsField, MeasureField, PeopleCountField, SessionIdField, TimingField } from './outcome-result-fields';

/**
 * Every field optional (absent = unchanged; null sessionId means the whole program), plus the version you read.
 * After the change, the counts and non-responses must still add up to the respondents.
 */
export class UpdateOutcomeResultDto extends VersionDto {
  @SessionIdField()
  sessionId?: string | null;

  @TimingField('optional')
  timing?: OutcomeTiming;

  @MeasureField('optional')
  measure?: OutcomeMeasure;

  @PeopleCountField('optional', 'number of respondents', 1)
  respondents?: number;

  @CountsField('optional')
  counts?: AnswerCountsDto;

  @PeopleCountField('optional', 'number of non-responses')
  nonResponses?: number;

  @CollectedOnField()
  collectedOn?: string | null;
}
