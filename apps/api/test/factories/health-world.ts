import { ASSESSMENT_ITEMS, type Factor, type Side } from '@common-ground/domain';
import type { Sql } from './partner.factory';
import type { TestClock } from '../test-clock';

/**
 * Fixtures for the health suites, inserted with SQL (no service): assessment waves and responses, and the program
 * details health reads (checklist days, credit, outcome summary, role owners), dated as each test says.
 */

/** Moves a test clock to an exact instant (the clock only moves by minutes). */
export function setClock(clock: TestClock, iso: string): void {
  clock.advanceMinutes((new Date(iso).getTime() - clock.now().getTime()) / 60_000);
}

/** Answers for all 25 items: "don't know" (null) except the factors given, each as its five raw answers in item order. */
export function answers(byFactor: Partial<Record<Factor, (number | null)[]>>): Record<string, number | null> {
  const result: Record<string, number | null> = {};
  for (const factor of ['SA', 'TW', 'CE', 'IR', 'OC'] as const) {
    const items = ASSESSMENT_ITEMS.filter((item) => item.factor === factor);
    items.forEach((item, i) => {
      result[item.id] = byFactor[factor]?.[i] ?? null;
    });
  }
  return result;
}

export async function insertWave(db: Sql, partnerId: string, openedOn: string): Promise<{ id: string }> {
  const rows = (await db.query('INSERT INTO assessment_waves (partner_id, opened_on) VALUES ($1, $2) RETURNING id', [partnerId, openedOn])) as { id: string }[];
  return { id: rows[0]!.id };
}

export interface AssessmentFixture {
  waveId: string;
  side: Side;
  /** A staff user's id (library side) or a contact's id (partner side). */
  respondentId: string;
  answeredAt: string;
  answers: Record<string, number | null>;
  collaborationLevel?: number | null;
}

export async function insertAssessment(db: Sql, partnerId: string, a: AssessmentFixture): Promise<{ id: string }> {
  const rows = (await db.query(
    `INSERT INTO assessments (partner_id, wave_id, side, respondent_user_id, respondent_contact_id, answered_at, answers, collaboration_level)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      partnerId,
      a.waveId,
      a.side,
      a.side === 'library' ? a.respondentId : null,
      a.side === 'partner' ? a.respondentId : null,
      a.answeredAt,
      JSON.stringify(a.answers),
      a.collaborationLevel ?? null,
    ],
  )) as { id: string }[];
  return { id: rows[0]!.id };
}

export interface ProgramHealthDetails {
  /** Every checklist item done on this day (null: none done). */
  checklistDoneOn?: string | null;
  partnerCredited?: boolean;
  outcomeSummarySharedOn?: string | null;
}

export async function setProgramHealthDetails(db: Sql, programId: string, d: ProgramHealthDetails): Promise<void> {
  const day = d.checklistDoneOn ?? null;
  await db.query(
    `UPDATE programs SET agreement_done_on = $2, branding_approved_on = $2, volunteers_cleared_on = $2, space_booked_on = $2,
                         timing_confirmed_on = $2, partner_credited = $3, outcome_summary_shared_on = $4 WHERE id = $1`,
    [programId, day, d.partnerCredited ?? false, d.outcomeSummarySharedOn ?? null],
  );
}

export async function setRoleOwnerNamedOn(db: Sql, roleId: string, day: string | null): Promise<void> {
  await db.query('UPDATE program_roles SET owner_named_on = $2 WHERE id = $1', [roleId, day]);
}

export async function insertGoalAgreedBy(
  db: Sql,
  partnerId: string,
  g: { agreedBy: 'library' | 'partner' | 'both'; lastReviewedOn: string | null; createdAt: string; text?: string },
): Promise<{ id: string }> {
  const rows = (await db.query(
    `INSERT INTO goals (partner_id, text, agreed_by, last_reviewed_on, created_at, version) VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
    [partnerId, g.text ?? 'A shared goal', g.agreedBy, g.lastReviewedOn, g.createdAt],
  )) as { id: string }[];
  return { id: rows[0]!.id };
}

export async function insertAgreementFor(
  db: Sql,
  partnerId: string,
  a: { listsContributions: boolean; startsOn: string | null; reviewOn: string | null; title?: string },
): Promise<{ id: string }> {
  const rows = (await db.query(
    `INSERT INTO agreements (partner_id, kind, title, starts_on, review_on, lists_contributions, version) VALUES ($1, 'mou', $2, $3, $4, $5, 1) RETURNING id`,
    [partnerId, a.title ?? 'Memorandum of understanding', a.startsOn, a.reviewOn, a.listsContributions],
  )) as { id: string }[];
  return { id: rows[0]!.id };
}

/** A stored snapshot with chosen bands, for the portfolio's filters (every factor as given, others borderline 3.2). */
export interface SnapshotFixture {
  asOf: string;
  reason?: 'monthly' | 'assessment';
  modelVersion?: string;
  factors?: Partial<Record<Factor, { score: number; band: string; confidence?: string; flags?: string[]; library?: number | null; partner?: number | null }>>;
  weakestFactor?: Factor | null;
  lastAssessedOn?: string | null;
}

export async function insertSnapshot(db: Sql, partnerId: string, s: SnapshotFixture): Promise<void> {
  const factors: Record<string, unknown> = {};
  const counts: Record<string, number> = { strength: 0, borderline: 0, concern: 0, insufficient: 0 };
  const flags = new Set<string>();
  for (const key of ['SA', 'TW', 'CE', 'IR', 'OC'] as const) {
    const f = s.factors?.[key] ?? { score: 3.2, band: 'borderline' };
    counts[f.band] = (counts[f.band] ?? 0) + 1;
    for (const flag of f.flags ?? []) flags.add(flag);
    factors[key] = {
      score: f.score,
      se: 0.3,
      lo: f.score - 0.4,
      hi: f.score + 0.4,
      band: f.band,
      confidence: f.confidence ?? 'medium',
      omega: 5,
      flags: f.flags ?? [],
      library: f.library ?? null,
      partner: f.partner ?? null,
    };
  }
  const text = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([band, n]) => `${n} ${band === 'insufficient' ? 'insufficient evidence' : band}`)
    .join(' · ');
  const profile = { ...counts, weakestFactor: s.weakestFactor ?? null, overall: 3, text, flags: [...flags].sort(), lastAssessedOn: s.lastAssessedOn ?? null };
  await db.query(
    `INSERT INTO health_snapshots (partner_id, as_of, reason, model_version, factors, profile) VALUES ($1, $2, $3, $4, $5, $6)`,
    [partnerId, s.asOf, s.reason ?? 'monthly', s.modelVersion ?? '1', JSON.stringify(factors), JSON.stringify(profile)],
  );
}
