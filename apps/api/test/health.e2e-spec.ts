import {
  DEFAULT_POLICY,
  scorePartnership,
  type AgreementFact,
  type AssessmentResponseFact,
  type CommitmentFact,
  type CommunicationFact,
  type GoalFact,
  type ProgramFact,
} from '@common-ground/scoring';
import { HealthSnapshotsScheduler } from '../src/modules/health/health-snapshots.scheduler';
import { HealthSnapshotsService } from '../src/modules/health/health-snapshots.service';
import { PartnerHealthMemo } from '../src/modules/health/partner-health-memo';
import { insertCommitment, insertCommunication, insertFactorTag, setPartnerCreatedAt } from './factories/communications-sql.factory';
import {
  answers,
  insertAgreementFor,
  insertAssessment,
  insertGoalAgreedBy,
  insertWave,
  setClock,
  setProgramHealthDetails,
  setRoleOwnerNamedOn,
} from './factories/health-world';
import { insertPartner } from './factories/partner.factory';
import { insertContact, insertProgram, insertRole, insertSession, setProgramArchived } from './factories/program.factory';
import { type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

type Unit = {
  key: string;
  label: string;
  x: number;
  v: number;
  contribution: number;
  sentence: string;
  records: { type: string; id: string; label: string }[];
  recordCount: number;
};
type Factor = { factor: string; score: number; band: string; confidence: string; omega: number; flags: { key: string }[]; units: Unit[]; sides: unknown; trend: { points: unknown[] } };

/**
 * One partner's health, signal by signal. The fixture below is one partnership on 2026-06-15 (the test clock);
 * every expected x and v is worked out by hand from SCORING.md in the comment beside it, and the API's factor scores
 * are compared with libs/scoring's scorePartnership given the same facts written out by hand.
 */
describe('Partner health', () => {
  const AS_OF = '2026-06-15';
  let t: TestApp;
  let asLibrarian: SignedInAgent;
  let manager: Staff;
  let librarian: Staff;
  const ids: Record<string, string> = {};
  // The same facts, written out by hand as libs/scoring takes them.
  const hand: {
    assessments: AssessmentResponseFact[];
    communications: CommunicationFact[];
    commitments: CommitmentFact[];
    goals: GoalFact[];
    agreements: AgreementFact[];
    programs: ProgramFact[];
  } = {
    assessments: [],
    communications: [],
    commitments: [],
    goals: [],
    agreements: [],
    programs: [],
  };

  const health = async (partnerId: string, asOf?: string) =>
    (await asLibrarian.get(`/api/v1/partners/${partnerId}/health${asOf ? `?asOf=${asOf}` : ''}`).expect(200)).body as {
      factors: Factor[];
      profile: Record<string, unknown>;
      collaboration: unknown;
      lastAssessedOn: unknown;
      modelVersion: string;
      asOf: string;
    };
  const unitsOf = (f: Factor) => Object.fromEntries(f.units.map((u) => [u.key, u]));
  const factorOf = (body: { factors: Factor[] }, key: string) => body.factors.find((f) => f.factor === key)!;

  beforeAll(async () => {
    const world = await startPartnerWorld();
    ({ t, asLibrarian, manager, librarian } = world);
    await t.app.get(HealthSnapshotsScheduler).settled();
    setClock(t.clock, `${AS_OF}T12:00:00Z`);
    const db = t.db;
    const p1 = await insertPartner(db, { name: 'Riverside Clinic', stage: 'active', contactCadenceDays: 30 });
    ids.p1 = p1.id;
    await setPartnerCreatedAt(db, p1.id, new Date('2024-01-01T00:00:00Z'));

    // Communications, by age in days on 2026-06-15 (cadence periods of 30 days counted back: age 12 → period 0 …).
    const comms: [string, string, 'library' | 'partner', boolean][] = [
      ['c12', '2026-06-03', 'partner', true], // period 0
      ['c20', '2026-05-26', 'library', false], // one-way email: initiation only
      ['c40', '2026-05-06', 'library', true], // period 1
      ['c75', '2026-04-01', 'partner', true], // period 2
      ['c100', '2026-03-07', 'library', true], // period 3
      ['c200', '2025-11-27', 'library', true], // period 6
      ['c250', '2025-10-08', 'library', true], // period 8
      ['c300', '2025-08-19', 'library', true], // period 10
      ['c330', '2025-07-20', 'library', true], // period 11
      ['c400', '2025-05-11', 'library', true], // before the 12-month window
    ];
    for (const [key, day, initiatedBy, twoWay] of comms) {
      const c = await insertCommunication(db, p1.id, {
        occurredAt: new Date(`${day}T10:00:00Z`),
        channel: twoWay ? 'meeting' : 'email',
        initiatedBy,
        twoWay,
        substantive: twoWay,
      });
      ids[key] = c.id;
    }
    const tags: [string, 'IR' | 'CE', 'positive' | 'negative'][] = [
      ['c12', 'IR', 'positive'],
      ['c12', 'CE', 'positive'],
      ['c40', 'IR', 'negative'],
      ['c75', 'IR', 'positive'],
      ['c400', 'IR', 'negative'], // out of the window: ignored
    ];
    for (const [key, factor, sign] of tags) await insertFactorTag(db, ids[key]!, factor, sign);
    for (const [key, day, initiatedBy, twoWay] of comms) {
      hand.communications.push({
        id: ids[key]!,
        on: day,
        twoWay,
        substantive: twoWay,
        initiatedBy,
        tags: tags.filter(([k]) => k === key).map(([, factor, sign]) => ({ factor, sign })),
      });
    }

    // Commitments: side, status, due, completed.
    const commitments: [string, 'library' | 'partner', 'done' | 'missed' | 'open' | 'cancelled', string, string | null][] = [
      ['k1', 'library', 'done', '2026-05-01', '2026-04-30'], // on time
      ['k2', 'partner', 'done', '2026-03-01', '2026-03-10'], // late
      ['k3', 'partner', 'done', '2026-02-01', '2026-02-01'], // on time
      ['k4', 'library', 'missed', '2026-04-01', null],
      ['k5', 'library', 'open', '2026-05-01', null], // not evidence
      ['k6', 'partner', 'cancelled', '2026-05-01', null], // not evidence
      ['k7', 'partner', 'done', '2025-01-01', '2025-01-01'], // before the window
    ];
    for (const [key, side, status, dueOn, completedOn] of commitments) {
      ids[key] = (await insertCommitment(db, p1.id, { ownerSide: side, status, dueOn, completedOn, description: `Commitment ${key}` })).id;
      hand.commitments.push({ id: ids[key]!, side, status, dueOn, completedOn });
    }

    ids.g1 = (await insertGoalAgreedBy(db, p1.id, { agreedBy: 'both', lastReviewedOn: '2026-01-10', createdAt: '2025-01-01T00:00:00Z' })).id;
    ids.g2 = (await insertGoalAgreedBy(db, p1.id, { agreedBy: 'library', lastReviewedOn: null, createdAt: '2025-01-01T00:00:00Z' })).id;
    hand.goals.push(
      { id: ids.g1, agreedBy: 'both', lastReviewedOn: '2026-01-10', agreedOn: '2025-01-01' },
      { id: ids.g2, agreedBy: 'library', lastReviewedOn: null, agreedOn: '2025-01-01' },
    );
    ids.a1 = (await insertAgreementFor(db, p1.id, { listsContributions: true, startsOn: '2024-01-01', reviewOn: '2025-04-15' })).id;
    ids.a2 = (await insertAgreementFor(db, p1.id, { listsContributions: false, startsOn: '2026-01-01', reviewOn: '2026-05-01' })).id;
    hand.agreements.push(
      { id: ids.a1, listsContributions: true, reviewedOn: '2025-04-15', startsOn: '2024-01-01' },
      { id: ids.a2, listsContributions: false, reviewedOn: '2026-05-01', startsOn: '2026-01-01' },
    );

    // Programs of the partner (through its roles).
    type P = [string, 'held' | 'cancelled' | 'planned', string, string | null, string | null, boolean, string | null, (boolean | null)[], string | null];
    const programs: P[] = [
      // key, status, day, reason, checklist day, credited, summary shared, sessions' audience matched, role owner named
      ['pr1', 'held', '2026-03-01', null, '2026-02-20', true, '2026-03-20', [true, true, false], '2026-02-01'],
      ['pr2', 'held', '2026-04-10', null, '2026-04-12', false, null, [true, false], '2026-04-08'],
      ['pr3', 'cancelled', '2026-05-01', 'funding', null, false, null, [], null],
      ['pr4', 'cancelled', '2026-02-01', 'weather', null, false, null, [], null],
      ['pr7', 'held', '2024-03-01', null, '2024-02-01', true, null, [true], '2024-01-01'], // before the window
    ];
    for (const [key, status, day, reason, checklist, credited, summary, sessions, owner] of programs) {
      const program = await insertProgram(db, { startsOn: day, endsOn: day, status, statusReason: reason });
      ids[key] = program.id;
      await setProgramHealthDetails(db, program.id, { checklistDoneOn: checklist, partnerCredited: credited, outcomeSummarySharedOn: summary });
      for (const matched of sessions) await insertSession(db, program.id, { startsAt: `${day}T15:00:00Z`, audienceMatched: matched });
      const role = await insertRole(db, program.id, p1.id, 'co-host');
      ids[`${key}-role`] = role.id;
      await setRoleOwnerNamedOn(db, role.id, owner);
      const matched = sessions.filter((s) => s === true).length;
      hand.programs.push({
        id: program.id,
        status,
        startsOn: day,
        endsOn: day,
        audienceMatched: sessions.length === 0 ? null : 2 * matched > sessions.length,
        partnerCredited: credited,
        adminChecklistCompletedOn: checklist,
        outcomeSummarySharedOn: summary,
        statusReason: reason as 'funding' | 'weather' | null,
        roles: [{ id: role.id, ownerAssignedOn: owner }],
      });
    }
    // Not the partner's: an archived program, and a program where its only role is archived.
    const archivedProgram = await insertProgram(db, { startsOn: '2026-03-15', status: 'held' });
    await insertRole(db, archivedProgram.id, p1.id, 'lead');
    await setProgramArchived(db, archivedProgram.id);
    const otherProgram = await insertProgram(db, { startsOn: '2026-03-16', status: 'cancelled', statusReason: 'staff' });
    await insertRole(db, otherProgram.id, p1.id, 'lead', { archivedAt: new Date() });

    // Assessments: two library staff and one partner contact a month ago; the manager's earlier answer is replaced.
    const contact = await insertContact(db, p1.id, 'Dana Ortiz');
    const w0 = await insertWave(db, p1.id, '2026-01-10');
    const w1 = await insertWave(db, p1.id, '2026-05-15');
    ids.w0 = w0.id;
    ids.w1 = w1.id;
    const responses: [string, string, 'library' | 'partner', string, string, Record<string, number | null>, number][] = [
      ['r0', w0.id, 'library', manager.id, '2026-01-10T09:00:00Z', answers({ CE: [3, 3, 3, 3, 3] }), 2], // CE 3.0
      ['rA', w1.id, 'library', manager.id, '2026-05-15T09:00:00Z', answers({ CE: [4, 4, 4, 4, 2], SA: [4, 4, 4, 4, 2] }), 3], // CE 4.0, SA 4.0
      // CE 4.0, SA 5.0; only 2 TW items answered: no TW evidence.
      ['rB', w1.id, 'library', librarian.id, '2026-05-15T10:00:00Z', answers({ CE: [5, 3, 4, 4, 2], SA: [5, 5, 5, 5, 1], TW: [4, 4] }), 4],
      ['rC', w1.id, 'partner', contact.id, '2026-05-15T11:00:00Z', answers({ CE: [3, 3, 3, 2, 4], SA: [3, 3, 3, 3, 3] }), 2], // CE 2.6, SA 3.0
    ];
    for (const [key, waveId, side, respondentId, answeredAt, given, level] of responses) {
      ids[key] = (await insertAssessment(db, p1.id, { waveId, side, respondentId, answeredAt, answers: given, collaborationLevel: level })).id;
      hand.assessments.push({ id: ids[key]!, side, respondentId, answeredAt: answeredAt.slice(0, 10), answers: given as never });
    }
  });
  afterAll(() => t.close());

  it('computes each signal’s x and v as SCORING.md defines them, from the partnership’s records', async () => {
    const body = await health(ids.p1!);
    expect(body.asOf).toBe(AS_OF);
    expect(body.modelVersion).toBe('1');
    const [SA, TW, CE, IR, OC] = ['SA', 'TW', 'CE', 'IR', 'OC'].map((k) => unitsOf(factorOf(body, k)));
    const xv = (u: Unit | undefined) => [Number(u!.x.toFixed(4)), Number(u!.v.toFixed(4))];
    // Assessment units: ḡ = (g(2) + g(1)) / 2 = (1.25 + 1) / 2 = 1.125 for BOTH sides; v = 3 · 1.125 · 0.5^(1/12) = 3.1856.
    expect(xv(CE!['assessment-library'])).toEqual([4, 3.1856]); // (4.0 + 4.0) / 2
    expect(xv(CE!['assessment-partner'])).toEqual([2.6, 3.1856]);
    expect(xv(SA!['assessment-library'])).toEqual([4.5, 3.1856]); // (4.0 + 5.0) / 2
    expect(xv(SA!['assessment-partner'])).toEqual([3, 3.1856]);
    // Recency: last two-way contact 12 days ago, C = 30: 5 − 4·clip((12 − 30)/60) = 5.
    expect(xv(CE!.recency)).toEqual([5, 1]);
    // Coverage: periods 0, 1, 2, 3, 6, 8, 10, 11 of 12: 1 + 4·8/12.
    expect(xv(CE!.coverage)).toEqual([3.6667, 1]);
    // Initiation: partner started 2 of 9 in the window (b = 0.2222): 5 − 4·(0.2778 − 0.2)/0.3 = 3.9630; v = 9/14.
    expect(xv(CE!.initiation)).toEqual([3.963, 0.6429]);
    // Expectations: the agreement listing contributions was reviewed 14 months ago: 3, v 0.5.
    expect(xv(CE!.expectations)).toEqual([3, 0.5]);
    // CE tags: 1 positive: 3 + 2·1 = 5; v = 0.5 · 1/4.
    expect(xv(CE!.tags)).toEqual([5, 0.125]);
    // Shared goals: agreed by both, reviewed 5 months ago: 5, v 1.
    expect(xv(SA!['shared-goals'])).toEqual([5, 1]);
    // Intended public: pr1 matched (2 of 3 sessions), pr2 not (1 of 2 is not most): f = 0.5 → 3; v = 2/5.
    expect(xv(SA!['public-reached'])).toEqual([3, 0.4]);
    // Roles filled: pr1's owner 28 days ahead, pr2's 2 days ahead (cancelled programs' roles left out): 3; v = 2/7.
    expect(xv(TW!['roles-filled'])).toEqual([3, 0.2857]);
    // Division of labour: the partner completed 2 of 3 (p = 0.667, within the 0.3 tolerance): 5; v = 3/8.
    expect(xv(TW!['division-of-labour'])).toEqual([5, 0.375]);
    expect(TW!['assessment-library']).toBeUndefined(); // one respondent answered 2 of 5 TW items: no evidence
    // Commitments kept: 2 on time, 1 late, 1 missed: r = 2.5/4 → 1 + 4·0.625 = 3.5; v = 4/9.
    expect(xv(IR!['commitments-kept'])).toEqual([3.5, 0.4444]);
    // Acknowledgement: 1 of 2 held programs credited the partner: 3; v = 0.5·2/5.
    expect(xv(IR!.acknowledgement)).toEqual([3, 0.2]);
    // IR tags: 2 positive, 1 negative in the window: t = 1/3 → 3.6667; v = 0.5·3/6.
    expect(xv(IR!.tags)).toEqual([3.6667, 0.25]);
    // Disruptions: 1 of 4 decided programs cancelled for funding (weather does not count): 5 − 4·(0.25/0.3); v = 4/7.
    expect(xv(OC!.disruptions)).toEqual([1.6667, 0.5714]);
    // Admin readiness: pr1's checklist complete before its start, pr2's after: 3; v = 2/5.
    expect(xv(OC!['admin-readiness'])).toEqual([3, 0.4]);
    // Impact shown: pr1's summary within 30 days, pr2 none and its 30 days are over: 3; v = 0.5·2/5.
    expect(xv(OC!['impact-shown'])).toEqual([3, 0.2]);

    // The flags and bands that follow.
    expect(factorOf(body, 'SA').flags.map((f) => f.key)).toContain('perception-gap'); // |4.5 − 3.0| ≥ 1
    expect(factorOf(body, 'CE').flags.map((f) => f.key)).toContain('perception-gap'); // |4.0 − 2.6| ≥ 1
    expect(factorOf(body, 'TW').band).toBe('insufficient'); // Ω = 0.66 < 3
    expect(body.collaboration).toEqual({ library: 3.5, partner: 2 });
    expect(body.lastAssessedOn).toEqual({ library: '2026-05-15', partner: '2026-05-15' });
  });

  it('links every unit to its records, and scores exactly as libs/scoring does for the same facts', async () => {
    const body = await health(ids.p1!);
    const CE = unitsOf(factorOf(body, 'CE'));
    expect(CE.recency!.records).toEqual([{ type: 'communication', id: ids.c12, label: 'Meeting, 2026-06-03' }]);
    expect(CE['assessment-library']!.records.map((r) => r.id).sort()).toEqual([ids.rA, ids.rB].sort());
    // Coverage rests on the 8 two-way contacts of the window: listed newest first, with their count.
    expect([CE.coverage!.recordCount, CE.coverage!.records.map((r) => r.id)]).toEqual([
      8,
      ['c12', 'c40', 'c75', 'c100', 'c200', 'c250', 'c300', 'c330'].map((k) => ids[k]),
    ]);
    expect(CE.expectations!.records).toEqual([{ type: 'agreement', id: ids.a1, label: 'Memorandum of understanding' }]);
    const TW = unitsOf(factorOf(body, 'TW'));
    expect(TW['roles-filled']!.records.map((r) => [r.type, r.id]).sort()).toEqual(
      [
        ['program', ids.pr1],
        ['program', ids.pr2],
      ].sort(),
    );
    expect(unitsOf(factorOf(body, 'SA'))['shared-goals']!.records).toEqual([{ type: 'goal', id: ids.g1, label: 'A shared goal' }]);
    expect(unitsOf(factorOf(body, 'IR'))['commitments-kept']!.records.map((r) => r.id).sort()).toEqual([ids.k1, ids.k2, ids.k3, ids.k4].sort());

    const expected = scorePartnership(
      { stage: 'active', cadenceDays: 30, recordedSince: '2024-01-01', ...hand },
      { asOf: AS_OF, policy: DEFAULT_POLICY, history: {} },
    );
    for (const f of body.factors) {
      const e = expected.factors[f.factor as 'SA'];
      expect([f.factor, f.score, f.band, f.confidence, f.omega]).toEqual([f.factor, e.score, e.band, e.confidence, e.omega]);
      expect(f.units.map((u) => [u.key, u.x, u.v, u.contribution, u.sentence])).toEqual(e.units.map((u) => [u.key, u.x, u.v, u.contribution, u.sentence]));
      // The contributions sum with μ0 to the score.
      expect(3 + f.units.reduce((s, u) => s + u.contribution, 0)).toBeCloseTo(f.score, 10);
    }
    expect(body.profile).toEqual({
      strength: expected.profile.counts.strength,
      borderline: expected.profile.counts.borderline,
      concern: expected.profile.counts.concern,
      insufficient: expected.profile.counts.insufficient,
      weakestFactor: expected.profile.weakest,
      overall: expected.profile.overall,
      text: expected.profile.summary,
    });
  });

  it('as of an earlier day ignores every later record', async () => {
    const body = await health(ids.p1!, '2026-03-05');
    expect(body.asOf).toBe('2026-03-05');
    const CE = unitsOf(factorOf(body, 'CE'));
    // Only the manager's January answer (CE 3.0) existed; the partner had not answered.
    expect([CE['assessment-library']!.x, CE['assessment-partner']]).toEqual([3, undefined]);
    // The last two-way contact on or before 5 March was on 2025-11-27: 98 days → 5 − 4·clip((98 − 30)/60) = 1.
    expect(CE.recency!.x).toBe(1);
    expect(CE.recency!.records.map((r) => r.id)).toEqual([ids.c200]);
    expect(body.lastAssessedOn).toEqual({ library: '2026-01-10', partner: null });
  });

  it('refuses a future day (400 as_of_in_future), a malformed one (400) and an unknown partner (404)', async () => {
    const future = await asLibrarian.get(`/api/v1/partners/${ids.p1}/health?asOf=2026-06-16`).expect(400);
    expect(future.body.type).toMatch(/as-of-in-future$/);
    expect(future.body.errors).toEqual([{ field: 'asOf', message: expect.stringContaining('2026-06-16') }]);
    await asLibrarian.get(`/api/v1/partners/${ids.p1}/health?asOf=15/06/2026`).expect(400);
    await asLibrarian.get('/api/v1/partners/6f1c2a9e-0000-4000-8000-000000000000/health').expect(404);
    await t.http().get(`/api/v1/partners/${ids.p1}/health`).expect(401);
  });

  it('reads recency beyond the window, and leaves recency and coverage out for partners not in an active stage', async () => {
    const quiet = await insertPartner(t.db, { stage: 'active' });
    await insertCommunication(t.db, quiet.id, { occurredAt: new Date('2025-05-11T10:00:00Z'), channel: 'meeting', twoWay: true, substantive: true });
    const CE = unitsOf(factorOf(await health(quiet.id), 'CE'));
    // 400 days, cadence 30: 5 − 4·clip((400 − 30)/60) = 1; no contact in the window, so no coverage unit.
    expect(CE.recency!.x).toBe(1);
    expect(CE.coverage).toBeUndefined();

    const paused = await insertPartner(t.db, { stage: 'paused' });
    await insertCommunication(t.db, paused.id, { occurredAt: new Date('2026-06-01T10:00:00Z'), channel: 'meeting', twoWay: true, substantive: true });
    const pausedCE = unitsOf(factorOf(await health(paused.id), 'CE'));
    expect([pausedCE.recency, pausedCE.coverage]).toEqual([undefined, undefined]);
    expect(pausedCE.initiation!.x).toBe(1); // the library started 1 of 1: |0 − 0.5| − 0.2 = 0.3 → 5 − 4
  });

  it('serves a computed page again only while the partner’s records, history and day are unchanged', async () => {
    const partner = await insertPartner(t.db, { stage: 'active', contactCadenceDays: 30 });
    await insertCommunication(t.db, partner.id, { occurredAt: new Date('2026-03-07T10:00:00Z'), channel: 'meeting', twoWay: true, substantive: true });
    const memo = t.app.get(PartnerHealthMemo);
    const computed = jest.spyOn(memo, 'set');
    const recency = async () => unitsOf(factorOf(await health(partner.id), 'CE')).recency!.x;
    try {
      const first = await recency(); // 100 days, cadence 30: 5 − 4·clip((100 − 30)/60) = 1
      expect(first).toBe(1);
      expect(await recency()).toBe(first);
      expect(computed).toHaveBeenCalledTimes(1); // the second read was served from the memo

      // A new record: computed again, with it.
      const call = await insertCommunication(t.db, partner.id, { occurredAt: new Date('2026-06-03T10:00:00Z'), channel: 'call', twoWay: true, substantive: true });
      expect(await recency()).toBe(5); // 12 days ≤ cadence
      expect(computed).toHaveBeenCalledTimes(2);
      // The record archived: back to the first page's figures, not the remembered ones.
      await t.db.query('UPDATE communications SET archived_at = now() WHERE id = $1', [call.id]);
      expect(await recency()).toBe(first);
      expect(computed).toHaveBeenCalledTimes(3);

      // A stored snapshot is history the trend shows: computed again.
      expect(factorOf(await health(partner.id), 'CE').trend.points).toHaveLength(0);
      await t.app.get(HealthSnapshotsService).recordAfterAssessment(partner.id);
      expect(factorOf(await health(partner.id), 'CE').trend.points).toHaveLength(1);
      expect(computed).toHaveBeenCalledTimes(4);
      // Another day: computed again (the same records, seen from a day later).
      setClock(t.clock, '2026-06-16T12:00:00Z');
      expect(await recency()).toBe(first);
      expect(computed).toHaveBeenCalledTimes(5);
    } finally {
      computed.mockRestore();
      setClock(t.clock, `${AS_OF}T12:00:00Z`);
    }
  });

  it('sees an assessment saved in the caller’s transaction when recording the snapshot after it', async () => {
    const partner = await insertPartner(t.db, { stage: 'active' });
    const contact = await insertContact(t.db, partner.id, 'Rae Kim');
    await t.db.transaction(async (db) => {
      const wave = await insertWave(db, partner.id, AS_OF);
      await insertAssessment(db, partner.id, { waveId: wave.id, side: 'partner', respondentId: contact.id, answeredAt: `${AS_OF}T08:00:00Z`, answers: answers({ IR: [4, 4, 4, 4, 4] }) });
      await t.app.get(HealthSnapshotsService).recordAfterAssessment(partner.id, db);
    });
    const [row] = await t.db.query(`SELECT reason, factors->'IR'->>'partner' AS ir, profile->>'lastAssessedOn' AS last FROM health_snapshots WHERE partner_id = $1`, [partner.id]);
    expect(row).toEqual({ reason: 'assessment', ir: '4', last: AS_OF });
  });

  it('records a snapshot after an assessment (one per day, replaced), shown in the history and the trend', async () => {
    const snapshots = t.app.get(HealthSnapshotsService);
    await snapshots.recordAfterAssessment(ids.p1!);
    await snapshots.recordAfterAssessment(ids.p1!);
    const rows = await t.db.query('SELECT as_of::text, reason, model_version FROM health_snapshots WHERE partner_id = $1', [ids.p1]);
    expect(rows).toEqual([{ as_of: AS_OF, reason: 'assessment', model_version: '1' }]);

    const now = await health(ids.p1!);
    const history = (await asLibrarian.get(`/api/v1/partners/${ids.p1}/health/history`).expect(200)).body;
    expect(history.waves).toEqual([
      { id: ids.w0, openedOn: '2026-01-10' },
      { id: ids.w1, openedOn: '2026-05-15' },
    ]);
    expect(history.snapshots).toHaveLength(1);
    expect(history.snapshots[0]).toMatchObject({ asOf: AS_OF, reason: 'assessment', modelVersion: '1', profile: now.profile });
    expect(history.snapshots[0].factors.CE.score).toBeCloseTo(factorOf(now, 'CE').score, 10);
    expect(factorOf(now, 'CE').trend.points).toHaveLength(1);

    // A month later the snapshot is the previous score the trend compares with.
    setClock(t.clock, '2026-07-15T12:00:00Z');
    const later = factorOf(await health(ids.p1!), 'CE') as Factor & { trend: { change: { delta: number; real: boolean } | null } };
    expect(later.trend.change).not.toBeNull();
    setClock(t.clock, `${AS_OF}T12:00:00Z`);
    await asLibrarian.get(`/api/v1/partners/6f1c2a9e-0000-4000-8000-000000000000/health/history`).expect(404);
  });
});
