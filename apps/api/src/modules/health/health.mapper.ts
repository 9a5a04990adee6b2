import { FACTORS, type Factor } from '@common-ground/domain';
import type { FactorHealth, ScoredUnit, UnitKey } from '@common-ground/scoring';
import type {
  FactorHealthDto,
  HealthRecordDto,
  HealthSnapshotDto,
  HealthUnitDto,
  PartnerHealthDto,
  TrendPointDto,
  WaveRefDto,
} from './dto/partner-health.response.dto';
import type { HealthRecordRef } from './health-evidence.repository';
import { profileFigures, type ScoredPartner } from './health-scoring';
import type { SnapshotRow } from './health-snapshots.repository';

/** Each unit's name as a manager reads it (SCORING.md's rows). */
export const UNIT_LABELS: Readonly<Record<UnitKey, string>> = {
  'assessment-library': 'Library staff’s assessment',
  'assessment-partner': 'The partner’s assessment',
  'shared-goals': 'Shared goals current',
  'public-reached': 'Intended public reached',
  'roles-filled': 'Roles filled in time',
  'division-of-labour': 'Division of labour',
  recency: 'Recency of contact',
  coverage: 'Coverage of contact',
  initiation: 'Initiation balance',
  expectations: 'Expectations documented',
  'commitments-kept': 'Commitments kept',
  acknowledgement: 'Acknowledgement',
  tags: 'Factor tags on communications',
  disruptions: 'Resource disruptions',
  'admin-readiness': 'Admin readiness',
  'impact-shown': 'Impact demonstrated',
};

/**
 * The records listed per unit. Coverage and initiation rest on every communication of the year (300 for the busiest
 * partners): listing them all made the page’s answer 170 kB; recordCount says how many there are.
 */
export const RECORDS_PER_UNIT = 10;

const BAND_WORDS = { strength: 'Strength', borderline: 'Borderline', concern: 'Concern', insufficient: 'Insufficient evidence' } as const;

/** "Borderline, could be strength". */
export function bandText(health: Pick<FactorHealth, 'band' | 'bandNote'>): string {
  return health.bandNote ? `${BAND_WORDS[health.band]}, ${health.bandNote}` : BAND_WORDS[health.band];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function unitDto(unit: ScoredUnit, records: ReadonlyMap<string, HealthRecordRef>): HealthUnitDto {
  const linked = new Map<string, HealthRecordRef>();
  for (const id of unit.recordIds) {
    const record = records.get(id);
    if (record) linked.set(`${record.type}:${record.id}`, record);
  }
  // Days (YYYY-MM-DD) and ids (uuids) are ASCII: compared as code units, without localeCompare's collation.
  const newestFirst = [...linked.values()].sort((a, b) => compareText(b.day ?? '', a.day ?? '') || compareText(a.id, b.id));
  return {
    key: unit.key,
    label: UNIT_LABELS[unit.key],
    x: unit.x,
    v: unit.v,
    contribution: unit.contribution,
    sentence: unit.sentence,
    records: newestFirst.slice(0, RECORDS_PER_UNIT).map(({ type, id, label }): HealthRecordDto => ({ type, id, label })),
    recordCount: linked.size,
  };
}

function trendPoints(history: readonly SnapshotRow[], factor: Factor): TrendPointDto[] {
  return history.map((s) => ({ asOf: s.asOf, score: s.factors[factor].score, low: s.factors[factor].lo, high: s.factors[factor].hi, reason: s.reason }));
}

function factorDto(
  h: FactorHealth,
  records: ReadonlyMap<string, HealthRecordRef>,
  history: readonly SnapshotRow[],
  waves: WaveRefDto[],
): FactorHealthDto {
  const units = h.units.map((u) => unitDto(u, records));
  const side = (s: FactorHealth['assessment']['library']) => (s ? { mean: s.mean, respondents: s.respondents } : null);
  return {
    factor: h.factor,
    name: FACTORS.labels[h.factor],
    score: h.score,
    interval: { low: h.interval80[0], high: h.interval80[1] },
    band: h.band,
    bandText: bandText(h),
    confidence: h.confidence,
    provisional: h.provisional,
    flags: h.flags.map((f) => ({ key: f.key, text: f.sentence })),
    omega: h.omega,
    sides: { library: side(h.assessment.library), partner: side(h.assessment.partner) },
    units,
    strongestCount: h.strongest.length,
    whatWouldChange: h.whatWouldChange.map((s) => s.sentence),
    trend: {
      points: trendPoints(history, h.factor),
      waves,
      declining: h.trend?.declining ?? false,
      change: h.trend?.change ? { delta: h.trend.change.delta, real: h.trend.change.real } : null,
    },
  };
}

export function toPartnerHealthDto(
  scored: ScoredPartner,
  records: ReadonlyMap<string, HealthRecordRef>,
  history: readonly SnapshotRow[],
  waves: WaveRefDto[],
): PartnerHealthDto {
  const { health, sides } = scored;
  return {
    partnerId: scored.partnerId,
    asOf: health.asOf,
    modelVersion: health.modelVersion,
    profile: profileFigures(health),
    factors: FACTORS.keys.map((f) => factorDto(health.factors[f], records, history, waves)),
    collaboration: sides.collaboration,
    lastAssessedOn: sides.lastAssessedOn,
  };
}

export function toSnapshotDto(row: SnapshotRow): HealthSnapshotDto {
  const factor = (f: Factor) => {
    const s = row.factors[f];
    return { score: s.score, low: s.lo, high: s.hi, band: s.band, confidence: s.confidence };
  };
  const { flags: _flags, lastAssessedOn: _last, ...profile } = row.profile;
  return {
    asOf: row.asOf,
    reason: row.reason,
    modelVersion: row.modelVersion,
    factors: { SA: factor('SA'), TW: factor('TW'), CE: factor('CE'), IR: factor('IR'), OC: factor('OC') },
    profile,
  };
}
