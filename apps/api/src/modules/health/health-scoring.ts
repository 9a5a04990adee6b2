import { FACTORS, type Factor, type Side } from '@common-ground/domain';
import {
  addMonths,
  scorePartnership,
  type FactorSnapshot,
  type IsoDate,
  type PartnershipHealth,
  type ScoringPolicy,
} from '@common-ground/scoring';
import type { AssessmentEvidence, PartnerEvidence } from './health-evidence.repository';
import type { SnapshotRow, StoredFactor, StoredProfile } from './health-snapshots.repository';
import type { HealthFlag } from './dto/health.query.dto';

/** What the page shows besides the model's factors: each side's collaboration level and last answer. */
export interface SideFigures {
  collaboration: Record<Side, number | null>;
  lastAssessedOn: Record<Side, IsoDate | null>;
}

export interface ScoredPartner {
  partnerId: string;
  health: PartnershipHealth;
  sides: SideFigures;
}

/** The earliest snapshot day the trend can use on `asOf` (the policy's trend window, and a month to spare). */
export function historyStart(asOf: IsoDate, policy: ScoringPolicy): IsoDate {
  return addMonths(asOf, -(policy.trend.windowMonths + 1));
}

/**
 * A partner's stored snapshots as the model's history, per factor. Of several snapshots on one day (a monthly and
 * an assessment one) the one taken last stands for the day; snapshots from the asked day on are left out (the
 * current score replaces them).
 */
export function historyOf(rows: readonly SnapshotRow[], asOf: IsoDate): Record<Factor, FactorSnapshot[]> {
  const byDay = new Map<IsoDate, SnapshotRow>();
  for (const row of rows) if (row.asOf < asOf) byDay.set(row.asOf, row);
  const days = [...byDay.values()];
  return Object.fromEntries(
    FACTORS.keys.map((f) => [f, days.map((row) => ({ asOf: row.asOf, score: row.factors[f].score, se: row.factors[f].se }))]),
  ) as Record<Factor, FactorSnapshot[]>;
}

const meanOrNull = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * Each side's mean collaboration level over its respondents' latest answers in the assessment window, and each
 * side's newest answer up to asOf at any age.
 */
export function sideFigures(assessments: readonly AssessmentEvidence[], asOf: IsoDate, policy: ScoringPolicy): SideFigures {
  const from = addMonths(asOf, -policy.assessment.windowMonths);
  const latest = new Map<string, AssessmentEvidence>();
  const lastAssessedOn: Record<Side, IsoDate | null> = { library: null, partner: null };
  for (const a of assessments) {
    if (a.answeredAt > asOf) continue;
    const newest = lastAssessedOn[a.side];
    if (newest === null || a.answeredAt > newest) lastAssessedOn[a.side] = a.answeredAt;
    if (a.answeredAt < from) continue;
    const key = `${a.side}:${a.respondentId}`;
    const current = latest.get(key);
    if (!current || a.answeredAt > current.answeredAt || (a.answeredAt === current.answeredAt && a.id > current.id)) latest.set(key, a);
  }
  const levels = (side: Side) =>
    meanOrNull([...latest.values()].filter((a) => a.side === side && a.collaborationLevel !== null).map((a) => a.collaborationLevel!));
  return { collaboration: { library: levels('library'), partner: levels('partner') }, lastAssessedOn };
}

/** Scores one partner with libs/scoring, exactly as the model defines it; nothing is recomputed here. */
export function scoreEvidence(
  evidence: PartnerEvidence,
  asOf: IsoDate,
  policy: ScoringPolicy,
  history: Record<Factor, FactorSnapshot[]> | undefined,
): ScoredPartner {
  const health = scorePartnership(evidence.evidence, { asOf, policy, history });
  return { partnerId: evidence.partnerId, health, sides: sideFigures(evidence.evidence.assessments, asOf, policy) };
}

/** The profile in the API's words ("1 strength · 3 borderline · 1 concern"). */
export function profileFigures(health: PartnershipHealth): Omit<StoredProfile, 'flags' | 'lastAssessedOn'> {
  const { counts, summary, weakest, overall } = health.profile;
  return { ...counts, weakestFactor: weakest, overall, text: summary };
}

/** What a snapshot keeps of a score: enough for the trend, the history chart and the portfolio. */
export function storedFigures(scored: ScoredPartner): { factors: Record<Factor, StoredFactor>; profile: StoredProfile } {
  const flags = new Set<HealthFlag>();
  const factors = Object.fromEntries(
    FACTORS.keys.map((f) => {
      const h = scored.health.factors[f];
      for (const flag of h.flags) flags.add(flag.key);
      const stored: StoredFactor = {
        score: h.score,
        se: h.se,
        lo: h.interval80[0],
        hi: h.interval80[1],
        band: h.band,
        confidence: h.confidence,
        omega: h.omega,
        flags: h.flags.map((flag) => flag.key),
        library: h.assessment.library?.mean ?? null,
        partner: h.assessment.partner?.mean ?? null,
      };
      return [f, stored];
    }),
  ) as Record<Factor, StoredFactor>;
  const { library, partner } = scored.sides.lastAssessedOn;
  const lastAssessedOn = library === null ? partner : partner === null ? library : library > partner ? library : partner;
  return { factors, profile: { ...profileFigures(scored.health), flags: [...flags].sort(), lastAssessedOn } };
}
