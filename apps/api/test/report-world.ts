import type { FocusArea, LibraryRole, ProgramStatus } from '@common-ground/domain';
import { insertPartner, type Sql } from './factories/partner.factory';
import { insertSnapshot } from './factories/health-world';
import {
  archived,
  insertValueContribution,
  insertValueNote,
  insertValueOutcome,
  insertValueRole,
  insertValueSession,
} from './factories/value-world';

/**
 * A small library's 2026, inserted with SQL, for the funder summary's suites. Every record is placed to test one
 * rule of the contract (.tmp/reports-contract.md); the comments say which. The hand-computed figures live in the
 * tests, next to their arithmetic.
 */

export interface ReportProgramInput {
  title: string;
  libraryRole: LibraryRole;
  topic: FocusArea;
  startsOn: string;
  endsOn?: string;
  status?: ProgramStatus;
  archivedAt?: Date | null;
}

export async function insertReportProgram(db: Sql, input: ReportProgramInput): Promise<string> {
  const status = input.status ?? 'held';
  const reason = status === 'cancelled' || status === 'postponed' ? 'other' : null;
  const rows = (await db.query(
    `INSERT INTO programs (title, topic, primary_outcome, development_model, format, location, library_role, starts_on, ends_on,
                           status, status_reason, version, archived_at)
     VALUES ($1, $2, 'new-knowledge', 'with-partner', 'workshop-class', 'library', $3, $4, $5, $6, $7, 1, $8) RETURNING id`,
    [input.title, input.topic, input.libraryRole, input.startsOn, input.endsOn ?? input.startsOn, status, reason, input.archivedAt ?? null],
  )) as { id: string }[];
  return rows[0]!.id;
}

export const LIBRARY_NAME = 'Riverside Public Library';

export interface ReportWorld {
  partners: { alpha: string; bravo: string; charlie: string; delta: string; echo: string; foxtrot: string };
  programs: { fair: string; coding: string; storyPromo: string; archivedWorkshop: string; autumnLecture: string; makerDay: string };
  sessions: { fairOnsite: string; fairVirtual: string; fairArchived: string; codingOffsite: string; codingRecorded: string; codingLastYear: string; promo: string };
}

export async function buildReportWorld(db: Sql): Promise<ReportWorld> {
  await db.query('UPDATE library_settings SET library_name = $1', [LIBRARY_NAME]);

  const alpha = (await insertPartner(db, { name: 'Alpha Health Clinic', type: 'health-provider' })).id;
  const bravo = (await insertPartner(db, { name: 'Bravo Arts Collective', type: 'arts-cultural' })).id;
  const charlie = (await insertPartner(db, { name: 'Charlie Teens', type: 'civic-community-group' })).id;
  // Only promotes a promotion-only program: never covered.
  const delta = (await insertPartner(db, { name: 'Delta Radio', type: 'media' })).id;
  // No role anywhere; covered only through a partner-level contribution (all scope).
  const echo = (await insertPartner(db, { name: 'Echo Foundation', type: 'business' })).id;
  // Archived: its role and its contribution count for nothing.
  const foxtrot = (await insertPartner(db, { name: 'Foxtrot Archived', type: 'museum', archivedAt: archived() })).id;

  const fair = await insertReportProgram(db, { title: 'Health fair', libraryRole: 'sponsor', topic: 'health-wellness', startsOn: '2026-03-01', endsOn: '2026-03-31' });
  // Cancelled after two sessions: those sessions still count.
  const coding = await insertReportProgram(db, {
    title: 'Teen coding club', libraryRole: 'co-sponsor', topic: 'stem', startsOn: '2025-12-01', endsOn: '2026-06-30', status: 'cancelled',
  });
  const storyPromo = await insertReportProgram(db, { title: 'Story time promotion', libraryRole: 'promotion-only', topic: 'early-literacy', startsOn: '2026-04-01', endsOn: '2026-04-30' });
  const archivedWorkshop = await insertReportProgram(db, {
    title: 'Archived workshop', libraryRole: 'co-sponsor', topic: 'stem', startsOn: '2026-02-01', archivedAt: archived(),
  });
  // Sponsored, but its only session was in 2025.
  const autumnLecture = await insertReportProgram(db, { title: 'Autumn lecture', libraryRole: 'sponsor', topic: 'lifelong-learning', startsOn: '2025-10-01', endsOn: '2025-10-31' });
  // Sponsored STEM program without any session.
  const makerDay = await insertReportProgram(db, { title: 'Maker day', libraryRole: 'sponsor', topic: 'stem', startsOn: '2026-11-01', status: 'planned' });

  await insertValueRole(db, fair, alpha, 'lead');
  await insertValueRole(db, fair, bravo, 'venue-host');
  await insertValueRole(db, fair, foxtrot, 'presenter');
  // An archived role: Charlie is not a partner of the fair.
  await insertValueRole(db, fair, charlie, 'evaluator', archived());
  await insertValueRole(db, coding, charlie, 'lead');
  await insertValueRole(db, coding, alpha, 'presenter');
  await insertValueRole(db, storyPromo, delta, 'promoter');
  await insertValueRole(db, archivedWorkshop, charlie, 'co-host');
  await insertValueRole(db, autumnLecture, bravo, 'presenter');

  const sessions = {
    fairOnsite: await insertValueSession(db, fair, { startsAt: '2026-03-05T17:00:00Z', format: 'in-person-onsite', attendance: { 'age-19-plus': 10, general: 5 } }),
    fairVirtual: await insertValueSession(db, fair, { startsAt: '2026-03-12T17:00:00Z', format: 'live-virtual', attendance: { 'age-19-plus': 8 } }),
    fairArchived: await insertValueSession(db, fair, { startsAt: '2026-03-19T17:00:00Z', format: 'in-person-onsite', attendance: { general: 100 }, archivedAt: archived() }),
    // 23:30 UTC on 6 May: a May session whatever the library's local time.
    codingOffsite: await insertValueSession(db, coding, { startsAt: '2026-05-06T23:30:00Z', format: 'in-person-offsite', attendance: { 'age-12-18': 12 } }),
    codingRecorded: await insertValueSession(db, coding, { startsAt: '2026-06-10T18:00:00Z', format: 'recorded', attendance: { 'age-12-18': 3 }, recordedViews: 40 }),
    // 23:30 UTC on New Year's Eve: 2025, outside the period.
    codingLastYear: await insertValueSession(db, coding, { startsAt: '2025-12-31T23:30:00Z', format: 'in-person-onsite', attendance: { 'age-12-18': 50 } }),
    promo: await insertValueSession(db, storyPromo, { startsAt: '2026-04-02T15:00:00Z', format: 'in-person-onsite', attendance: { 'age-0-5': 20 } }),
  };
  await insertValueSession(db, archivedWorkshop, { startsAt: '2026-02-01T15:00:00Z', format: 'in-person-onsite', attendance: { general: 30 } });
  await insertValueSession(db, autumnLecture, { startsAt: '2025-10-10T18:00:00Z', format: 'in-person-onsite', attendance: { 'age-19-plus': 25 } });

  // Outcomes.
  await insertValueOutcome(db, fair, { timing: 'immediate', measure: 'knowledge', counts: [1, 1, 2, 10, 6], nonResponses: 3, collectedOn: '2026-03-31' });
  // Dated by its session's day (6 May).
  await insertValueOutcome(db, coding, { sessionId: sessions.codingOffsite, timing: 'immediate', measure: 'knowledge', counts: [0, 1, 1, 4, 2], nonResponses: 2 });
  // Dated by its program's end (31 Mar).
  await insertValueOutcome(db, fair, { timing: 'follow-up', measure: 'confidence', counts: [0, 0, 1, 3, 1], nonResponses: 0 });
  // Its session is archived: the result goes with it.
  await insertValueOutcome(db, fair, { sessionId: sessions.fairArchived, timing: 'immediate', measure: 'confidence', counts: [0, 0, 0, 5, 5], nonResponses: 0 });
  // Collected after the period.
  await insertValueOutcome(db, coding, { timing: 'follow-up', measure: 'knowledge', counts: [0, 0, 0, 7, 7], nonResponses: 0, collectedOn: '2027-01-15' });
  // A promotion-only program's results are not the library's outcomes.
  await insertValueOutcome(db, storyPromo, { timing: 'immediate', measure: 'knowledge', counts: [0, 0, 0, 9, 9], nonResponses: 0 });
  // Archived result.
  await insertValueOutcome(db, coding, { timing: 'immediate', measure: 'awareness', counts: [0, 0, 0, 4, 4], nonResponses: 0, collectedOn: '2026-05-07', archivedAt: archived() });

  // Contributions: counted (K).
  await insertValueContribution(db, { side: 'partner', partnerId: alpha, programId: fair, type: 'volunteers', quantity: 12.5, unit: 'hours', moneyValue: 434.88, rate: 34.79, contributedOn: '2026-03-05' });
  await insertValueContribution(db, { side: 'partner', partnerId: bravo, programId: fair, type: 'space', moneyValue: 500, contributedOn: '2026-03-01' });
  await insertValueContribution(db, { side: 'library', programId: coding, type: 'staff-time', quantity: 10, unit: 'hours', moneyValue: 250, contributedOn: '2026-05-06' });
  await insertValueContribution(db, { side: 'partner', partnerId: charlie, programId: coding, type: 'volunteers', quantity: 4, unit: 'hours', moneyValue: 123, rate: 30.75, contributedOn: '2026-06-10' });
  await insertValueContribution(db, { side: 'partner', partnerId: echo, type: 'funding', moneyValue: 1000, contributedOn: '2026-07-01' });
  await insertValueContribution(db, { side: 'partner', partnerId: alpha, type: 'materials', moneyValue: 75.5, contributedOn: '2026-08-01' });
  await insertValueContribution(db, { side: 'partner', partnerId: alpha, programId: fair, type: 'volunteers', quantity: 2, unit: 'hours', contributedOn: '2026-03-12' });
  await insertValueContribution(db, { side: 'library', partnerId: charlie, type: 'expertise', quantity: 5, unit: 'hours', moneyValue: 150, contributedOn: '2026-09-01' });
  // Not counted: a pledge, an archived line, a line to a program without a session in the period, a promotion-only
  // program's line, a line before the period, an archived partner's line.
  await insertValueContribution(db, { side: 'partner', partnerId: alpha, programId: fair, type: 'funding', stage: 'planned', moneyValue: 999, contributedOn: '2026-03-01' });
  await insertValueContribution(db, { side: 'partner', partnerId: bravo, programId: fair, type: 'expertise', moneyValue: 300, contributedOn: '2026-03-02', archivedAt: archived() });
  await insertValueContribution(db, { side: 'partner', partnerId: bravo, programId: autumnLecture, type: 'funding', moneyValue: 200, contributedOn: '2026-02-01' });
  await insertValueContribution(db, { side: 'partner', partnerId: delta, programId: storyPromo, type: 'promotion', moneyValue: 50, contributedOn: '2026-04-01' });
  await insertValueContribution(db, { side: 'partner', partnerId: alpha, programId: fair, type: 'volunteers', quantity: 3, unit: 'hours', moneyValue: 104.37, rate: 34.79, contributedOn: '2025-12-20' });
  await insertValueContribution(db, { side: 'partner', partnerId: foxtrot, programId: fair, type: 'funding', moneyValue: 400, contributedOn: '2026-03-01' });

  // Stories and quotes: counted.
  await insertValueNote(db, { programId: fair, kind: 'story', dimension: 'deeper-impacts', consentToQuote: true, notedOn: '2026-03-20', text: 'The fair changed how I see the clinic.' });
  await insertValueNote(db, { partnerId: echo, kind: 'quote', dimension: 'expanded-capacities', consentToQuote: true, notedOn: '2026-07-02', text: 'Glad to fund it.' });
  await insertValueNote(db, { partnerId: charlie, kind: 'story', dimension: 'better-programs', consentToQuote: true, notedOn: '2026-09-10', text: 'Teens kept coding at home.' });
  // Not counted: no consent, not a story or quote, a promotion-only program and an uncovered partner, before the
  // period, archived.
  await insertValueNote(db, { programId: fair, kind: 'quote', dimension: 'deeper-impacts', consentToQuote: false, notedOn: '2026-03-21' });
  await insertValueNote(db, { programId: fair, kind: 'lesson', dimension: 'better-programs', consentToQuote: true, notedOn: '2026-03-22' });
  await insertValueNote(db, { programId: storyPromo, partnerId: delta, kind: 'story', dimension: 'deeper-impacts', consentToQuote: true, notedOn: '2026-04-03' });
  await insertValueNote(db, { programId: fair, kind: 'story', dimension: 'deeper-impacts', consentToQuote: true, notedOn: '2025-12-15' });
  await insertValueNote(db, { programId: coding, kind: 'story', dimension: 'deeper-impacts', consentToQuote: true, notedOn: '2026-05-07', archivedAt: archived() });

  // Health snapshots (every factor not given is borderline 3.2, se 0.3).
  await insertSnapshot(db, alpha, { asOf: '2025-12-01', factors: { SA: { score: 3.0, band: 'borderline' } } });
  await insertSnapshot(db, alpha, { asOf: '2026-12-01', factors: { SA: { score: 4.2, band: 'strength' } } });
  // After the period: not read.
  await insertSnapshot(db, alpha, { asOf: '2027-01-15', factors: { SA: { score: 1.0, band: 'concern' } } });
  // On the period's first day: the start.
  await insertSnapshot(db, bravo, { asOf: '2026-01-01', factors: { SA: { score: 3.5, band: 'borderline' }, OC: { score: 4.0, band: 'strength' } } });
  await insertSnapshot(db, bravo, { asOf: '2026-06-01', factors: { SA: { score: 3.4, band: 'borderline' }, TW: { score: 3.0, band: 'insufficient' }, OC: { score: 3.0, band: 'borderline' } } });
  await insertSnapshot(db, charlie, { asOf: '2026-10-01', factors: { SA: { score: 2.5, band: 'concern' } } });

  return {
    partners: { alpha, bravo, charlie, delta, echo, foxtrot },
    programs: { fair, coding, storyPromo, archivedWorkshop, autumnLecture, makerDay },
    sessions,
  };
}
