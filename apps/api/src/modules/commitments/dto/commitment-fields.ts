import {
  COMMITMENT_DESCRIPTION_MAX_LENGTH,
  COMMITMENT_STATUSES,
  SIDES,
  STATUS_REASON_MAX_LENGTH,
} from '@common-ground/domain';
import { IsIn, IsUUID } from 'class-validator';
import { DateField, OptionalDateField } from '../../../common/validation/date-fields';
import { OptionalTextField, RequiredTextField } from '../../../common/validation/text-fields';

export const DescriptionField = () =>
  RequiredTextField(COMMITMENT_DESCRIPTION_MAX_LENGTH, {
    missing: 'Say what was promised, like “Send the flyer”.',
    tooLong: `A follow-up must be ${COMMITMENT_DESCRIPTION_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.`,
  });

export const OwnerSideField = () => IsIn(SIDES.keys, { message: `Choose who owns the follow-up: ${SIDES.keys.join(' or ')}.` });

export const OwnerUserIdField = () => IsUUID('all', { message: 'Choose a staff member as the owner.' });

export const OwnerContactIdField = () => IsUUID('all', { message: 'Choose one of the partner’s contacts as the owner.' });

export const ProgramIdField = () => IsUUID('all', { message: 'Choose a program this partner has a role in.' });

/** A required calendar day: trimmed, 'YYYY-MM-DD', a day that exists. */
export const RequiredDueOnField = () => DateField('due date');

export const OptionalDueOnField = () => OptionalDateField('due date');

export const StatusField = () =>
  IsIn(COMMITMENT_STATUSES.keys, { message: `Choose a status: ${COMMITMENT_STATUSES.keys.join(', ')}.` });

export const CompletedOnField = () => OptionalDateField('completion date');

export const ReasonField = () =>
  OptionalTextField(STATUS_REASON_MAX_LENGTH, {
    notText: 'Say in words why the status is changing.',
    tooLong: `The reason must be ${STATUS_REASON_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.`,
  });
