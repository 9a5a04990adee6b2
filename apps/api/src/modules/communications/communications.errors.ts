import { COMMUNICATION_MAX_HOURS_AHEAD } from '@common-ground/domain';
import { DomainError } from '../../common/problem/domain-error';

export const TOO_FAR_AHEAD_MESSAGE = `A communication can be logged at most ${COMMUNICATION_MAX_HOURS_AHEAD} hours ahead. Check the date and time`;

export function followUpDueBeforeMessage(dueOn: string): string {
  return `A follow-up of this communication is due on ${dueOn}, before this date. Move that follow-up first, or choose an earlier date`;
}

/** DOMAIN.md: communications are edited by their author and by managers and administrators. */
export function notYoursToEdit(): DomainError {
  return new DomainError(
    'forbidden',
    'Only the person who logged this communication, or a manager, can change it. Ask them, or add a follow-up instead.',
  );
}
