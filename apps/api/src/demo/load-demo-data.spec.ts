import {
  ACTIVE_STAGES,
  AGE_BANDS,
  CONTRIBUTION_TYPES,
  DEFAULT_VOLUNTEER_HOUR_RATE,
  FACTORS,
  IMPACT_NOTE_KINDS,
  OUTCOME_MEASURES,
  OUTCOME_TIMINGS,
  PARTNER_STAGES,
  PARTNER_TYPES,
  SESSION_FORMATS,
  VALUE_DIMENSIONS,
} from '@common-ground/domain';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { StaffMember } from '../common/auth/staff-member';
import { CreateAgreementDto } from '../modules/agreements/dto/create-agreement.dto';
import { CreateCommitmentDto } from '../modules/commitments/dto/create-commitment.dto';
import { CreateCommunicationDto } from '../modules/communications/dto/create-communication.dto';
import type { ContactResponseDto } from '../modules/contacts/dto/contact.response.dto';
import { CreateContactDto } from '../modules/contacts/dto/create-contact.dto';
import { CreateContributionDto } from '../modules/contributions/dto/create-contribution.dto';
import { valueAtRate } from '../modules/contributions/money';
import { CreateGoalDto } from '../modules/goals/dto/create-goal.dto';
import { CreateImpactNoteDto } from '../modules/impact-notes/dto/create-impact-note.dto';
import { CreateOutcomeResultDto } from '../modules/outcome-results/dto/create-outcome-result.dto';
import { CreatePartnerDto } from '../modules/partners/dto/create-partner.dto';
import type { PartnerResponseDto } from '../modules/partners/dto/partner.response.dto';
import { CreateProgramSessionDto } from '../modules/program-sessions/dto/create-program-session.dto';
import { CreateProgramDto } from '../modules/programs/dto/create-program.dto';
import type { ProgramPageDto } from '../modules/programs/dto/program.response.dto';
import type { PartnerValueDto, ProgramValueDto, ValueFiguresDto } from '../modules/value/dto/value.response.dto';
import { demoServices } from '../server/first-start';
import { DEMO_COMMUNICATIONS } from './demo-communications';
import { DEMO_PARTNERS, type DemoStaffName } from './demo-partners';
import { DEMO_PROGRAMS } from './demo-programs';
import { DEMO_STAFF } from './demo-staff';
import { buildDemoCommunications } from './load-demo-communications';
import type { ImpactReportFiguresDto } from '../modules/reports/dto/impact-report.response.dto';
import { agreementFields, contactFields, dayFrom, goalFields, type LoadedDemo, partnerFields, loadDemoData } from './load-demo-data';
import { buildDemoPrograms, type DemoProgramRows } from './load-demo-programs';
import { DEMO_ASSESSMENT_ROUNDS } from './demo-assessments';
import { demoAnswers } from './load-demo-assessments';
import { HealthService } from '../modules/health/health.service';
import { DEFAULT_POLICY, respondentFactorMean } from '@common-ground/scoring';

/** The same rules the API applies to a request body: unknown fields refused, every rule checked. */
async function problems(cls: new () => object, body: object): Promise<string[]> {
  const errors = await validate(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true });
  const flatten = (e: ValidationError, path: string): string[] => [
    ...Object.values(e.constraints ?? {}).map((message) => `${path}${e.property}: ${message}`),
    ...(e.children ?? []).flatMap((child) => flatten(child, `${path}${e.property}.`)),
  ];
  return errors.flatMap((e) => flatten(e, ''));
}

/** Demo staff, partners and contacts with made-up ids, for building the history without a database. */
function madeUpIds() {
  const staff = new Map(
    DEMO_STAFF.map((s) => [s.name as DemoStaffName, { id: randomUUID(), name: s.name, email: s.email, role: s.role, sessionId: 'demo' } satisfies StaffMember]),
  );
  const partners = new Map(DEMO_PARTNERS.map((p) => [p.name, { id: randomUUID(), name: p.name } as PartnerResponseDto]));
  const contacts = new Map(DEMO_PARTNERS.map((p) => [p.name, p.contacts.map((c) => ({ id: randomUUID(), name: c.name }) as ContactResponseDto)]));
  return { staff, partners, contacts };
}

/** The demo's history built against made-up ids (no database), as of `now`. */
function historyAt(now: Date) {
  return buildDemoCommunications({ now, ...madeUpIds() });
}

/** The demo's programs built against made-up ids (no database), as of `now`, valued at the default volunteer rate. */
function programsAt(now: Date): DemoProgramRows & { partnerId: (name: string) => string } {
  const ids = madeUpIds();
  return { ...buildDemoPrograms({ now, ...ids, rate: { ...DEFAULT_VOLUNTEER_HOUR_RATE } }), partnerId: (name) => ids.partners.get(name)!.id };
}

function addDaysTo(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// ---- Programs: the request bodies the API would have accepted, and the value view recomputed from the rows.

const day = (instant: Date) => instant.toISOString().slice(0, 10);
const cents = (amount: number | null) => Math.round((amount ?? 0) * 100);

/** Each demo record as the POST body that would have created it as it is now (checked against the API's DTOs). */
function programBodies(rows: DemoProgramRows) {
  const roleBody = (r: DemoProgramRows['roles'][number]) => ({
    partnerId: r.partnerId,
    role: r.role,
    responsibilities: r.responsibilities,
    ownerContactId: r.ownerContactId,
    ownerNamedOn: r.ownerNamedOn,
  });
  return {
    programs: rows.programs.map((p) => ({
      title: p.title,
      description: p.description,
      topic: p.topic,
      primaryOutcome: p.primaryOutcome,
      developmentModel: p.developmentModel,
      format: p.format,
      location: p.location,
      audienceScope: p.audienceScope,
      targetGroups: p.targetGroups,
      ageBands: p.ageBands,
      libraryRole: p.libraryRole,
      impactAreas: p.impactAreas,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status,
      statusReason: p.statusReason,
      statusNote: p.statusNote,
      checklist: {
        agreement: p.agreementDoneOn,
        brandingApproved: p.brandingApprovedOn,
        volunteersCleared: p.volunteersClearedOn,
        spaceBooked: p.spaceBookedOn,
        timingConfirmed: p.timingConfirmedOn,
      },
      partnerCredited: p.partnerCredited,
      outcomeSummarySharedOn: p.outcomeSummarySharedOn,
      roles: rows.roles.filter((r) => r.programId === p.id).map(roleBody),
    })),
    sessions: rows.sessions.map((s) => ({
      startsAt: s.startsAt.toISOString(),
      format: s.format,
      attendance: {
        'age-0-5': s.attendanceAge0To5,
        'age-6-11': s.attendanceAge6To11,
        'age-12-18': s.attendanceAge12To18,
        'age-19-plus': s.attendanceAge19Plus,
        general: s.attendanceGeneral,
      },
      recordedViews: s.recordedViews,
      audienceMatched: s.audienceMatched,
      notes: s.notes,
    })),
    // A line valued at the settings' rate is sent without a money value: the API values it.
    contributions: rows.contributions.map((c) => ({
      side: c.side,
      partnerId: c.partnerId,
      programId: c.programId,
      type: c.type,
      stage: c.stage,
      description: c.description,
      quantity: c.quantity,
      unit: c.unit,
      ...(c.rate === null ? { moneyValue: c.moneyValue } : {}),
      contributedOn: c.contributedOn,
    })),
    outcomeResults: rows.outcomeResults.map((o) => ({
      sessionId: o.sessionId,
      timing: o.timing,
      measure: o.measure,
      respondents: o.respondents,
      counts: { 'strongly-disagree': o.stronglyDisagree, disagree: o.disagree, neutral: o.neutral, agree: o.agree, 'strongly-agree': o.stronglyAgree },
      nonResponses: o.nonResponses,
      collectedOn: o.collectedOn,
    })),
    impactNotes: rows.impactNotes.map((n) => ({
      kind: n.kind,
      text: n.text,
      attribution: n.attribution,
      valueDimension: n.valueDimension,
      consentToQuote: n.consentToQuote,
      partnerId: n.partnerId,
      programId: n.programId,
      notedOn: n.notedOn,
      sourceUrl: n.sourceUrl,
    })),
    duties: rows.duties.map((c) => ({
      partnerId: c.partnerId,
      programId: c.programId,
      description: c.description,
      ownerSide: c.ownerSide,
      ...(c.ownerUserId ? { ownerUserId: c.ownerUserId } : {}),
      ownerContactId: c.ownerContactId,
      dueOn: c.dueOn,
    })),
  };
}

/**
 * The value view's figures (ValueFiguresDto), recomputed here from the demo's rows, for a partner (its programs:
 * those it has a role in; its contributions and notes, and the notes of its programs that name no partner) or a
 * program, over the days [from, to]. Money in cents, compared after rounding.
 */
function valueOf(rows: DemoProgramRows, scope: { partnerId: string } | { programId: string }, from: string, to: string) {
  const inPeriod = (d: string) => d >= from && d <= to;
  const programIds = new Set(
    'partnerId' in scope ? rows.roles.filter((r) => r.partnerId === scope.partnerId).map((r) => r.programId) : [scope.programId],
  );
  const programs = { held: 0, planned: 0, cancelled: 0, postponed: 0 };
  for (const p of rows.programs) if (programIds.has(p.id) && p.startsOn <= to && p.endsOn >= from) programs[p.status] += 1;

  const sessions = rows.sessions.filter((s) => programIds.has(s.programId) && inPeriod(day(s.startsAt)));
  const bands = (list: typeof sessions) => ({
    'age-0-5': list.reduce((n, s) => n + s.attendanceAge0To5, 0),
    'age-6-11': list.reduce((n, s) => n + s.attendanceAge6To11, 0),
    'age-12-18': list.reduce((n, s) => n + s.attendanceAge12To18, 0),
    'age-19-plus': list.reduce((n, s) => n + s.attendanceAge19Plus, 0),
    general: list.reduce((n, s) => n + s.attendanceGeneral, 0),
  });
  const total = (b: ReturnType<typeof bands>) => Object.values(b).reduce((n, v) => n + v, 0);
  const matched = sessions.filter((s) => s.audienceMatched === true).length;
  const recorded = sessions.filter((s) => s.audienceMatched !== null).length;

  const lines = rows.contributions.filter(
    (c) => c.stage === 'actual' && inPeriod(c.contributedOn) && ('partnerId' in scope ? c.partnerId === scope.partnerId : c.programId === scope.programId),
  );
  const outcomes = OUTCOME_MEASURES.keys.flatMap((measure) =>
    OUTCOME_TIMINGS.keys.flatMap((timing) => {
      const results = rows.outcomeResults.filter(
        (o) => programIds.has(o.programId) && o.measure === measure && o.timing === timing && inPeriod(o.collectedOn!),
      );
      if (results.length === 0) return [];
      const sum = (pick: (o: (typeof results)[number]) => number) => results.reduce((n, o) => n + pick(o), 0);
      const answered = sum((o) => o.stronglyDisagree + o.disagree + o.neutral + o.agree + o.stronglyAgree);
      return [{
        measure,
        timing,
        results: results.length,
        respondents: sum((o) => o.respondents),
        nonResponses: sum((o) => o.nonResponses),
        answered,
        agreeShare: answered === 0 ? null : sum((o) => o.agree + o.stronglyAgree) / answered,
      }];
    }),
  );
  const notes = rows.impactNotes.filter(
    (n) =>
      inPeriod(n.notedOn) &&
      ('partnerId' in scope ? n.partnerId === scope.partnerId || (n.partnerId === null && programIds.has(n.programId!)) : n.programId === scope.programId),
  );
  const byAgeBand = bands(sessions);
  return {
    programs,
    sessions: sessions.length,
    attendance: {
      total: total(byAgeBand),
      byAgeBand,
      byFormat: SESSION_FORMATS.keys.map((format) => {
        const of = sessions.filter((s) => s.format === format);
        return { format, sessions: of.length, attendance: total(bands(of)) };
      }),
      recordedViews: sessions.reduce((n, s) => n + (s.recordedViews ?? 0), 0),
    },
    sessionsReachingIntendedPublic: { matched, recorded },
    contributions: {
      moneyValue: lines.reduce((n, c) => n + cents(c.moneyValue), 0) / 100,
      volunteerHours: lines.filter((c) => c.type === 'volunteers' && c.unit === 'hours').reduce((n, c) => n + cents(c.quantity), 0) / 100,
      bySide: (['library', 'partner'] as const).map((side) => {
        const of = lines.filter((c) => c.side === side);
        return { side, moneyValue: of.reduce((n, c) => n + cents(c.moneyValue), 0) / 100, count: of.length };
      }),
    },
    outcomes,
    noteCounts: Object.fromEntries(VALUE_DIMENSIONS.keys.map((d) => [d, notes.filter((n) => n.valueDimension === d).length])),
  };
}

/** The same figures picked out of an API response, so the two compare with toEqual. */
function figuresOf(value: ValueFiguresDto, noteCounts?: Record<string, number>) {
  return {
    programs: value.programs,
    sessions: value.sessions,
    attendance: {
      total: value.attendance.total,
      byAgeBand: value.attendance.byAgeBand,
      byFormat: value.attendance.byFormat.map((f) => ({ format: f.format, sessions: f.sessions, attendance: f.attendance })),
      recordedViews: value.attendance.recordedViews,
    },
    sessionsReachingIntendedPublic: { matched: value.sessionsReachingIntendedPublic.matched, recorded: value.sessionsReachingIntendedPublic.recorded },
    contributions: {
      moneyValue: value.contributions.moneyValue,
      volunteerHours: value.contributions.volunteerHours,
      bySide: value.contributions.bySide.map((b) => ({ side: b.side, moneyValue: b.moneyValue, count: b.count })),
    },
    outcomes: value.outcomes.map((o) => ({
      measure: o.measure,
      timing: o.timing,
      results: o.results,
      respondents: o.respondents,
      nonResponses: o.nonResponses,
      answered: o.answered,
      agreeShare: o.agreeShare,
    })),
    ...(noteCounts ? { noteCounts } : {}),
  };
}

const DEMO_COMMUNICATION_COUNT = Object.values(DEMO_COMMUNICATIONS).reduce((n, log) => n + log.length, 0);
const DEMO_FOLLOW_UP_COUNT = Object.values(DEMO_COMMUNICATIONS).reduce((n, log) => n + log.reduce((m, c) => m + (c.followUps?.length ?? 0), 0), 0);
const DEMO_DUTY_COUNT = DEMO_PROGRAMS.reduce((n, p) => n + (p.duties?.length ?? 0), 0);
/** Audit entries of program records that carry a partner (roles, contributions, notes, duties). */
const PROGRAM_RECORD_TYPES = `('program-role', 'contribution', 'impact-note')`;

describe('demo data', () => {
  it('passes the API’s own validation rules, field by field', async () => {
    const day = dayFrom(new Date());
    for (const demo of DEMO_PARTNERS) {
      expect({ partner: demo.name, problems: await problems(CreatePartnerDto, partnerFields(demo, '8b0f2a57-3c5e-4a57-9d3c-2f1e0c4b5a69')) }).toEqual({ partner: demo.name, problems: [] });
      for (const c of demo.contacts) expect(await problems(CreateContactDto, contactFields(c, day))).toEqual([]);
      for (const g of demo.goals) expect(await problems(CreateGoalDto, goalFields(g, day))).toEqual([]);
      for (const a of demo.agreements) expect(await problems(CreateAgreementDto, agreementFields(a, day))).toEqual([]);
    }
  });

  it('describes 25 partners across every type and stage, each with one primary contact, goals and at most two agreements', () => {
    expect(DEMO_PARTNERS).toHaveLength(25);
    expect(new Set(DEMO_PARTNERS.map((p) => p.name.toLowerCase())).size).toBe(25);
    expect(new Set(DEMO_PARTNERS.map((p) => p.type))).toEqual(new Set(PARTNER_TYPES.keys));
    expect(new Set(DEMO_PARTNERS.map((p) => p.stage))).toEqual(new Set(PARTNER_STAGES.keys));
    for (const p of DEMO_PARTNERS) {
      expect({ name: p.name, contacts: p.contacts.length >= 1 && p.contacts.length <= 3 }).toEqual({ name: p.name, contacts: true });
      expect({ name: p.name, primaries: p.contacts.filter((c) => c.primary).length }).toEqual({ name: p.name, primaries: 1 });
      expect(p.goals.length).toBeGreaterThanOrEqual(1);
      expect(p.goals.length).toBeLessThanOrEqual(3);
      expect(p.agreements.length).toBeLessThanOrEqual(2);
    }
    expect(new Set(DEMO_PARTNERS.map((p) => p.liaison))).toEqual(new Set(['Dana Whitfield', 'Marcus Reyes', 'Lena Okafor', null]));
  });

  it('logs a year of communications with every partner, through every channel, with follow-ups the API would accept', async () => {
    expect(Object.keys(DEMO_COMMUNICATIONS).sort()).toEqual(DEMO_PARTNERS.map((p) => p.name).sort());
    const history = historyAt(new Date());
    expect(history.communications).toHaveLength(DEMO_COMMUNICATION_COUNT);
    expect(history.commitments).toHaveLength(DEMO_FOLLOW_UP_COUNT);
    for (const c of history.communications) {
      expect({ summary: c.body.summary, problems: await problems(CreateCommunicationDto, c.body) }).toEqual({ summary: c.body.summary, problems: [] });
    }
    const bodies = history.communications.map((c) => c.body);
    expect(new Set(bodies.map((b) => b.channel))).toEqual(new Set(['meeting', 'call', 'email', 'video', 'site-visit', 'event']));
    expect(new Set(bodies.map((b) => b.initiatedBy))).toEqual(new Set(['library', 'partner']));
    const oldest = Math.max(...Object.values(DEMO_COMMUNICATIONS).flatMap((log) => log.map((c) => c.daysAgo)));
    expect(oldest).toBeGreaterThanOrEqual(330);
    expect(oldest).toBeLessThanOrEqual(365);
    // Follow-ups on both sides, closed every way the API knows, and some still open.
    const statuses = history.commitments.map((c) => (c.status === 'done' ? (c.completedOn! <= c.dueOn ? 'done on time' : 'done late') : c.status));
    expect(new Set(statuses)).toEqual(new Set(['open', 'done on time', 'done late', 'missed', 'cancelled']));
    expect(new Set(history.commitments.map((c) => c.ownerSide))).toEqual(new Set(['library', 'partner']));
    expect(history.factorTags.some((t) => t.sign === 'negative') && history.factorTags.some((t) => t.note === null)).toBe(true);
  });

  it('keeps the history in the past whatever time of day the demo starts', () => {
    for (const now of ['2026-03-02T00:00:01Z', '2026-03-02T00:59:00Z', '2026-07-15T12:00:00Z', '2026-12-31T23:59:59Z']) {
      const at = new Date(now);
      const history = historyAt(at);
      const today = now.slice(0, 10);
      for (const c of history.communications) expect(c.createdAt.getTime()).toBeLessThanOrEqual(at.getTime());
      const day = new Map(history.communications.map((c) => [c.id, c.body.occurredAt.slice(0, 10)]));
      for (const c of history.commitments) {
        expect(c.dueOn >= day.get(c.communicationId)!).toBe(true);
        if (c.completedOn) expect(c.completedOn >= day.get(c.communicationId)! && c.completedOn < today).toBe(true);
        if (c.statusChangedAt) expect(c.statusChangedAt.getTime()).toBeLessThan(at.getTime());
      }
      for (const a of history.auditEntries) expect(a.occurredAt.getTime()).toBeLessThanOrEqual(at.getTime());
    }
  });

  it('plans a year of joint programs: most held, some ahead, one cancelled for funding and one postponed for the weather', () => {
    const rows = programsAt(new Date());
    const { programs, roles, sessions } = rows;
    expect(programs.length).toBeGreaterThanOrEqual(12);
    expect(programs.length).toBeLessThanOrEqual(18);
    expect(new Set(programs.map((p) => p.title)).size).toBe(programs.length);
    const byStatus = (status: string) => programs.filter((p) => p.status === status);
    expect(byStatus('held').length).toBeGreaterThan(programs.length / 2);
    expect(byStatus('planned').length).toBeGreaterThanOrEqual(2);
    expect(byStatus('cancelled').map((p) => p.statusReason)).toEqual(['funding']);
    expect(byStatus('postponed').map((p) => p.statusReason)).toEqual(['weather']);
    for (const p of [...byStatus('cancelled'), ...byStatus('postponed')]) expect(p.statusNote?.length).toBeGreaterThan(20);
    // Spread over the year behind and the weeks ahead.
    const today = day(new Date());
    expect(programs.some((p) => p.startsOn < day(new Date(Date.now() - 200 * 86_400_000)))).toBe(true);
    expect(byStatus('planned').every((p) => p.startsOn > today)).toBe(true);
    expect(byStatus('held').every((p) => p.endsOn < today)).toBe(true);
    // The library sponsors or co-sponsors, and once only promoted.
    expect(new Set(programs.map((p) => p.libraryRole))).toEqual(new Set(['sponsor', 'co-sponsor', 'promotion-only']));
    expect(programs.filter((p) => p.libraryRole === 'promotion-only')).toHaveLength(1);

    // The programs the partnerships are known for, with the partners who would run them.
    const playedBy = (title: RegExp) => {
      const program = programs.find((p) => title.test(p.title));
      expect({ title: String(title), found: program !== undefined }).toEqual({ title: String(title), found: true });
      return roles.filter((r) => r.programId === program!.id).map((r) => r.partnerId);
    };
    const ids = rows.partnerId;
    expect(playedBy(/health.*fair/i)).toContain(ids('Eastside Community Health Clinic'));
    expect(playedBy(/homework help/i)).toContain(ids('Millbrook Unified School District'));
    expect(playedBy(/job skills/i)).toContain(ids('Three Rivers Workforce Development Board'));
    expect(playedBy(/summer reading kickoff/i).length).toBeGreaterThanOrEqual(2);
    expect(playedBy(/museum family day/i)).toContain(ids('Millbrook Historical Society & Museum'));
    expect(playedBy(/esl conversation/i).length).toBeGreaterThanOrEqual(1);
    expect(playedBy(/eat well/i)).toContain(ids('Millbrook Area Food Bank'));

    // Partners in different roles, with responsibilities; owners mostly named a week or more ahead, some late or not yet.
    const perProgram = programs.map((p) => roles.filter((r) => r.programId === p.id));
    expect(perProgram.every((list) => list.length >= 1)).toBe(true);
    expect(perProgram.filter((list) => new Set(list.map((r) => r.role)).size >= 2).length).toBeGreaterThanOrEqual(programs.length / 2);
    expect(roles.every((r) => r.responsibilities.length > 10)).toBe(true);
    const startOf = new Map(programs.map((p) => [p.id, p.startsOn]));
    const inTime = roles.filter((r) => r.ownerNamedOn !== null && r.ownerNamedOn <= addDaysTo(startOf.get(r.programId)!, -7));
    const late = roles.filter((r) => r.ownerNamedOn !== null && r.ownerNamedOn > addDaysTo(startOf.get(r.programId)!, -7));
    expect(inTime.length).toBeGreaterThan(roles.length / 2);
    expect(late.length).toBeGreaterThanOrEqual(2);
    expect(roles.filter((r) => r.ownerContactId === null).length).toBeGreaterThanOrEqual(2);

    // Sessions: weekly series, every age band and format, a recorded one with its views, audiences mostly matched.
    const homework = programs.find((p) => /homework help/i.test(p.title))!;
    const nights = sessions.filter((s) => s.programId === homework.id).map((s) => s.startsAt.getTime());
    expect(nights.length).toBeGreaterThanOrEqual(8);
    expect(nights.slice(1).every((t, i) => t - nights[i]! === 7 * 86_400_000)).toBe(true);
    expect(new Set(sessions.map((s) => s.format))).toEqual(new Set(SESSION_FORMATS.keys));
    for (const band of AGE_BANDS.keys) {
      const column = { 'age-0-5': 'attendanceAge0To5', 'age-6-11': 'attendanceAge6To11', 'age-12-18': 'attendanceAge12To18', 'age-19-plus': 'attendanceAge19Plus', general: 'attendanceGeneral' } as const;
      expect({ band, attended: sessions.some((s) => s[column[band]] > 0) }).toEqual({ band, attended: true });
    }
    const recorded = sessions.filter((s) => s.format === 'recorded');
    expect(recorded.length).toBeGreaterThanOrEqual(1);
    expect(recorded.every((s) => (s.recordedViews ?? 0) > 0)).toBe(true);
    expect(sessions.filter((s) => s.format !== 'recorded').every((s) => s.recordedViews === null)).toBe(true);
    const matched = sessions.filter((s) => s.audienceMatched === true).length;
    const unmatched = sessions.filter((s) => s.audienceMatched === false).length;
    expect(unmatched).toBeGreaterThanOrEqual(1);
    expect(matched).toBeGreaterThan(5 * unmatched);
    expect(sessions.some((s) => s.audienceMatched === null)).toBe(true);
    const heldIds = new Set(byStatus('held').map((p) => p.id));
    expect(sessions.every((s) => heldIds.has(s.programId))).toBe(true);

    // The admin checklist mostly complete before the start, a couple not; the partner mostly credited.
    const readyBeforeStart = byStatus('held').filter((p) =>
      [p.agreementDoneOn, p.brandingApprovedOn, p.volunteersClearedOn, p.spaceBookedOn, p.timingConfirmedOn].every((d) => d !== null && d < p.startsOn),
    );
    expect(readyBeforeStart.length).toBeGreaterThan(byStatus('held').length / 2);
    expect(byStatus('held').length - readyBeforeStart.length).toBeGreaterThanOrEqual(2);
    expect(byStatus('held').length - readyBeforeStart.length).toBeLessThanOrEqual(3);
    expect(programs.filter((p) => p.partnerCredited).length).toBeGreaterThan(programs.length * 0.7);
    expect(programs.some((p) => !p.partnerCredited)).toBe(true);
  });

  it('records what each side gave, what participants said and the stories worth telling', () => {
    const rows = programsAt(new Date());
    const { contributions, outcomeResults, impactNotes } = rows;
    // Both sides, planned and actual, every kind of help that matters here.
    expect(new Set(contributions.map((c) => c.side))).toEqual(new Set(['library', 'partner']));
    expect(new Set(contributions.map((c) => c.stage))).toEqual(new Set(['planned', 'actual']));
    for (const type of ['volunteers', 'space', 'promotion', 'funding', 'staff-time'] as const) {
      expect({ type, lines: contributions.some((c) => c.type === type && c.stage === 'actual') }).toEqual({ type, lines: true });
    }
    expect(new Set(contributions.map((c) => c.type)).size).toBeGreaterThanOrEqual(CONTRIBUTION_TYPES.keys.length - 1);
    // Volunteer hours without an entered value are valued at the settings' rate, which is stored on the line.
    const volunteerHours = contributions.filter((c) => c.type === 'volunteers' && c.unit === 'hours');
    expect(volunteerHours.length).toBeGreaterThanOrEqual(5);
    for (const c of volunteerHours) {
      expect({ rate: c.rate, source: c.rateSource, year: c.rateYear, moneyValue: c.moneyValue }).toEqual({
        rate: DEFAULT_VOLUNTEER_HOUR_RATE.rate,
        source: DEFAULT_VOLUNTEER_HOUR_RATE.source,
        year: DEFAULT_VOLUNTEER_HOUR_RATE.year,
        moneyValue: valueAtRate(c.quantity!, DEFAULT_VOLUNTEER_HOUR_RATE.rate),
      });
    }
    expect(contributions.filter((c) => c.rate !== null)).toHaveLength(volunteerHours.length);
    expect(contributions.every((c) => (c.quantity === null) === (c.unit === null))).toBe(true);

    // Surveys in all four measures, immediate and follow-up, with non-responses; the counts add up.
    expect(new Set(outcomeResults.map((o) => o.measure))).toEqual(new Set(OUTCOME_MEASURES.keys));
    expect(new Set(outcomeResults.map((o) => o.timing))).toEqual(new Set(OUTCOME_TIMINGS.keys));
    expect(outcomeResults.filter((o) => o.nonResponses > 0).length).toBeGreaterThan(outcomeResults.length / 2);
    expect(outcomeResults.some((o) => o.sessionId !== null)).toBe(true);
    for (const o of outcomeResults) {
      expect(o.stronglyDisagree + o.disagree + o.neutral + o.agree + o.stronglyAgree + o.nonResponses).toBe(o.respondents);
    }

    // Notes of every kind in all three value dimensions; quotes mostly with consent, one without; a media mention's link.
    expect(new Set(impactNotes.map((n) => n.valueDimension))).toEqual(new Set(VALUE_DIMENSIONS.keys));
    expect(new Set(impactNotes.map((n) => n.kind))).toEqual(new Set(IMPACT_NOTE_KINDS.keys));
    const quotes = impactNotes.filter((n) => n.kind === 'quote');
    expect(quotes.filter((n) => !n.consentToQuote)).toHaveLength(1);
    expect(quotes.filter((n) => n.consentToQuote).length).toBeGreaterThanOrEqual(3);
    expect(impactNotes.filter((n) => n.kind !== 'quote').every((n) => !n.consentToQuote)).toBe(true);
    const mentions = impactNotes.filter((n) => n.kind === 'media-mention');
    expect(mentions.length).toBeGreaterThanOrEqual(1);
    expect(mentions.every((n) => /^https:\/\/[^ ]+\.example\//.test(n.sourceUrl ?? ''))).toBe(true);
    expect(impactNotes.some((n) => n.partnerId === null)).toBe(true);

    // Role duties on both sides, some done.
    expect(rows.duties).toHaveLength(DEMO_DUTY_COUNT);
    expect(new Set(rows.duties.map((d) => d.ownerSide))).toEqual(new Set(['library', 'partner']));
    expect(rows.duties.some((d) => d.status === 'done') && rows.duties.some((d) => d.status === 'open')).toBe(true);
  });

  it('describes programs, sessions, contributions, results, notes and duties the API would accept', async () => {
    const bodies = programBodies(programsAt(new Date()));
    const check = async (cls: new () => object, list: object[], name: (body: never) => string) => {
      for (const body of list) expect({ record: name(body as never), problems: await problems(cls, body) }).toEqual({ record: name(body as never), problems: [] });
    };
    await check(CreateProgramDto, bodies.programs, (b: { title: string }) => b.title);
    await check(CreateProgramSessionDto, bodies.sessions, (b: { startsAt: string }) => b.startsAt);
    await check(CreateContributionDto, bodies.contributions, (b: { description: string }) => b.description);
    await check(CreateOutcomeResultDto, bodies.outcomeResults, (b: { measure: string; timing: string }) => `${b.timing} ${b.measure}`);
    await check(CreateImpactNoteDto, bodies.impactNotes, (b: { text: string }) => b.text);
    await check(CreateCommitmentDto, bodies.duties, (b: { description: string }) => b.description);
  });

  it('keeps the programs’ history in the past whatever time of day the demo starts', () => {
    for (const now of ['2026-03-02T00:00:01Z', '2026-03-02T00:59:00Z', '2026-07-15T12:00:00Z', '2026-12-31T23:59:59Z']) {
      const at = new Date(now);
      const today = now.slice(0, 10);
      const rows = programsAt(at);
      for (const a of rows.auditEntries) expect(a.occurredAt.getTime()).toBeLessThan(at.getTime());
      for (const list of [rows.programs, rows.roles, rows.sessions, rows.contributions, rows.outcomeResults, rows.impactNotes, rows.duties]) {
        for (const r of list) expect(r.createdAt <= r.updatedAt && r.updatedAt < at).toBe(true);
      }
      for (const s of rows.sessions) expect(s.startsAt.getTime()).toBeLessThan(s.createdAt.getTime());
      for (const c of rows.contributions.filter((c) => c.stage === 'actual')) expect(c.contributedOn < today).toBe(true);
      for (const o of rows.outcomeResults) expect(o.collectedOn! < today).toBe(true);
      for (const n of rows.impactNotes) expect(n.notedOn < today).toBe(true);
      for (const d of rows.duties) if (d.completedOn) expect(d.completedOn < today).toBe(true);
      // The audit log tells each program's story in order, ending where the program is now.
      for (const p of rows.programs) {
        const entries = rows.auditEntries.filter((a) => a.entityId === p.id);
        expect(entries.map((a) => a.action)).toEqual(['create', ...Array<string>(p.version - 1).fill('update')]);
        expect(entries.at(-1)!.occurredAt).toEqual(p.updatedAt);
      }
    }
  });

  describe('loaded through the services', () => {
    let t: TestApp;
    let loaded: LoadedDemo;
    beforeAll(async () => {
      t = await startTestApp();
      loaded = await loadDemoData(demoServices(t.app));
    }, 60_000);
    afterAll(() => t.close());

    it('creates the partners, contacts, goals and agreements, each audited on its partner', async () => {
      const count = async (sql: string) => ((await t.db.query(sql)) as { n: number }[])[0]!.n;
      expect(await count('SELECT count(*)::int AS n FROM users')).toBe(3);
      expect(await count('SELECT count(*)::int AS n FROM partners WHERE archived_at IS NULL')).toBe(25);
      expect(await count('SELECT count(*)::int AS n FROM contacts')).toBe(DEMO_PARTNERS.reduce((n, p) => n + p.contacts.length, 0));
      expect(await count('SELECT count(*)::int AS n FROM goals')).toBe(DEMO_PARTNERS.reduce((n, p) => n + p.goals.length, 0));
      expect(await count('SELECT count(*)::int AS n FROM agreements')).toBe(DEMO_PARTNERS.reduce((n, p) => n + p.agreements.length, 0));
      // One primary per partner, stored as such.
      expect(await count('SELECT count(*)::int AS n FROM contacts WHERE is_primary')).toBe(25);
      // Every record's creation is on its partner's timeline; moved partners also have their stage change.
      const records = DEMO_PARTNERS.reduce((n, p) => n + 1 + p.contacts.length + p.goals.length + p.agreements.length, 0);
      const moves = DEMO_PARTNERS.filter((p) => p.movedFrom).length;
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE partner_id IS NOT NULL AND entity_type NOT IN ('communication', 'commitment', 'assessment') AND entity_type NOT IN ${PROGRAM_RECORD_TYPES}`)).toBe(
        records + moves,
      );
      // Each record is made by the liaison who looks after it.
      const mismatched = await count(`SELECT count(*)::int AS n FROM partners WHERE liaison_id IS NOT NULL AND created_by <> liaison_id`);
      expect(mismatched).toBe(0);
    });

    it('writes the year of communications and follow-ups, each audited on its partner by the person who did it', async () => {
      const count = async (sql: string) => ((await t.db.query(sql)) as { n: number }[])[0]!.n;
      expect(await count('SELECT count(*)::int AS n FROM communications')).toBe(DEMO_COMMUNICATION_COUNT);
      // Besides the follow-ups of communications, the only commitments are the programs' role duties.
      expect(await count('SELECT count(*)::int AS n FROM commitments WHERE communication_id IS NOT NULL')).toBe(DEMO_FOLLOW_UP_COUNT);
      expect(await count('SELECT count(*)::int AS n FROM commitments WHERE communication_id IS NULL AND program_id IS NOT NULL')).toBe(DEMO_DUTY_COUNT);
      expect(await count('SELECT count(*)::int AS n FROM commitments WHERE communication_id IS NULL AND program_id IS NULL')).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM communication_factor_tags')).toBeGreaterThan(DEMO_COMMUNICATION_COUNT / 5);
      // A 'create' entry for each record by its author, and an 'update' for each follow-up that was closed.
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries a JOIN communications c ON c.id = a.entity_id AND a.partner_id = c.partner_id
        WHERE a.entity_type = 'communication' AND a.action = 'create' AND a.actor_id = c.created_by AND a.occurred_at = c.created_at`)).toBe(DEMO_COMMUNICATION_COUNT);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries a JOIN commitments c ON c.id = a.entity_id AND a.partner_id = c.partner_id
        WHERE a.entity_type = 'commitment' AND a.action = 'create' AND a.actor_id = c.created_by AND a.changes->'status'->>'after' = 'open'
          AND c.communication_id IS NOT NULL`)).toBe(DEMO_FOLLOW_UP_COUNT);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries a JOIN commitments c ON c.id = a.entity_id
        WHERE a.entity_type = 'commitment' AND a.action = 'update' AND a.actor_id = c.status_changed_by AND a.occurred_at = c.status_changed_at
          AND a.changes->'status'->>'after' = c.status AND c.communication_id IS NOT NULL`)).toBe(
        await count(`SELECT count(*)::int AS n FROM commitments WHERE status <> 'open' AND communication_id IS NOT NULL`),
      );
      // Nothing dated after the load.
      const now = t.clock.now().toISOString();
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE occurred_at > '${now}'`)).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM communications WHERE occurred_at > '${now}' OR created_at > '${now}' OR created_at < occurred_at`)).toBe(0);
    });

    it('writes the programs and everything hanging off them, each audited by whoever recorded it, when they did', async () => {
      const count = async (sql: string) => ((await t.db.query(sql)) as { n: number }[])[0]!.n;
      const sum = (pick: (p: (typeof DEMO_PROGRAMS)[number]) => number) => DEMO_PROGRAMS.reduce((n, p) => n + pick(p), 0);
      const expected = {
        programs: DEMO_PROGRAMS.length,
        roles: sum((p) => p.roles.length),
        sessions: sum((p) => p.sessions?.length ?? 0),
        contributions: sum((p) => p.contributions?.length ?? 0),
        outcomeResults: sum((p) => p.outcomes?.length ?? 0),
        impactNotes: sum((p) => p.notes?.length ?? 0),
        duties: DEMO_DUTY_COUNT,
      };
      expect(loaded.programs).toMatchObject(expected);
      expect({
        programs: await count('SELECT count(*)::int AS n FROM programs WHERE archived_at IS NULL'),
        roles: await count('SELECT count(*)::int AS n FROM program_roles WHERE archived_at IS NULL'),
        sessions: await count('SELECT count(*)::int AS n FROM program_sessions WHERE archived_at IS NULL'),
        contributions: await count('SELECT count(*)::int AS n FROM contributions WHERE archived_at IS NULL'),
        outcomeResults: await count('SELECT count(*)::int AS n FROM outcome_results WHERE archived_at IS NULL'),
        impactNotes: await count('SELECT count(*)::int AS n FROM impact_notes WHERE archived_at IS NULL'),
        duties: await count('SELECT count(*)::int AS n FROM commitments WHERE program_id IS NOT NULL'),
      }).toEqual(expected);
      expect(expected.programs).toBeGreaterThanOrEqual(12);
      expect(expected.sessions).toBeGreaterThanOrEqual(40);

      // Every row went through the tables' check constraints on the way in; what they cannot say is checked here.
      // The trigger kept each program's totals of its sessions.
      expect(await count(`SELECT count(*)::int AS n FROM programs p,
          LATERAL (SELECT count(*)::int AS sessions,
                          coalesce(sum(attendance_age_0_5 + attendance_age_6_11 + attendance_age_12_18 + attendance_age_19_plus + attendance_general), 0)::int AS attendance,
                          coalesce(sum(recorded_views), 0)::int AS views
                     FROM program_sessions s WHERE s.program_id = p.id AND s.archived_at IS NULL) t
        WHERE p.session_count <> t.sessions OR p.attendance_total <> t.attendance OR p.recorded_views_total <> t.views`)).toBe(0);
      expect(await count('SELECT coalesce(sum(session_count), 0)::int AS n FROM programs')).toBe(expected.sessions);
      // Sessions inside their program's dates (UTC days); roles' owners are contacts of the role's partner.
      expect(await count(`SELECT count(*)::int AS n FROM program_sessions s JOIN programs p ON p.id = s.program_id
        WHERE (s.starts_at AT TIME ZONE 'UTC')::date NOT BETWEEN p.starts_on AND p.ends_on`)).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM program_roles r JOIN contacts c ON c.id = r.owner_contact_id WHERE c.partner_id <> r.partner_id`)).toBe(0);
      // Volunteer hours valued at the settings' rate, with the rate, its source and year on the line.
      expect(await count(`SELECT count(*)::int AS n FROM contributions c, library_settings s
        WHERE c.type = 'volunteers' AND c.unit = 'hours' AND (c.rate IS DISTINCT FROM s.volunteer_hour_rate
          OR c.rate_source IS DISTINCT FROM s.volunteer_rate_source OR c.rate_year IS DISTINCT FROM s.volunteer_rate_year
          OR c.money_value <> round(c.quantity * c.rate, 2))`)).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM contributions WHERE rate IS NOT NULL`)).toBe(
        await count(`SELECT count(*)::int AS n FROM contributions WHERE type = 'volunteers' AND unit = 'hours'`),
      );

      // A 'create' entry for every record, by whoever recorded it, when they did, on the partner it concerns.
      const created = async (table: string, entityType: string, partner: string) =>
        count(`SELECT count(*)::int AS n FROM ${table} r JOIN audit_entries a ON a.entity_id = r.id AND a.entity_type = '${entityType}' AND a.action = 'create'
          WHERE a.actor_id = r.created_by AND a.occurred_at = r.created_at AND a.partner_id IS NOT DISTINCT FROM ${partner}`);
      expect({
        programs: await created('programs', 'program', 'NULL'),
        roles: await created('program_roles', 'program-role', 'r.partner_id'),
        sessions: await created('program_sessions', 'program-session', 'NULL'),
        contributions: await created('contributions', 'contribution', 'r.partner_id'),
        outcomeResults: await created('outcome_results', 'outcome-result', 'NULL'),
        impactNotes: await created('impact_notes', 'impact-note', 'r.partner_id'),
        duties: await count(`SELECT count(*)::int AS n FROM commitments r JOIN audit_entries a ON a.entity_id = r.id AND a.entity_type = 'commitment' AND a.action = 'create'
          WHERE r.program_id IS NOT NULL AND a.actor_id = r.created_by AND a.occurred_at = r.created_at AND a.partner_id = r.partner_id
            AND a.changes->'programId'->>'after' = r.program_id::text`),
      }).toEqual(expected);
      // And an 'update' entry for each later change (version − 1 of them), the last one when the record last changed.
      for (const [table, entityType] of [['programs', 'program'], ['program_roles', 'program-role'], ['commitments', 'commitment']]) {
        expect({
          table,
          mismatched: await count(`SELECT count(*)::int AS n FROM ${table} r,
              LATERAL (SELECT count(*)::int AS updates, max(occurred_at) AS last FROM audit_entries a
                        WHERE a.entity_id = r.id AND a.entity_type = '${entityType}' AND a.action = 'update') u
            WHERE ${table === 'commitments' ? 'r.program_id IS NOT NULL AND' : ''} (u.updates <> r.version - 1 OR (u.updates > 0 AND u.last <> r.updated_at))`),
        }).toEqual({ table, mismatched: 0 });
      }
      // The programs held, cancelled and postponed say so in the log (the partner timeline's program events).
      expect(await count(`SELECT count(*)::int AS n FROM programs p JOIN audit_entries a ON a.entity_id = p.id AND a.action = 'update'
        WHERE a.changes->'status'->>'after' = p.status`)).toBe(await count(`SELECT count(*)::int AS n FROM programs WHERE status <> 'planned'`));
      // Nothing dated after the load.
      const now = t.clock.now().toISOString();
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE occurred_at > '${now}'`)).toBe(0);
      for (const table of ['programs', 'program_roles', 'program_sessions', 'contributions', 'outcome_results', 'impact_notes', 'commitments']) {
        expect({ table, future: await count(`SELECT count(*)::int AS n FROM ${table} WHERE created_at > '${now}' OR updated_at > '${now}'`) }).toEqual({ table, future: 0 });
      }
      expect(await count(`SELECT count(*)::int AS n FROM program_sessions WHERE starts_at > '${now}'`)).toBe(0);
    });

    it('agrees with the programs list and its totals (GET /api/v1/programs)', async () => {
      const rows = buildDemoPrograms({ now: t.clock.now(), staff: loaded.staff, partners: loaded.partners, contacts: loaded.contacts, rate: { ...DEFAULT_VOLUNTEER_HOUR_RATE } });
      const lena = await t.signIn('librarian@commonground.example', 'common-ground-demo');
      const list = (await lena.get('/api/v1/programs?limit=100').expect(200)).body as ProgramPageDto;
      const attendanceOf = (s: DemoProgramRows['sessions'][number]) =>
        s.attendanceAge0To5 + s.attendanceAge6To11 + s.attendanceAge12To18 + s.attendanceAge19Plus + s.attendanceGeneral;
      expect(list.total).toBe(rows.programs.length);
      expect(list.totals).toEqual({
        programs: rows.programs.length,
        sessions: rows.sessions.length,
        attendance: rows.sessions.reduce((n, s) => n + attendanceOf(s), 0),
      });
      const partnerName = new Map([...loaded.partners.values()].map((p) => [p.id, p.name]));
      const fromApi = list.items.map((item) => ({
        title: item.title,
        status: item.status,
        startsOn: item.startsOn,
        totals: item.totals,
        checklistComplete: item.checklistComplete,
        partners: item.partners.flatMap((p) => p.roles.map((role) => `${p.name}: ${role}`)).sort(),
      }));
      const fromData = rows.programs.map((p) => {
        const sessions = rows.sessions.filter((s) => s.programId === p.id);
        return {
          title: p.title,
          status: p.status,
          startsOn: p.startsOn,
          totals: {
            sessions: sessions.length,
            attendance: sessions.reduce((n, s) => n + attendanceOf(s), 0),
            recordedViews: sessions.reduce((n, s) => n + (s.recordedViews ?? 0), 0),
          },
          checklistComplete: [p.agreementDoneOn, p.brandingApprovedOn, p.volunteersClearedOn, p.spaceBookedOn, p.timingConfirmedOn].every((d) => d !== null),
          partners: rows.roles.filter((r) => r.programId === p.id).map((r) => `${partnerName.get(r.partnerId)}: ${r.role}`).sort(),
        };
      });
      const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
      expect(fromApi.sort(byTitle)).toEqual(fromData.sort(byTitle));
      // Newest first by default.
      expect(list.items.map((p) => p.startsOn)).toEqual([...list.items.map((p) => p.startsOn)].sort().reverse());
      // Filters the partner page uses.
      const clinic = loaded.partners.get('Eastside Community Health Clinic')!;
      const clinics = (await lena.get(`/api/v1/programs?partnerId=${clinic.id}&limit=100`).expect(200)).body as ProgramPageDto;
      expect(clinics.items.map((p) => p.title).sort()).toEqual(['Community Health Fair: Mind and Body', 'Health-Literacy Fair']);
      const held = (await lena.get('/api/v1/programs?status=held&limit=100').expect(200)).body as ProgramPageDto;
      expect(held.total).toBe(rows.programs.filter((p) => p.status === 'held').length);

      // The ledger's totals of what was actually given, volunteer hours valued at the rate.
      const actual = rows.contributions.filter((c) => c.stage === 'actual');
      const ledger = (await lena.get('/api/v1/contributions?stage=actual&limit=1').expect(200)).body as { total: number; totals: { moneyValue: number; volunteerHours: number } };
      expect(ledger.total).toBe(actual.length);
      expect(ledger.totals.moneyValue).toBe(actual.reduce((n, c) => n + cents(c.moneyValue), 0) / 100);
      expect(ledger.totals.volunteerHours).toBe(actual.filter((c) => c.type === 'volunteers' && c.unit === 'hours').reduce((n, c) => n + cents(c.quantity), 0) / 100);
    });

    it('agrees with every partner’s value view, this year and last, and with a program’s', async () => {
      const rows = buildDemoPrograms({ now: t.clock.now(), staff: loaded.staff, partners: loaded.partners, contacts: loaded.contacts, rate: { ...DEFAULT_VOLUNTEER_HOUR_RATE } });
      const lena = await t.signIn('librarian@commonground.example', 'common-ground-demo');
      const year = t.clock.now().getUTCFullYear();
      const partnerIds = [...new Set(rows.roles.map((r) => r.partnerId))];
      expect(partnerIds.length).toBeGreaterThanOrEqual(12);
      let sessionsSeen = 0;
      for (const partnerId of partnerIds) {
        const value = (await lena.get(`/api/v1/partners/${partnerId}/value?year=${year}`).expect(200)).body as PartnerValueDto;
        const name = value.partner.name;
        expect({ name, ...figuresOf(value, value.noteCounts as unknown as Record<string, number>) }).toEqual({
          name,
          ...valueOf(rows, { partnerId }, `${year}-01-01`, `${year}-12-31`),
        });
        const { noteCounts: _ignored, ...previous } = valueOf(rows, { partnerId }, `${year - 1}-01-01`, `${year - 1}-12-31`);
        expect({ name, ...figuresOf(value.previous) }).toEqual({ name, ...previous });
        sessionsSeen += value.sessions + value.previous.sessions;
      }
      // The two years together hold the whole year of sessions.
      expect(sessionsSeen).toBeGreaterThanOrEqual(rows.sessions.length);

      // A program's own view: everything of the job skills series, whenever dated.
      const list = (await lena.get('/api/v1/programs?q=Job%20Skills&limit=10').expect(200)).body as ProgramPageDto;
      const series = list.items.find((p) => p.title === 'Job Skills Workshop Series')!;
      const program = (await lena.get(`/api/v1/programs/${series.id}/value`).expect(200)).body as ProgramValueDto;
      const programId = rows.programs.find((p) => p.title === 'Job Skills Workshop Series')!.id;
      expect(figuresOf(program, program.noteCounts as unknown as Record<string, number>)).toEqual(valueOf(rows, { programId }, '0000-01-01', '9999-12-31'));
      expect(program.attendance.recordedViews).toBeGreaterThan(0);
      expect(program.outcomes.length).toBe(5);
    });

    it('gives the demo librarian a home page: follow-ups overdue and due this week, and partners going quiet', async () => {
      const today = t.clock.now().toISOString().slice(0, 10);
      const [lena] = (await t.db.query(`SELECT id FROM users WHERE email = 'librarian@commonground.example'`)) as { id: string }[];
      const followUps = (await t.db.query(
        `SELECT count(*) FILTER (WHERE due_on < $2::date)::int AS overdue,
                count(*) FILTER (WHERE due_on BETWEEN $2::date AND $2::date + 6)::int AS this_week
           FROM commitments WHERE owner_user_id = $1 AND status = 'open' AND archived_at IS NULL`,
        [lena!.id, today],
      )) as { overdue: number; this_week: number }[];
      expect(followUps[0]!.overdue).toBeGreaterThanOrEqual(3);
      expect(followUps[0]!.this_week).toBeGreaterThanOrEqual(3);

      // The attention rule: an active or sustaining partner with no live two-way substantive communication within its
      // cadence (days counted between UTC dates; exactly the cadence is not quiet yet).
      const quiet = (await t.db.query(
        `SELECT p.name, l.email, $1::date - max(c.occurred_at AT TIME ZONE 'UTC')::date AS days, p.contact_cadence_days AS cadence
           FROM partners p
           JOIN users l ON l.id = p.liaison_id
           LEFT JOIN communications c ON c.partner_id = p.id AND c.two_way AND c.substantive AND c.archived_at IS NULL
          WHERE p.archived_at IS NULL AND p.stage = ANY($2::text[])
          GROUP BY p.id, l.email`,
        [today, ACTIVE_STAGES],
      )) as { name: string; email: string; days: number; cadence: number }[];
      const quietNames = (email: string) => quiet.filter((p) => p.email === email && p.days > p.cadence).map((p) => p.name);
      expect(quietNames('librarian@commonground.example')).toEqual(['State University Extension – Millbrook County']);
      expect(quietNames('manager@commonground.example')).toEqual(['Oak Street Senior Center']);
      expect(quietNames('admin@commonground.example')).toEqual(['The Millbrook Courier']);
      // Going quiet (within a week of the cadence), and most partners comfortably within it.
      expect(quiet.filter((p) => p.days <= p.cadence && p.days >= p.cadence - 7).map((p) => p.name).sort()).toEqual([
        'Eastside Community Health Clinic',
        'Millbrook Arts Council',
        'Millbrook Parks and Recreation Department',
      ]);
      expect(quiet.filter((p) => p.days < p.cadence - 7).length).toBeGreaterThan(quiet.length / 2);
    });

    it('shows on the librarian’s home page and the manager’s attention list', async () => {
      const lena = await t.signIn('librarian@commonground.example', 'common-ground-demo');
      const day = (await lena.get('/api/v1/my-day').expect(200)).body as {
        overdueFollowUps: { description: string }[];
        dueThisWeek: { description: string }[];
        quietPartners: { partner: { name: string }; state: string }[];
        recentlyLogged: unknown[];
      };
      expect(day.overdueFollowUps.length).toBeGreaterThanOrEqual(3);
      expect(day.dueThisWeek.length).toBeGreaterThanOrEqual(3);
      expect(day.recentlyLogged).toHaveLength(5);
      expect(day.quietPartners.map((p) => [p.partner.name, p.state])).toEqual([
        ['State University Extension – Millbrook County', 'quiet'],
        ['Millbrook Parks and Recreation Department', 'going-quiet'],
      ]);
      const marcus = await t.signIn('manager@commonground.example', 'common-ground-demo');
      const attention = (await marcus.get('/api/v1/attention').expect(200)).body as { counts: { quietPartner: number; overdueCommitment: number } };
      expect(attention.counts.quietPartner).toBe(3);
      expect(attention.counts.overdueCommitment).toBeGreaterThan(10);
    });

    it('looks current: some partners need a review soon, others do not', async () => {
      const admin = await t.signIn('admin@commonground.example', 'common-ground-demo');
      const due = await admin.get('/api/v1/partners?needsReview=true&limit=100').expect(200);
      const all = await admin.get('/api/v1/partners?limit=100').expect(200);
      expect(all.body.total).toBe(25);
      // 7 with an agreement review within 30 days or overdue, 4 with a goal past its yearly review (2 of them also
      // with such an agreement), 2 with a goal never reviewed.
      expect(due.body.total).toBe(11);
      const courier = (all.body.items as { name: string; needsReview: boolean; primaryContact: { name: string } | null; liaison: { name: string } | null }[]).find(
        (p) => p.name === 'The Millbrook Courier',
      );
      expect(courier).toMatchObject({ needsReview: false, primaryContact: { name: 'Rachel Nguyen' }, liaison: { name: 'Dana Whitfield' } });
    });
  });
});

describe('demo assessments', () => {
  it('give each respondent the factor means the data file describes, "don’t know" left out', () => {
    for (const round of DEMO_ASSESSMENT_ROUNDS) {
      for (const response of round.responses) {
        const answers = demoAnswers(response);
        for (const factor of FACTORS.keys) {
          const mean = respondentFactorMean({ answers } as Parameters<typeof respondentFactorMean>[0], factor, DEFAULT_POLICY);
          const known = 5 - (response.dontKnow ?? []).filter((id) => id.startsWith(factor)).length;
          expect(mean).toBeCloseTo(Math.round(response.levels[factor] * known) / known, 9);
        }
      }
    }
  });

  describe('loaded through the services', () => {
    let t: TestApp;
    let loaded: LoadedDemo;
    const healthOf = (name: string) => t.app.get(HealthService).partnerHealth(loaded.partners.get(name)!.id);
    const factorOf = async (name: string, factor: string) => (await healthOf(name)).factors.find((f) => f.factor === factor)!;
    beforeAll(async () => {
      t = await startTestApp();
      loaded = await loadDemoData(demoServices(t.app));
    }, 120_000);
    afterAll(() => t.close());

    it('saves the demo year’s funder summary with every sponsored session of the last twelve months and the partners’ health', async () => {
      const report = (await t.db.query(
        `SELECT funder_name, period_from::text AS "from", period_to::text AS "to", figures FROM impact_reports WHERE id = $1`,
        [loaded.report.id],
      )) as { funder_name: string; from: string; to: string; figures: ImpactReportFiguresDto }[];
      expect(report).toHaveLength(1);
      const { from, to, figures } = report[0]!;
      expect(to).toBe(t.clock.now().toISOString().slice(0, 10));
      // Counted from the demo's own description, not the report's SQL: sessions of programs the library sponsors or
      // co-sponsors whose day falls in the period, and the promotion-only ones apart.
      const held = await t.db.query(
        `SELECT p.library_role, count(*)::int AS sessions FROM program_sessions s JOIN programs p ON p.id = s.program_id
          WHERE (s.starts_at AT TIME ZONE 'UTC')::date BETWEEN $1 AND $2 GROUP BY p.library_role`,
        [from, to],
      ) as { library_role: string; sessions: number }[];
      const sessionsOf = (...roles: string[]) => held.filter((h) => roles.includes(h.library_role)).reduce((n, h) => n + h.sessions, 0);
      expect(figures.outputs.sessions).toBe(sessionsOf('sponsor', 'co-sponsor'));
      expect(figures.outputs.sessions).toBeGreaterThanOrEqual(30);
      expect(figures.outputs.promotionOnly.sessions).toBe(sessionsOf('promotion-only'));
      expect(figures.header.preparedBy?.name).toBe('Dana Whitfield');
      expect(figures.header.libraryName).toBe('Millbrook Public Library');
      expect(figures.health.withSnapshot).toBeGreaterThan(0);
      expect(figures.stories.total).toBeGreaterThan(0);
    });

    it('stores every round and a year of monthly health snapshots with the model version', async () => {
      const rounds = DEMO_ASSESSMENT_ROUNDS.length;
      const responses = DEMO_ASSESSMENT_ROUNDS.reduce((n, r) => n + r.responses.length, 0);
      expect(loaded.assessments).toMatchObject({ waves: rounds, responses });
      // Each answer is on its partner's timeline, when it was given, by the staff member who gave it (a partner's by nobody).
      const audited = (await t.db.query(
        `SELECT count(*)::int AS n FROM assessments s JOIN audit_entries a ON a.entity_type = 'assessment' AND a.entity_id = s.id AND a.action = 'create'
          WHERE a.partner_id = s.partner_id AND a.occurred_at = s.answered_at AND a.actor_id IS NOT DISTINCT FROM s.respondent_user_id
            AND a.changes->'respondentName'->>'after' = (SELECT coalesce(u.name, k.name) FROM assessments x
                 LEFT JOIN users u ON u.id = x.respondent_user_id LEFT JOIN contacts k ON k.id = x.respondent_contact_id WHERE x.id = s.id)`,
      )) as { n: number }[];
      expect(audited[0]!.n).toBe(responses);
      const rows = (await t.db.query(
        `SELECT count(DISTINCT as_of) FILTER (WHERE reason = 'monthly')::int AS months, count(*) FILTER (WHERE reason = 'assessment')::int AS after,
                count(DISTINCT model_version)::int AS versions FROM health_snapshots`,
      )) as { months: number; after: number; versions: number }[];
      // Twelve 1sts of the month and today (the same day when the demo starts on a 1st).
      expect(rows[0]!.months).toBeGreaterThanOrEqual(12);
      expect(rows[0]!.after).toBe(rounds);
      expect(rows[0]!.versions).toBe(1);
    });

    it('makes the range of profiles a manager should see: a perception gap, one side only, a stale round, a resource concern, a thriving partnership', async () => {
      const gap = await factorOf('Three Rivers Workforce Development Board', 'CE');
      expect(gap.flags.map((f) => f.key)).toContain('perception-gap');
      expect(gap.sides.library!.mean - gap.sides.partner!.mean).toBeGreaterThanOrEqual(1);

      const clinic = await healthOf('Eastside Community Health Clinic');
      expect(clinic.factors.every((f) => f.flags.some((flag) => flag.key === 'single-side'))).toBe(true);

      const museum = await healthOf('Millbrook Historical Society & Museum');
      expect(museum.factors.some((f) => f.flags.some((flag) => flag.key === 'stale'))).toBe(true);

      const forge = await factorOf('Forge Makerspace', 'OC');
      expect(forge.band).toBe('concern');

      const school = await healthOf('Millbrook Unified School District');
      expect(school.profile.concern).toBe(0);
      expect(school.profile.strength).toBeGreaterThanOrEqual(3);
      expect(school.factors.find((f) => f.factor === 'CE')!.confidence).toBe('high');
    });
  });
});
