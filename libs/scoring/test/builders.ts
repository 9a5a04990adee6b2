/**
 * Small builders for evidence in tests: each fact gets a readable unique id, and dates are given as "days before
 * asOf" so a scenario reads like the story it tells.
 */
import { itemsForFactor, type Answer, type Factor, type Side } from '@common-ground/domain';
import { addDays, type IsoDate } from '../src/dates';
import type {
  AgreementFact,
  AssessmentResponseFact,
  CommitmentFact,
  CommunicationFact,
  GoalFact,
  ProgramFact,
} from '../src/evidence';

export const AS_OF: IsoDate = '2025-06-30';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;

export function daysAgo(days: number, asOf: IsoDate = AS_OF): IsoDate {
  return addDays(asOf, -days);
}

/** Answers for one factor's five items, in item order (the fifth is reverse-worded for SA, TW, CE and OC). */
export function factorAnswers(factor: Factor, values: readonly Answer[]): Partial<Record<string, Answer>> {
  return Object.fromEntries(itemsForFactor(factor).map((item, i) => [item.id, values[i]]).filter(([, v]) => v !== undefined));
}

export function response(
  side: Side,
  answeredDaysAgo: number,
  answers: Partial<Record<string, Answer>>,
  respondentId: string = nextId(`${side}-person`),
): AssessmentResponseFact {
  return { id: nextId('assessment'), side, respondentId, answeredAt: daysAgo(answeredDaysAgo), answers };
}

export function communication(daysBefore: number, fields: Partial<Omit<CommunicationFact, 'id' | 'on'>> = {}): CommunicationFact {
  return { id: nextId('communication'), on: daysAgo(daysBefore), twoWay: true, substantive: true, initiatedBy: 'library', ...fields };
}

export function commitment(
  side: Side,
  status: CommitmentFact['status'],
  dueDaysAgo: number,
  completedDaysAgo: number | null = null,
): CommitmentFact {
  return {
    id: nextId('commitment'),
    side,
    status,
    dueOn: daysAgo(dueDaysAgo),
    completedOn: completedDaysAgo === null ? null : daysAgo(completedDaysAgo),
  };
}

export function goal(agreedBy: GoalFact['agreedBy'], reviewedDaysAgo: number | null): GoalFact {
  return { id: nextId('goal'), agreedBy, lastReviewedOn: reviewedDaysAgo === null ? null : daysAgo(reviewedDaysAgo) };
}

export function agreement(reviewedDaysAgo: number | null, listsContributions = true): AgreementFact {
  return {
    id: nextId('agreement'),
    listsContributions,
    reviewedOn: reviewedDaysAgo === null ? null : daysAgo(reviewedDaysAgo),
    startsOn: null,
  };
}

/** A held one-day program `startedDaysAgo` days ago, good on every count unless told otherwise. */
export function program(startedDaysAgo: number, fields: Partial<Omit<ProgramFact, 'id'>> = {}): ProgramFact {
  const startsOn = daysAgo(startedDaysAgo);
  return {
    id: nextId('program'),
    status: 'held',
    startsOn,
    endsOn: startsOn,
    audienceMatched: true,
    partnerCredited: true,
    adminChecklistCompletedOn: addDays(startsOn, -10),
    outcomeSummarySharedOn: addDays(startsOn, 5),
    statusReason: null,
    roles: [],
    ...fields,
  };
}

export function role(ownerAssignedOn: IsoDate | null) {
  return { id: nextId('role'), ownerAssignedOn };
}
