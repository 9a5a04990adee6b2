import type { OutcomeMeasure, OutcomeTiming } from '@common-ground/domain';
import { AnswerCountsDto, CollectedOnField, CountsField, MeasureField, PeopleCountField, SessionIdField, TimingField } from './outcome-result-fields';

export class CreateOutcomeResultDto {
  @SessionIdField()
  sessionId?: string | null;

  @TimingField('required')
  timing: OutcomeTiming;

  @MeasureField('required')
  measure: OutcomeMeasure;

  @PeopleCountField('required', 'number of respondents', 1, 'Everyone surveyed, answering or not.')
  respondents: number;

  @CountsField('required')
  counts: AnswerCountsDto;

  @PeopleCountField('optional', 'number of non-responses', 0, 'Respondents who left this question blank. Default: 0.')
  nonResponses?: number;

  @CollectedOnField()
  collectedOn?: string | null;
}
