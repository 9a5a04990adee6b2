import { applyDecorators } from '@nestjs/common';
import { ATTENDANCE_MAX, OUTCOME_MEASURES, OUTCOME_TIMINGS } from '@common-ground/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { OptionalDateField } from '../../../common/validation/date-fields';
import { type Presence, presence, presenceDoc } from '../../../common/validation/presence';

/** A count of people: a whole number from `min`; above ATTENDANCE_MAX is taken for a typing mistake. */
export const PeopleCountField = (p: Presence, label: string, min = 0, description?: string) => {
  const message = `Enter the ${label} as a whole number from ${min} to ${ATTENDANCE_MAX.toLocaleString('en-US')}.`;
  return applyDecorators(
    presenceDoc(p, { type: 'integer', minimum: min, maximum: ATTENDANCE_MAX, ...(description ? { description } : {}) }),
    ...presence(p),
    IsInt({ message }),
    Min(min, { message }),
    Max(ATTENDANCE_MAX, { message }),
  );
};

export const SessionIdField = () =>
  applyDecorators(
    presenceDoc('nullable', { type: String, format: 'uuid', description: 'Set when the survey covered one session of the program; null for the whole program.' }),
    IsOptional(),
    IsUUID('all', { message: 'Choose one of the program’s sessions.' }),
  );

export const TimingField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { enum: OUTCOME_TIMINGS.keys }),
    ...presence(p),
    IsIn(OUTCOME_TIMINGS.keys, { message: `Choose when the survey was taken: ${OUTCOME_TIMINGS.keys.join(', ')}.` }),
  );

export const MeasureField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { enum: OUTCOME_MEASURES.keys }),
    ...presence(p),
    IsIn(OUTCOME_MEASURES.keys, { message: `Choose the outcome measure: ${OUTCOME_MEASURES.keys.join(', ')}.` }),
  );

export const CollectedOnField = () =>
  applyDecorators(presenceDoc('nullable', { type: String, format: 'date', description: 'When the answers were collected, if known.' }), OptionalDateField('collection date'));

/** Answers per option. Options left out count as 0 on a new result and stay as they were on a change. */
export class AnswerCountsDto {
  @PeopleCountField('optional', 'number who strongly disagree')
  'strongly-disagree'?: number;

  @PeopleCountField('optional', 'number who disagree')
  disagree?: number;

  @PeopleCountField('optional', 'number who neither agree nor disagree')
  neutral?: number;

  @PeopleCountField('optional', 'number who agree')
  agree?: number;

  @PeopleCountField('optional', 'number who strongly agree')
  'strongly-agree'?: number;
}

export const CountsField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { type: AnswerCountsDto, description: 'With nonResponses, must add up to respondents.' }),
    ...presence(p),
    IsObject({ message: 'Enter the answers as counts per option, like { "agree": 12 }.' }),
    ValidateNested(),
    Type(() => AnswerCountsDto),
  );
