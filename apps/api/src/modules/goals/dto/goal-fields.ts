import { GOAL_AGREED_BY } from '@common-ground/domain';
import { IsIn } from 'class-validator';
import { OptionalDateField } from '../../../common/validation/date-fields';
import { RequiredTextField } from '../../../common/validation/text-fields';

export const GOAL_TEXT_MAX = 10_000;

export const GoalTextField = () =>
  RequiredTextField(GOAL_TEXT_MAX, {
    missing: 'Describe the goal.',
    tooLong: `The goal must be ${GOAL_TEXT_MAX.toLocaleString('en-US')} characters or fewer.`,
  });

export const AgreedByField = () =>
  IsIn(GOAL_AGREED_BY.keys, { message: `Choose who agreed to the goal: ${GOAL_AGREED_BY.keys.join(', ')}.` });

export const LastReviewedOnField = () => OptionalDateField('last review date', 'last review');
