/**
 * From assessment responses to at most two units per factor, one per side (SCORING.md "Assessment units").
 * Both sides get the same respondent bonus ḡ, so several staff answering cannot outvote one partner contact.
 */
import {
  SIDES,
  isAnswerValue,
  itemsForFactor,
  type Factor,
  type Side,
} from '@common-ground/domain';
import { ageInDays, monthsBetween, withinMonths, type IsoDate } from './dates';
import type { AssessmentResponseFact } from './evidence';
import { byId } from './order';
import type { ScoringPolicy } from './policy';
import { SCALE_MAX, SCALE_MIN, atLeast, mean } from './scale';
import { makeUnit, type EvidenceUnit } from './units';

/** One side's view of a factor, for showing both sides next to each other. */
export interface SideAssessment {
  readonly side: Side;
  /** Mean of the respondents' factor means (L or P). */
  readonly mean: number;
  readonly respondents: number;
  readonly newestAnsweredAt: IsoDate;
  /** Age of the side's newest answer, in days and in calendar months (see dates.ts). */
  readonly ageDays: number;
  readonly ageMonths: number;
}

export interface FactorAssessment {
  readonly library: SideAssessment | null;
  readonly partner: SideAssessment | null;
  /** |L − P| ≥ the policy's gap, with both sides answering. */
  readonly perceptionGap: boolean;
  readonly units: readonly EvidenceUnit[];
  /** Each side's newest answer usable for this factor, at any age: "has this side ever answered?". */
  readonly newestUsableAnswer: Readonly<Record<Side, IsoDate | null>>;
  /** Respondents within the window giving evidence for this factor, both sides together. */
  readonly respondents: number;
}

/** A respondent's mean over the factor's answered items; null with fewer answered than the policy requires. */
export function respondentFactorMean(
  response: AssessmentResponseFact,
  factor: Factor,
  policy: ScoringPolicy,
): number | null {
  const scored: number[] = [];
  for (const item of itemsForFactor(factor)) {
    const answer = response.answers[item.id];
    if (!isAnswerValue(answer)) continue;
    scored.push(item.reverse ? SCALE_MIN + SCALE_MAX - answer : answer);
  }
  return scored.length >= policy.assessment.minAnsweredItems ? mean(scored) : null;
}

/** g(n) = 1 + bonus · min(n − 1, maxExtra). */
export function sideSizeFactor(respondents: number, policy: ScoringPolicy): number {
  const { sideSizeBonus, maxExtraRespondents } = policy.assessment;
  return 1 + sideSizeBonus * Math.min(respondents - 1, maxExtraRespondents);
}

function isLater(a: AssessmentResponseFact, b: AssessmentResponseFact): boolean {
  return a.answeredAt > b.answeredAt || (a.answeredAt === b.answeredAt && a.id > b.id);
}

/** Each respondent's latest response within the window; an earlier one is replaced even if it answered more. */
function latestPerRespondent(
  responses: readonly AssessmentResponseFact[],
  asOf: IsoDate,
  policy: ScoringPolicy,
): AssessmentResponseFact[] {
  const latest = new Map<string, AssessmentResponseFact>();
  for (const response of responses) {
    if (!withinMonths(response.answeredAt, asOf, policy.assessment.windowMonths)) continue;
    const key = `${response.side}\u0000${response.respondentId}`;
    const current = latest.get(key);
    if (!current || isLater(response, current)) latest.set(key, response);
  }
  return [...latest.values()].sort(byId);
}

interface SideResponses {
  readonly side: Side;
  readonly means: number[];
  readonly responses: AssessmentResponseFact[];
}

function sideSummary({ side, means, responses }: SideResponses, asOf: IsoDate): SideAssessment {
  const newestAnsweredAt = responses.map((r) => r.answeredAt).reduce((a, b) => (a >= b ? a : b));
  const ageDays = ageInDays(newestAnsweredAt, asOf);
  return { side, mean: mean(means), respondents: means.length, newestAnsweredAt, ageDays, ageMonths: monthsBetween(newestAnsweredAt, asOf) };
}

function newestUsable(
  responses: readonly AssessmentResponseFact[],
  side: Side,
  factor: Factor,
  asOf: IsoDate,
  policy: ScoringPolicy,
): IsoDate | null {
  let newest: IsoDate | null = null;
  for (const response of responses) {
    if (response.side !== side || ageInDays(response.answeredAt, asOf) < 0) continue;
    if (respondentFactorMean(response, factor, policy) === null) continue;
    if (newest === null || response.answeredAt > newest) newest = response.answeredAt;
  }
  return newest;
}

export function assessFactor(
  responses: readonly AssessmentResponseFact[],
  factor: Factor,
  asOf: IsoDate,
  policy: ScoringPolicy,
): FactorAssessment {
  const bySide: Record<Side, SideResponses> = {
    library: { side: 'library', means: [], responses: [] },
    partner: { side: 'partner', means: [], responses: [] },
  };
  for (const response of latestPerRespondent(responses, asOf, policy)) {
    const m = respondentFactorMean(response, factor, policy);
    if (m === null) continue;
    bySide[response.side].means.push(m);
    bySide[response.side].responses.push(response);
  }
  const responding = SIDES.keys.map((side) => bySide[side]).filter((s) => s.means.length > 0);
  const summaries = responding.map((s) => sideSummary(s, asOf));
  const gBar = mean(summaries.map((s) => sideSizeFactor(s.respondents, policy)));
  const units = responding.map((s, i) => sideUnit(factor, s, summaries[i]!, gBar, policy));
  const library = summaries.find((s) => s.side === 'library') ?? null;
  const partner = summaries.find((s) => s.side === 'partner') ?? null;
  return {
    library,
    partner,
    perceptionGap: library !== null && partner !== null && atLeast(Math.abs(library.mean - partner.mean), policy.assessment.perceptionGap),
    units,
    newestUsableAnswer: {
      library: newestUsable(responses, 'library', factor, asOf, policy),
      partner: newestUsable(responses, 'partner', factor, asOf, policy),
    },
    respondents: summaries.reduce((n, s) => n + s.respondents, 0),
  };
}

/** v = base · ḡ · 0.5^(ageMonths / halfLife), x = the side mean. */
function sideUnit(
  factor: Factor,
  side: SideResponses,
  summary: SideAssessment,
  gBar: number,
  policy: ScoringPolicy,
): EvidenceUnit {
  const { baseWeight, halfLifeMonths } = policy.assessment;
  const v = baseWeight * gBar * 0.5 ** (summary.ageMonths / halfLifeMonths);
  const facts = {
    kind: 'assessment',
    side: summary.side,
    mean: summary.mean,
    respondents: summary.respondents,
    newestAnsweredAt: summary.newestAnsweredAt,
    ageDays: summary.ageDays,
  } as const;
  return makeUnit(factor, `assessment-${summary.side}`, summary.mean, v, facts, side.responses.map((r) => r.id));
}
