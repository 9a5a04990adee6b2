/**
 * Evidence units: a value x on the 1–5 scale, a weight v (its "votes"), the facts behind it as data, the sentence
 * that says them, and the ids of the records they come from.
 */
import type { Factor, GoalAgreedBy, Side } from '@common-ground/domain';
import type { IsoDate } from './dates';
import type { SignalKey } from './policy';

export type UnitKey = 'assessment-library' | 'assessment-partner' | SignalKey;

export type UnitFacts =
  | {
      readonly kind: 'assessment';
      readonly side: Side;
      readonly mean: number;
      readonly respondents: number;
      readonly newestAnsweredAt: IsoDate;
      readonly ageDays: number;
    }
  | {
      readonly kind: 'shared-goals';
      readonly agreedBy: GoalAgreedBy;
      readonly current: boolean;
      readonly reviewedOn: IsoDate | null;
      readonly reviewMonths: number;
    }
  | { readonly kind: 'public-reached'; readonly matched: number; readonly recorded: number }
  | { readonly kind: 'roles-filled'; readonly filled: number; readonly roles: number; readonly leadDays: number }
  | { readonly kind: 'division-of-labour'; readonly byPartner: number; readonly completed: number }
  | { readonly kind: 'recency'; readonly days: number; readonly cadenceDays: number }
  | { readonly kind: 'coverage'; readonly periodsWithContact: number; readonly periods: number; readonly cadenceDays: number }
  | { readonly kind: 'initiation'; readonly byPartner: number; readonly communications: number }
  | {
      readonly kind: 'expectations';
      readonly current: boolean;
      readonly reviewedOn: IsoDate | null;
      readonly reviewMonths: number;
    }
  | { readonly kind: 'commitments-kept'; readonly onTime: number; readonly late: number; readonly missed: number }
  | { readonly kind: 'acknowledgement'; readonly credited: number; readonly held: number }
  | { readonly kind: 'tags'; readonly factor: Factor; readonly positive: number; readonly negative: number }
  | { readonly kind: 'disruptions'; readonly disrupted: number; readonly programs: number }
  | { readonly kind: 'admin-readiness'; readonly ready: number; readonly held: number }
  | { readonly kind: 'impact-shown'; readonly shared: number; readonly held: number; readonly withinDays: number };

export interface EvidenceUnit {
  readonly key: UnitKey;
  readonly factor: Factor;
  readonly x: number;
  readonly v: number;
  readonly facts: UnitFacts;
  /** The records this unit rests on, sorted, for links. */
  readonly recordIds: readonly string[];
}

export interface ScoredUnit extends EvidenceUnit {
  /** vᵢ·(xᵢ − μ0) / (k0 + Ω): what this unit moved the score from the prior; they sum to score − μ0. */
  readonly contribution: number;
  /** The facts in plain English, e.g. "Last two-way contact 12 days ago (cadence 30 days)". */
  readonly sentence: string;
}

export function makeUnit(
  factor: Factor,
  key: UnitKey,
  x: number,
  v: number,
  facts: UnitFacts,
  recordIds: Iterable<string>,
): EvidenceUnit {
  return { key, factor, x, v, facts, recordIds: [...new Set(recordIds)].sort() };
}
