import {
  type AudienceScope,
  PROGRAM_STATUS_REASONS,
  PROGRAM_STATUSES,
  PROGRAM_STATUSES_NEEDING_REASON,
  type ProgramStatus,
  type ProgramStatusReason,
  type Public,
} from '@common-ground/domain';
import type { FieldError } from '../../common/problem/domain-error';
import { dayInWords } from './program-dates';

/** The fields whose combination has rules, as they will be stored. */
export interface ProgramRuleFields {
  startsOn: string;
  endsOn: string;
  status: ProgramStatus;
  statusReason: ProgramStatusReason | null;
  audienceScope: AudienceScope;
  targetGroups: Public[];
}

export const needsReason = (status: ProgramStatus) => PROGRAM_STATUSES_NEEDING_REASON.includes(status);

/**
 * The rules across fields (the check constraints of the programs table, said in words): an end on or after the
 * start; a reason code exactly when cancelled or postponed; target groups exactly when the audience is specific groups.
 */
export function programRuleErrors(program: ProgramRuleFields): FieldError[] {
  const errors: FieldError[] = [];
  if (program.endsOn < program.startsOn) {
    errors.push({ field: 'endsOn', message: `Enter an end date on or after the start date, ${dayInWords(program.startsOn)}.` });
  }
  const status = PROGRAM_STATUSES.labels[program.status].toLowerCase();
  if (needsReason(program.status) && program.statusReason === null) {
    errors.push({
      field: 'statusReason',
      message: `Say why the program was ${status}: ${PROGRAM_STATUS_REASONS.keys.join(', ')}.`,
    });
  }
  if (!needsReason(program.status) && program.statusReason !== null) {
    errors.push({
      field: 'statusReason',
      message: `A reason is given only when a program is ${PROGRAM_STATUSES_NEEDING_REASON.join(' or ')}. Remove it, or change the status.`,
    });
  }
  if (program.audienceScope === 'specific-groups' && program.targetGroups.length === 0) {
    errors.push({ field: 'targetGroups', message: 'Choose at least one target group, or make the audience the whole community.' });
  }
  if (program.audienceScope === 'whole-community' && program.targetGroups.length > 0) {
    errors.push({ field: 'targetGroups', message: 'Target groups are for an audience of specific groups. Remove them, or choose specific groups.' });
  }
  return errors;
}

/** New dates must keep the program's live sessions inside them (UTC days), else those sessions would fall outside. */
export function sessionSpanErrors(startsOn: string, endsOn: string, span: { first: string | null; last: string | null }): FieldError[] {
  const errors: FieldError[] = [];
  if (span.first !== null && span.first < startsOn) {
    errors.push({
      field: 'startsOn',
      message: `A session is on ${dayInWords(span.first)}: start on or before it, or move that session first.`,
    });
  }
  if (span.last !== null && span.last > endsOn) {
    errors.push({
      field: 'endsOn',
      message: `A session is on ${dayInWords(span.last)}: end on or after it, or move that session first.`,
    });
  }
  return errors;
}
