import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import {
  archived,
  insertValueContribution,
  insertValueNote,
  insertValueOutcome,
  insertValueProgram,
  insertValueRole,
  insertValueSession,
} from './factories/value-world';
import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

/**
 * The value view. Every expected figure below is worked out by hand from the fixture rows inserted in beforeAll
 * (the comments next to each row give its share); nothing is computed by the code under test.
 *
 * Decisions the tests pin:
 * - a partner's programs are those in use where it has a role in use; a program counts in every year its dates
 *   overlap, by status;
 * - a session counts when it is in use and its program is in use, on its UTC day, whatever the program's status:
 *   a session on record happened, so those held before a series was cancelled still count;
 * - contributions: actual lines in use that name the partner (either side), by contributedOn, not those of an
 *   archived program; library lines naming only a program count for that program, not its partners;
 * - outcome results are dated by collectedOn, else their session's day, else their program's end date; pooled per
 *   measure and timing, agree share over those who answered (non-responses reported beside it, not in n);
 * - notes: the year's notes in use of the partner, and of its programs when they name no partner; all kinds,
 *   consent or not (staff app), consentToQuote shown.
 */
describe('Value view', () => {
  let t: TestApp;
  let asLibrarian: SignedInAgent;
  let asManager: SignedInAgent;

  // The partner whose value is read, another partner, and their programs.
  let partner: { id: string; name: string };
  let other: { id: string; name: string };
  const programs: Record<string, string> = {};
  const notes: Record<string, string> = {};

  const partnerValue = (id: string, year?: number | string) =>
    asLibrarian.get(`/api/v1/partners/${id}/value`).query(year === undefined ? {} : { year: String(year) });

  beforeAll(async () => {
    t = await startTestApp();
    const [librarian, manager] = await Promise.all([t.createStaff('librarian'), t.createStaff('manager')]);
    [asLibrarian, asManager] = await Promise.all([t.signIn(librarian.email), t.signIn(manager.email)]);
    const db = t.db;
    partner = await insertPartner(db, { name: 'Riverside Health Clinic' });
    other = await insertPartner(db);
    const p = partner.id;

    // Health fair, held in March 2025; the partner is lead and presenter (two roles: one program).
    const fair = (programs.fair = await insertValueProgram(db, { title: 'Health fair', startsOn: '2025-03-01', endsOn: '2025-03-31' }));
    await insertValueRole(db, fair, p, 'lead');
    await insertValueRole(db, fair, p, 'presenter');
    await insertValueRole(db, fair, other.id, 'venue-host');
    //   onsite 3+5+2+10+0 = 20, matched
    const s1 = await insertValueSession(db, fair, {
      startsAt: '2025-03-05T17:00:00Z',
      format: 'in-person-onsite',
      attendance: { 'age-0-5': 3, 'age-6-11': 5, 'age-12-18': 2, 'age-19-plus': 10 },
      audienceMatched: true,
    });
    //   offsite 0+0+4+16+5 = 25, not matched
    await insertValueSession(db, fair, {
      startsAt: '2025-03-12T17:00:00Z',
      format: 'in-person-offsite',
      attendance: { 'age-12-18': 4, 'age-19-plus': 16, general: 5 },
      audienceMatched: false,
    });
    //   live virtual 7+3 = 10, audience not recorded
    await insertValueSession(db, fair, { startsAt: '2025-03-19T17:00:00Z', format: 'live-virtual', attendance: { 'age-19-plus': 7, general: 3 } });
    //   recorded: no attendance, 42 views, matched
    await insertValueSession(db, fair, { startsAt: '2025-03-26T17:00:00Z', format: 'recorded', recordedViews: 42, audienceMatched: true });
    //   archived: nothing of it counts, nor the outcome result of it
    const archivedSession = await insertValueSession(db, fair, {
      startsAt: '2025-03-20T17:00:00Z',
      format: 'in-person-onsite',
      attendance: { 'age-19-plus': 100 },
      audienceMatched: true,
      archivedAt: archived(),
    });

    // Homework help over New Year (co-host): its December session counts in 2025, its 1 January (UTC) one in 2026.
    const homework = (programs.homework = await insertValueProgram(db, { title: 'Homework help', startsOn: '2025-09-01', endsOn: '2026-02-28' }));
    await insertValueRole(db, homework, p, 'co-host');
    //   onsite 6-11: 12, matched — 23:30 UTC on 31 December is still 2025
    const newYearsEve = await insertValueSession(db, homework, {
      startsAt: '2025-12-31T23:30:00Z',
      format: 'in-person-onsite',
      attendance: { 'age-6-11': 12 },
      audienceMatched: true,
    });
    //   2026: onsite 6-11: 9, matched
    await insertValueSession(db, homework, { startsAt: '2026-01-01T00:30:00Z', format: 'in-person-onsite', attendance: { 'age-6-11': 9 }, audienceMatched: true });

    // Cancelled in June for funding; the one session held before counts: onsite 19+: 6, not matched.
    const cancelled = (programs.cancelled = await insertValueProgram(db, { status: 'cancelled', statusReason: 'funding', startsOn: '2025-05-01', endsOn: '2025-06-30' }));
    await insertValueRole(db, cancelled, p, 'presenter');
    await insertValueSession(db, cancelled, { startsAt: '2025-05-07T16:00:00Z', format: 'in-person-onsite', attendance: { 'age-19-plus': 6 }, audienceMatched: false });

    programs.planned = await insertValueProgram(db, { status: 'planned', startsOn: '2025-11-01', endsOn: '2025-11-30' });
    await insertValueRole(db, programs.planned, p, 'promoter');
    programs.postponed = await insertValueProgram(db, { status: 'postponed', statusReason: 'weather', startsOn: '2025-04-01' });
    await insertValueRole(db, programs.postponed, p, 'venue-host');

    // Not counted for the partner: an archived program, a program where its only role is archived, another
    // partner's program, and a program of 2023.
    const archivedProgram = (programs.archived = await insertValueProgram(db, { startsOn: '2025-02-01', archivedAt: archived() }));
    await insertValueRole(db, archivedProgram, p, 'lead');
    await insertValueSession(db, archivedProgram, { startsAt: '2025-02-01T15:00:00Z', format: 'in-person-onsite', attendance: { general: 50 }, audienceMatched: true });
    const formerRole = (programs.formerRole = await insertValueProgram(db, { startsOn: '2025-06-01' }));
    await insertValueRole(db, formerRole, p, 'funder', archived());
    await insertValueSession(db, formerRole, { startsAt: '2025-06-01T15:00:00Z', format: 'in-person-onsite', attendance: { general: 30 } });
    const othersProgram = (programs.others = await insertValueProgram(db, { startsOn: '2025-07-01' }));
    await insertValueRole(db, othersProgram, other.id, 'lead');
    await insertValueSession(db, othersProgram, { startsAt: '2025-07-01T15:00:00Z', format: 'live-virtual', attendance: { general: 40 }, audienceMatched: true });
    const old = await insertValueProgram(db, { startsOn: '2023-05-01' });
    await insertValueRole(db, old, p, 'lead');
    await insertValueSession(db, old, { startsAt: '2023-05-01T15:00:00Z', format: 'in-person-onsite', attendance: { general: 70 } });

    // 2024, the year before: held; onsite 0-5: 8 + general 2 = 10, matched; live virtual 19+: 5, matched.
    const lastYear = (programs.lastYear = await insertValueProgram(db, { startsOn: '2024-06-01', endsOn: '2024-06-30' }));
    await insertValueRole(db, lastYear, p, 'lead');
    await insertValueSession(db, lastYear, { startsAt: '2024-06-10T17:00:00Z', format: 'in-person-onsite', attendance: { 'age-0-5': 8, general: 2 }, audienceMatched: true });
    await insertValueSession(db, lastYear, { startsAt: '2024-06-17T17:00:00Z', format: 'live-virtual', attendance: { 'age-19-plus': 5 }, audienceMatched: true });

    // Contributions. Counted in 2025 for the partner: 434.88 + 600 + 250 + 69.58 = 1354.46.
    await insertValueContribution(db, { side: 'partner', partnerId: p, programId: fair, type: 'volunteers', quantity: 12.5, unit: 'hours', moneyValue: 434.88, rate: 34.79, contributedOn: '2025-03-05' });
    await insertValueContribution(db, { side: 'partner', partnerId: p, type: 'space', quantity: 3, unit: 'days', moneyValue: 600, contributedOn: '2025-03-01' });
    await insertValueContribution(db, { side: 'library', partnerId: p, programId: fair, type: 'staff-time', quantity: 10, unit: 'hours', moneyValue: 250, contributedOn: '2025-03-10' });
    await insertValueContribution(db, { side: 'partner', partnerId: p, type: 'volunteers', quantity: 2, unit: 'hours', moneyValue: 69.58, rate: 34.79, contributedOn: '2025-12-31' });
    //   not counted: a pledge, an archived line, a line of the archived program, another partner's line
    await insertValueContribution(db, { side: 'partner', partnerId: p, type: 'funding', stage: 'planned', moneyValue: 1000, contributedOn: '2025-04-01' });
    await insertValueContribution(db, { side: 'partner', partnerId: p, type: 'materials', moneyValue: 99, contributedOn: '2025-04-01', archivedAt: archived() });
    await insertValueContribution(db, { side: 'partner', partnerId: p, programId: archivedProgram, type: 'volunteers', quantity: 4, unit: 'hours', moneyValue: 139.16, rate: 34.79, contributedOn: '2025-02-01' });
    await insertValueContribution(db, { side: 'partner', partnerId: other.id, programId: fair, type: 'funding', moneyValue: 5000, contributedOn: '2025-03-01' });
    //   the library's materials for the fair, naming no partner: the fair's, not the partner's
    await insertValueContribution(db, { side: 'library', programId: fair, type: 'materials', moneyValue: 45.5, contributedOn: '2025-02-20' });
    //   2024: funding 500 (31 December)
    await insertValueContribution(db, { side: 'partner', partnerId: p, type: 'funding', moneyValue: 500, contributedOn: '2024-12-31' });

    // Outcome results.
    //   fair, knowledge, immediate: 1/2/3/10/6 + 3 non-responses (answered 22), collected 31 March
    await insertValueOutcome(db, fair, { timing: 'immediate', measure: 'knowledge', counts: [1, 2, 3, 10, 6], nonResponses: 3, collectedOn: '2025-03-31' });
    //   session 1's own survey, knowledge, immediate: 0/1/1/4/2 + 2 (answered 8), dated by the session (5 March)
    await insertValueOutcome(db, fair, { sessionId: s1, timing: 'immediate', measure: 'knowledge', counts: [0, 1, 1, 4, 2], nonResponses: 2 });
    //   fair, knowledge, follow-up: 0/0/2/3/1 + 6 (answered 6)
    await insertValueOutcome(db, fair, { timing: 'follow-up', measure: 'knowledge', counts: [0, 0, 2, 3, 1], nonResponses: 6, collectedOn: '2025-05-10' });
    //   not counted: archived, and a result of the archived session
    await insertValueOutcome(db, fair, { timing: 'immediate', measure: 'awareness', counts: [0, 0, 0, 5, 5], nonResponses: 0, collectedOn: '2025-03-31', archivedAt: archived() });
    await insertValueOutcome(db, fair, { sessionId: archivedSession, timing: 'immediate', measure: 'application', counts: [0, 0, 0, 9, 9], nonResponses: 0 });
    //   homework, confidence, immediate: four respondents, none answered → agree share null
    await insertValueOutcome(db, homework, { timing: 'immediate', measure: 'confidence', counts: [0, 0, 0, 0, 0], nonResponses: 4, collectedOn: '2025-12-20' });
    //   homework, confidence, follow-up, no date: dated by the program's end (28 Feb 2026), so 2026
    await insertValueOutcome(db, homework, { timing: 'follow-up', measure: 'confidence', counts: [0, 0, 1, 1, 1], nonResponses: 0 });
    //   that session's own survey, awareness, immediate, no date: 0/0/0/1/2 (answered 3), dated by the session
    //   (31 December 2025), not by its program's end in 2026
    await insertValueOutcome(db, homework, { sessionId: newYearsEve, timing: 'immediate', measure: 'awareness', counts: [0, 0, 0, 1, 2], nonResponses: 0 });
    //   the cancelled program, application, immediate: 0/1/2/2/0 + 1 (answered 5)
    await insertValueOutcome(db, cancelled, { timing: 'immediate', measure: 'application', counts: [0, 1, 2, 2, 0], nonResponses: 1, collectedOn: '2025-05-07' });
    //   another partner's program: not counted
    await insertValueOutcome(db, othersProgram, { timing: 'immediate', measure: 'knowledge', counts: [9, 0, 0, 0, 0], nonResponses: 0, collectedOn: '2025-07-01' });
    //   2024: knowledge, immediate 0/0/0/5/5 (answered 10)
    await insertValueOutcome(db, lastYear, { timing: 'immediate', measure: 'knowledge', counts: [0, 0, 0, 5, 5], nonResponses: 0, collectedOn: '2024-06-30' });

    // Impact notes.
    notes.story = await insertValueNote(db, { partnerId: p, dimension: 'better-programs', kind: 'story', notedOn: '2025-04-01', text: 'Nurses and librarians planned it together.' });
    notes.unconsentedQuote = await insertValueNote(db, { partnerId: p, programId: fair, dimension: 'deeper-impacts', kind: 'quote', notedOn: '2025-03-20' });
    notes.programQuote = await insertValueNote(db, { programId: fair, dimension: 'deeper-impacts', kind: 'quote', consentToQuote: true, notedOn: '2025-03-25' });
    //   not the partner's: names the other partner (it is the fair's, though)
    notes.othersOnFair = await insertValueNote(db, { partnerId: other.id, programId: fair, dimension: 'expanded-capacities', notedOn: '2025-03-28' });
    //   not counted: archived, of 2024, of another partner's program, of the archived program
    await insertValueNote(db, { partnerId: p, dimension: 'better-programs', notedOn: '2025-05-01', archivedAt: archived() });
    await insertValueNote(db, { partnerId: p, dimension: 'better-programs', notedOn: '2024-05-01' });
    await insertValueNote(db, { programId: othersProgram, dimension: 'better-programs', notedOn: '2025-07-01' });
    await insertValueNote(db, { partnerId: p, programId: archivedProgram, dimension: 'better-programs', notedOn: '2025-02-01' });
  });
  afterAll(() => t.close());

  const zeroBands = { 'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 0, general: 0 };

  /** The partner's 2025 figures, worked out by hand from the rows above. */
  const partner2025 = {
    programs: { held: 2, planned: 1, cancelled: 1, postponed: 1 },
    // fair 4 (not the archived one), homework's December one, the cancelled program's one
    sessions: 6,
    attendance: {
      // 0-5: 3; 6-11: 5 + 12; 12-18: 2 + 4; 19+: 10 + 16 + 7 + 6; general: 5 + 3
      total: 73,
      byAgeBand: { 'age-0-5': 3, 'age-6-11': 17, 'age-12-18': 6, 'age-19-plus': 39, general: 8 },
      byFormat: [
        { format: 'in-person-onsite', sessions: 3, attendance: 38, byAgeBand: { 'age-0-5': 3, 'age-6-11': 17, 'age-12-18': 2, 'age-19-plus': 16, general: 0 } },
        { format: 'in-person-offsite', sessions: 1, attendance: 25, byAgeBand: { 'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 4, 'age-19-plus': 16, general: 5 } },
        { format: 'live-virtual', sessions: 1, attendance: 10, byAgeBand: { 'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 7, general: 3 } },
        { format: 'recorded', sessions: 1, attendance: 0, byAgeBand: zeroBands },
      ],
      recordedViews: 42,
    },
    // matched: fair 1, fair recorded, homework December; recorded: those and fair offsite, the cancelled one's
    sessionsReachingIntendedPublic: { matched: 3, recorded: 5, share: 0.6 },
    contributions: {
      moneyValue: 1354.46,
      volunteerHours: 14.5,
      bySide: [
        { side: 'library', moneyValue: 250, count: 1 },
        { side: 'partner', moneyValue: 1104.46, count: 3 },
      ],
      byType: [
        { type: 'space', moneyValue: 600, quantityByUnit: [{ unit: 'days', quantity: 3 }], count: 1 },
        { type: 'volunteers', moneyValue: 504.46, quantityByUnit: [{ unit: 'hours', quantity: 14.5 }], count: 2 },
        { type: 'staff-time', moneyValue: 250, quantityByUnit: [{ unit: 'hours', quantity: 10 }], count: 1 },
      ],
    },
    outcomes: [
      {
        // the fair's survey and session 1's, pooled: 22 + 8 answered, 16 + 6 agree or strongly agree
        measure: 'knowledge',
        timing: 'immediate',
        results: 2,
        respondents: 35,
        counts: { 'strongly-disagree': 1, disagree: 3, neutral: 4, agree: 14, 'strongly-agree': 8 },
        nonResponses: 5,
        answered: 30,
        agreeShare: 22 / 30,
      },
      {
        measure: 'knowledge',
        timing: 'follow-up',
        results: 1,
        respondents: 12,
        counts: { 'strongly-disagree': 0, disagree: 0, neutral: 2, agree: 3, 'strongly-agree': 1 },
        nonResponses: 6,
        answered: 6,
        agreeShare: 4 / 6,
      },
      {
        measure: 'confidence',
        timing: 'immediate',
        results: 1,
        respondents: 4,
        counts: { 'strongly-disagree': 0, disagree: 0, neutral: 0, agree: 0, 'strongly-agree': 0 },
        nonResponses: 4,
        answered: 0,
        agreeShare: null,
      },
      {
        measure: 'application',
        timing: 'immediate',
        results: 1,
        respondents: 6,
        counts: { 'strongly-disagree': 0, disagree: 1, neutral: 2, agree: 2, 'strongly-agree': 0 },
        nonResponses: 1,
        answered: 5,
        agreeShare: 0.4,
      },
      {
        measure: 'awareness',
        timing: 'immediate',
        results: 1,
        respondents: 3,
        counts: { 'strongly-disagree': 0, disagree: 0, neutral: 0, agree: 1, 'strongly-agree': 2 },
        nonResponses: 0,
        answered: 3,
        agreeShare: 1,
      },
    ],
  };

  /** The partner's 2024 figures. */
  const partner2024 = {
    programs: { held: 1, planned: 0, cancelled: 0, postponed: 0 },
    sessions: 2,
    attendance: {
      total: 15,
      byAgeBand: { 'age-0-5': 8, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 5, general: 2 },
      byFormat: [
        { format: 'in-person-onsite', sessions: 1, attendance: 10, byAgeBand: { 'age-0-5': 8, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 0, general: 2 } },
        { format: 'in-person-offsite', sessions: 0, attendance: 0, byAgeBand: zeroBands },
        { format: 'live-virtual', sessions: 1, attendance: 5, byAgeBand: { 'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 5, general: 0 } },
        { format: 'recorded', sessions: 0, attendance: 0, byAgeBand: zeroBands },
      ],
      recordedViews: 0,
    },
    sessionsReachingIntendedPublic: { matched: 2, recorded: 2, share: 1 },
    contributions: {
      moneyValue: 500,
      volunteerHours: 0,
      bySide: [
        { side: 'library', moneyValue: 0, count: 0 },
        { side: 'partner', moneyValue: 500, count: 1 },
      ],
      byType: [{ type: 'funding', moneyValue: 500, quantityByUnit: [], count: 1 }],
    },
    outcomes: [
      {
        measure: 'knowledge',
        timing: 'immediate',
        results: 1,
        respondents: 10,
        counts: { 'strongly-disagree': 0, disagree: 0, neutral: 0, agree: 5, 'strongly-agree': 5 },
        nonResponses: 0,
        answered: 10,
        agreeShare: 1,
      },
    ],
  };

  it('recomputes a partner’s year from records in use of programs where it has a role in use', async () => {
    const { body } = await partnerValue(partner.id, 2025).expect(200);
    expect(body).toMatchObject({
      partner: { id: partner.id, name: 'Riverside Health Clinic', archived: false },
      year: 2025,
      period: { from: '2025-01-01', to: '2025-12-31' },
      previousPeriod: { from: '2024-01-01', to: '2024-12-31' },
    });
    const { programs: programCounts, sessions, attendance, sessionsReachingIntendedPublic, contributions, outcomes } = body;
    expect({ programs: programCounts, sessions, attendance, sessionsReachingIntendedPublic, contributions, outcomes }).toEqual(partner2025);
  });

  it('compares only with the same partner’s previous year', async () => {
    const { body } = await partnerValue(partner.id, 2025).expect(200);
    expect(body.previous).toEqual(partner2024);

    // A year later, 2025 is the previous year, with the same figures; the homework series (over New Year) counts
    // in both years, its 1 January session and its undated follow-up survey only in 2026.
    const next = (await partnerValue(partner.id, 2026).expect(200)).body;
    expect(next.previousPeriod).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(next.previous).toEqual(partner2025);
    expect(next.programs).toEqual({ held: 1, planned: 0, cancelled: 0, postponed: 0 });
    expect(next.sessions).toBe(1);
    expect(next.attendance.total).toBe(9);
    expect(next.attendance.byAgeBand).toEqual({ ...zeroBands, 'age-6-11': 9 });
    expect(next.sessionsReachingIntendedPublic).toEqual({ matched: 1, recorded: 1, share: 1 });
    expect(next.contributions.moneyValue).toBe(0);
    expect(next.outcomes).toEqual([
      {
        measure: 'confidence',
        timing: 'follow-up',
        results: 1,
        respondents: 3,
        counts: { 'strongly-disagree': 0, disagree: 0, neutral: 1, agree: 1, 'strongly-agree': 1 },
        nonResponses: 0,
        answered: 3,
        agreeShare: 2 / 3,
      },
    ]);
    // No note of the partner's is dated 2026.
    expect(next.notes).toEqual({ 'better-programs': [], 'deeper-impacts': [], 'expanded-capacities': [] });
  });

  it('lists the year’s notes per value dimension, newest first, quotes without consent marked', async () => {
    const { body } = await partnerValue(partner.id, 2025).expect(200);
    const ids = (list: { id: string }[]) => list.map((n) => n.id);
    expect(ids(body.notes['better-programs'])).toEqual([notes.story]);
    // its own quote and the fair's note naming no partner; not the one naming the other partner
    expect(ids(body.notes['deeper-impacts'])).toEqual([notes.programQuote, notes.unconsentedQuote]);
    expect(body.notes['expanded-capacities']).toEqual([]);
    expect(body.noteCounts).toEqual({ 'better-programs': 1, 'deeper-impacts': 2, 'expanded-capacities': 0 });

    expect(body.notes['deeper-impacts'][1]).toMatchObject({ kind: 'quote', consentToQuote: false, partner: { id: partner.id, name: partner.name } });
    expect(body.notes['deeper-impacts'][0]).toMatchObject({ kind: 'quote', consentToQuote: true, partner: null, program: { id: programs.fair, title: 'Health fair' } });
    expect(body.notes['better-programs'][0]).toEqual({
      id: notes.story,
      kind: 'story',
      text: 'Nurses and librarians planned it together.',
      attribution: null,
      valueDimension: 'better-programs',
      consentToQuote: false,
      partner: { id: partner.id, name: partner.name },
      program: null,
      notedOn: '2025-04-01',
      sourceUrl: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: null,
      version: 1,
      archivedAt: null,
    });
  });

  it('shows the newest 3 notes of each dimension with how many there are, and lists them all a page at a time', async () => {
    const busy = await insertPartner(t.db);
    await t.db.query(
      `INSERT INTO impact_notes (kind, text, value_dimension, partner_id, noted_on, version)
       SELECT 'story', 'Note ' || i, 'expanded-capacities', $1, DATE '2025-01-01' + i, 1 FROM generate_series(1, 101) AS i`,
      [busy.id],
    );
    const { body } = await partnerValue(busy.id, 2025).expect(200);
    expect(body.noteCounts).toEqual({ 'better-programs': 0, 'deeper-impacts': 0, 'expanded-capacities': 101 });
    const texts = (list: { text: string }[]) => list.map((note) => note.text);
    expect(texts(body.notes['expanded-capacities'])).toEqual(['Note 101', 'Note 100', 'Note 99']);
    expect(body.notes['expanded-capacities'][0]).toMatchObject({ notedOn: '2025-04-12', partner: { id: busy.id } });

    const notesOf = (query: Record<string, string>) => asLibrarian.get(`/api/v1/partners/${busy.id}/value/notes`).query(query);
    const first = (await notesOf({ year: '2025', dimension: 'expanded-capacities', limit: '40' }).expect(200)).body;
    expect(first).toMatchObject({ total: 101, nextCursor: expect.any(String) });
    expect(texts(first.items)).toEqual(Array.from({ length: 40 }, (_, i) => `Note ${101 - i}`));
    // Each note as the value view and the notes list show it.
    expect(first.items[0]).toEqual(body.notes['expanded-capacities'][0]);
    const second = (await notesOf({ year: '2025', dimension: 'expanded-capacities', limit: '40', cursor: first.nextCursor }).expect(200)).body;
    expect(texts(second.items)).toEqual(Array.from({ length: 40 }, (_, i) => `Note ${61 - i}`));
    const last = (await notesOf({ year: '2025', dimension: 'expanded-capacities', offset: '100' }).expect(200)).body;
    expect(last).toEqual({ items: [expect.objectContaining({ text: 'Note 1' })], total: 101, nextCursor: null });
    // Another dimension, another year: none.
    expect((await notesOf({ year: '2025', dimension: 'deeper-impacts' }).expect(200)).body).toEqual({ items: [], total: 0, nextCursor: null });
    expect((await notesOf({ year: '2024', dimension: 'expanded-capacities' }).expect(200)).body.total).toBe(0);
  });

  it('lists a partner’s notes of a dimension as its value view counts them: its own, and its programs’ that name no partner', async () => {
    const { body } = await asLibrarian.get(`/api/v1/partners/${partner.id}/value/notes`).query({ year: '2025', dimension: 'deeper-impacts' }).expect(200);
    expect(body).toMatchObject({ total: 2, nextCursor: null });
    expect(body.items.map((note: { id: string }) => note.id)).toEqual([notes.programQuote, notes.unconsentedQuote]);
    const defaultYear = t.clock.now().getUTCFullYear();
    const byDefault = (await asLibrarian.get(`/api/v1/partners/${partner.id}/value/notes`).query({ dimension: 'deeper-impacts' }).expect(200)).body;
    expect(byDefault.total).toBe(defaultYear === 2025 ? 2 : 0);
  });

  it('recomputes a program’s value from everything in use recorded for it', async () => {
    const { body } = await asLibrarian.get(`/api/v1/programs/${programs.fair}/value`).expect(200);
    expect(body).toEqual({
      program: { id: programs.fair, title: 'Health fair', status: 'held', archived: false },
      period: { from: '2025-03-01', to: '2025-03-31' },
      programs: { held: 1, planned: 0, cancelled: 0, postponed: 0 },
      sessions: 4,
      attendance: {
        // 20 + 25 + 10 + 0; the archived session's 100 left out
        total: 55,
        byAgeBand: { 'age-0-5': 3, 'age-6-11': 5, 'age-12-18': 6, 'age-19-plus': 33, general: 8 },
        byFormat: [
          { format: 'in-person-onsite', sessions: 1, attendance: 20, byAgeBand: { 'age-0-5': 3, 'age-6-11': 5, 'age-12-18': 2, 'age-19-plus': 10, general: 0 } },
          partner2025.attendance.byFormat[1],
          partner2025.attendance.byFormat[2],
          partner2025.attendance.byFormat[3],
        ],
        recordedViews: 42,
      },
      sessionsReachingIntendedPublic: { matched: 2, recorded: 3, share: 2 / 3 },
      // the partner's volunteers 434.88 and the library's staff time 250 (both naming the partner), the other
      // partner's funding 5000, the library's materials 45.50 naming only the fair (dated before it: still counted)
      contributions: {
        moneyValue: 5730.38,
        volunteerHours: 12.5,
        bySide: [
          { side: 'library', moneyValue: 295.5, count: 2 },
          { side: 'partner', moneyValue: 5434.88, count: 2 },
        ],
        byType: [
          { type: 'funding', moneyValue: 5000, quantityByUnit: [], count: 1 },
          { type: 'volunteers', moneyValue: 434.88, quantityByUnit: [{ unit: 'hours', quantity: 12.5 }], count: 1 },
          { type: 'staff-time', moneyValue: 250, quantityByUnit: [{ unit: 'hours', quantity: 10 }], count: 1 },
          { type: 'materials', moneyValue: 45.5, quantityByUnit: [], count: 1 },
        ],
      },
      outcomes: [partner2025.outcomes[0], partner2025.outcomes[1]],
      notes: {
        'better-programs': [],
        'deeper-impacts': [expect.objectContaining({ id: notes.programQuote }), expect.objectContaining({ id: notes.unconsentedQuote })],
        'expanded-capacities': [expect.objectContaining({ id: notes.othersOnFair, partner: { id: other.id, name: other.name } })],
      },
      noteCounts: { 'better-programs': 0, 'deeper-impacts': 2, 'expanded-capacities': 1 },
    });
  });

  it('shows a cancelled program’s sessions that happened, and an archived program’s records in use', async () => {
    const cancelled = (await asManager.get(`/api/v1/programs/${programs.cancelled}/value`).expect(200)).body;
    expect(cancelled).toMatchObject({
      program: { status: 'cancelled', archived: false },
      programs: { held: 0, planned: 0, cancelled: 1, postponed: 0 },
      sessions: 1,
      attendance: { total: 6 },
      sessionsReachingIntendedPublic: { matched: 0, recorded: 1, share: 0 },
    });
    const gone = (await asLibrarian.get(`/api/v1/programs/${programs.archived}/value`).expect(200)).body;
    expect(gone).toMatchObject({ program: { archived: true }, programs: { held: 1 }, sessions: 1, attendance: { total: 50 } });
    const planned = (await asLibrarian.get(`/api/v1/programs/${programs.planned}/value`).expect(200)).body;
    expect(planned).toMatchObject({ programs: { planned: 1, held: 0 }, sessions: 0, attendance: { total: 0 }, sessionsReachingIntendedPublic: { matched: 0, recorded: 0, share: null }, outcomes: [] });
  });

  it('defaults to the current year by the clock, and still reads an archived partner', async () => {
    const year = t.clock.now().getUTCFullYear();
    const recent = await insertPartner(t.db);
    const program = await insertValueProgram(t.db, { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` });
    await insertValueRole(t.db, program, recent.id, 'lead');
    await insertValueSession(t.db, program, { startsAt: `${year}-06-15T12:00:00Z`, format: 'recorded', attendance: { general: 4 }, recordedViews: 11 });
    await setPartnerArchived(t.db, recent.id);

    const byDefault = (await partnerValue(recent.id).expect(200)).body;
    expect(byDefault).toMatchObject({ partner: { id: recent.id, archived: true }, year, period: { from: `${year}-01-01`, to: `${year}-12-31` } });
    expect(byDefault).toMatchObject({ sessions: 1, attendance: { total: 4, recordedViews: 11 }, previous: { sessions: 0 } });
    expect((await partnerValue(recent.id, year).expect(200)).body).toEqual(byDefault);
  });

  it('answers a partner or program that does not exist with 404, a bad year with 400 naming year, no session with 401', async () => {
    await partnerValue('7c2d8a4e-0000-4000-8000-000000000000', 2025).expect(404);
    await partnerValue('not-an-id', 2025).expect(404);
    await asLibrarian.get('/api/v1/programs/7c2d8a4e-0000-4000-8000-000000000000/value').expect(404);
    // a partner's id is not a program's
    await asLibrarian.get(`/api/v1/programs/${partner.id}/value`).expect(404);

    for (const year of ['abc', '2025.5', '1899', '2201', '', '-2025', '20255']) {
      const { body } = await partnerValue(partner.id, year).expect(400);
      expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['year']);
    }
    const twice = await asLibrarian.get(`/api/v1/partners/${partner.id}/value?year=2024&year=2025`).expect(400);
    expect(twice.body.errors.map((e: { field: string }) => e.field)).toEqual(['year']);
    const unknown = await asLibrarian.get(`/api/v1/partners/${partner.id}/value`).query({ year: '2025', from: '2025-01-01' }).expect(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['from']);

    const notesOf = (id: string, query: Record<string, string>) => asLibrarian.get(`/api/v1/partners/${id}/value/notes`).query(query);
    await notesOf('7c2d8a4e-0000-4000-8000-000000000000', { dimension: 'deeper-impacts' }).expect(404);
    const fieldsOf = async (query: Record<string, string>) =>
      ((await notesOf(partner.id, query).expect(400)).body.errors as { field: string }[]).map((e) => e.field);
    expect(await fieldsOf({})).toEqual(['dimension']);
    expect(await fieldsOf({ dimension: 'happiness' })).toEqual(['dimension']);
    expect(await fieldsOf({ dimension: 'deeper-impacts', year: '1899' })).toEqual(['year']);
    expect(await fieldsOf({ dimension: 'deeper-impacts', limit: '101' })).toEqual(['limit']);
    expect(await fieldsOf({ dimension: 'deeper-impacts', offset: '-1' })).toEqual(['offset']);
    expect(await fieldsOf({ dimension: 'deeper-impacts', q: 'fair' })).toEqual(['q']);

    await t.http().get(`/api/v1/partners/${partner.id}/value`).expect(401);
    await t.http().get(`/api/v1/partners/${partner.id}/value/notes?dimension=deeper-impacts`).expect(401);
    await t.http().get(`/api/v1/programs/${programs.fair}/value`).expect(401);
  });
});
