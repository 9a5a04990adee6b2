import type { Side } from '@common-ground/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { bulkInsert, type ColumnSpec } from '../bench/bulk-insert';
import { auditChanges } from '../modules/audit/audit-diff';
import type { AuditAction } from '../modules/audit/audit-entry.entity';
import type { CommitmentEntity } from '../modules/commitments/commitment.entity';
import { commitmentAuditSnapshot } from '../modules/commitments/commitment.mapper';
import type { ContributionEntity } from '../modules/contributions/contribution.entity';
import { contributionAuditSnapshot } from '../modules/contributions/contribution.mapper';
import { valueAtRate } from '../modules/contributions/money';
import type { ImpactNoteEntity } from '../modules/impact-notes/impact-note.entity';
import { impactNoteAuditSnapshot } from '../modules/impact-notes/impact-note.mapper';
import type { OutcomeResultEntity } from '../modules/outcome-results/outcome-result.entity';
import { outcomeResultAuditSnapshot } from '../modules/outcome-results/outcome-result.mapper';
import type { ProgramRoleEntity } from '../modules/program-roles/program-role.entity';
import { programRoleAuditSnapshot } from '../modules/program-roles/program-role.mapper';
import type { ProgramSessionEntity } from '../modules/program-sessions/program-session.entity';
import { programSessionAuditSnapshot } from '../modules/program-sessions/program-session.mapper';
import { sessionRuleErrors } from '../modules/program-sessions/session-rules';
import type { ProgramEntity } from '../modules/programs/program.entity';
import { programAuditSnapshot } from '../modules/programs/program.mapper';
import { programRuleErrors } from '../modules/programs/program-rules';
import { DEMO_PARTNERS, type DemoStaffName } from './demo-partners';
import { type DemoChecklistItem, type DemoProgram, DEMO_PROGRAMS } from './demo-programs';
import type { DemoCommunicationsInput } from './load-demo-communications';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Hours of the day (UTC; the library is on US Central time) at which the demo's librarians record things. */
const RECORDED_HOUR = 16;
const CHECKLIST_HOUR = 20;
const STATUS_HOUR = 15;
const SUMMARY_HOUR = 18;
const OWNER_NAMED_HOUR = 17;
const NOTED_HOUR = 21;
/** Sessions are entered the morning after, before anything else is done that day. */
const SESSION_ENTERED_HOUR = 14;
const DEFAULT_SESSION_HOUR = 23;

/** The entity's column for each checklist item. */
const CHECKLIST_COLUMNS = {
  agreement: 'agreementDoneOn',
  brandingApproved: 'brandingApprovedOn',
  volunteersCleared: 'volunteersClearedOn',
  spaceBooked: 'spaceBookedOn',
  timingConfirmed: 'timingConfirmedOn',
} as const satisfies Record<DemoChecklistItem, keyof ProgramEntity>;

/** The volunteer-hour value in the settings at load time, copied onto each volunteer-hours line it values. */
export interface VolunteerRate {
  rate: number;
  source: string;
  year: number;
}

/** The same inputs as the communications' history: the demo's clock, staff, partners and their contacts. */
export type DemoProgramsInput = DemoCommunicationsInput;

/** What was written, for the log line and the tests. */
export interface DemoProgramsResult {
  programs: number;
  roles: number;
  sessions: number;
  contributions: number;
  outcomeResults: number;
  impactNotes: number;
  duties: number;
  auditEntries: number;
}

type AuditedType = 'program' | 'program-role' | 'program-session' | 'contribution' | 'outcome-result' | 'impact-note' | 'commitment';

export interface DemoAuditRow {
  occurredAt: Date;
  actorId: string;
  entityType: AuditedType;
  entityId: string;
  action: AuditAction;
  changes: Record<string, unknown>;
  partnerId: string | null;
}

/** The rows the demo's programs become, shaped like the entities the services write. */
export interface DemoProgramRows {
  programs: ProgramEntity[];
  roles: ProgramRoleEntity[];
  sessions: ProgramSessionEntity[];
  contributions: ContributionEntity[];
  outcomeResults: OutcomeResultEntity[];
  impactNotes: ImpactNoteEntity[];
  /** Role duties: commitments linked to their program (and to no communication). */
  duties: CommitmentEntity[];
  /** Oldest first, so the log's insertion order (its tie-breaker) follows time. */
  auditEntries: DemoAuditRow[];
}

/**
 * Writes the demo's year of joint programs (demo-programs.ts): programs, partners' roles, sessions with attendance,
 * contributions, outcome results, impact notes and role duties.
 *
 * Like the communications (see load-demo-communications.ts), and for the same reason, they are history written
 * straight into the tables with their past dates, in one transaction and a few multi-row statements, with the rows
 * and audit entries the services would have written: a 'create' entry for every record by whoever recorded it, at
 * the time they did, and an 'update' entry for each later change (checklist items ticked off, the program held,
 * cancelled or postponed, the outcome summary shared, a role's owner named, a duty done). Programs' session totals
 * are kept by the database trigger, as for sessions the API writes. Volunteer hours are valued at the settings'
 * rate, read in the same transaction. The rules that need the clock or the partners (dates, contacts of the right
 * partner, the programs table's rules) are checked here; the request bodies are checked against the API's DTOs in
 * load-demo-data.spec.ts.
 */
export async function loadDemoPrograms(input: DemoProgramsInput): Promise<DemoProgramsResult> {
  return input.dataSource.transaction(async (db) => {
    const rows = buildDemoPrograms({ ...input, rate: await volunteerRate(db) });
    await bulkInsert(db, 'programs', PROGRAM_COLUMNS, rows.programs);
    await bulkInsert(db, 'program_roles', ROLE_COLUMNS, rows.roles);
    await bulkInsert(db, 'program_sessions', SESSION_COLUMNS, rows.sessions);
    await bulkInsert(db, 'contributions', CONTRIBUTION_COLUMNS, rows.contributions);
    await bulkInsert(db, 'outcome_results', OUTCOME_COLUMNS, rows.outcomeResults);
    await bulkInsert(db, 'impact_notes', NOTE_COLUMNS, rows.impactNotes);
    await bulkInsert(db, 'commitments', DUTY_COLUMNS, rows.duties);
    await bulkInsert(db, 'audit_entries', AUDIT_COLUMNS, rows.auditEntries);
    return {
      programs: rows.programs.length,
      roles: rows.roles.length,
      sessions: rows.sessions.length,
      contributions: rows.contributions.length,
      outcomeResults: rows.outcomeResults.length,
      impactNotes: rows.impactNotes.length,
      duties: rows.duties.length,
      auditEntries: rows.auditEntries.length,
    };
  });
}

async function volunteerRate(db: EntityManager): Promise<VolunteerRate> {
  const [row] = (await db.query(
    `SELECT volunteer_hour_rate::text AS rate, volunteer_rate_source AS source, volunteer_rate_year AS year FROM library_settings WHERE id = 1`,
  )) as { rate: string; source: string; year: number }[];
  if (!row) throw new Error('library_settings has no row; run the migrations');
  return { rate: Number(row.rate), source: row.source, year: row.year };
}

// ---------------------------------------------------------------------------------------------------------------
// Rows

export type DemoProgramsBuildInput = Omit<DemoProgramsInput, 'dataSource'> & { rate: VolunteerRate };

/** Turns the demo's programs into rows, dated from `now`; throws, naming the record, when one breaks a rule. */
export function buildDemoPrograms(input: DemoProgramsBuildInput): DemoProgramRows {
  const out: DemoProgramRows = { programs: [], roles: [], sessions: [], contributions: [], outcomeResults: [], impactNotes: [], duties: [], auditEntries: [] };
  for (const demo of DEMO_PROGRAMS) buildProgram(demo, input, out);
  // Stable sort: records made at the same instant (a program and its roles) keep their order.
  out.auditEntries.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return out;
}

function buildProgram(demo: DemoProgram, input: DemoProgramsBuildInput, out: DemoProgramRows): void {
  const { now } = input;
  const today = utcDay(now);
  const fail = (what: string): never => {
    throw new Error(`Demo program “${demo.title}”: ${what}`);
  };
  /** An instant something was done: never at or after the load. */
  const done = (day: string, hour: number, what: string): Date => {
    const at = atHour(day, hour);
    if (at >= now) fail(`${what} would be in the future (${at.toISOString()})`);
    return at;
  };
  const partnerOf = (name: string) => input.partners.get(name) ?? fail(`no demo partner named ${name}`);
  const contactOf = (partnerName: string, name: string) =>
    (input.contacts.get(partnerName) ?? []).find((c) => c.name === name)?.id ?? fail(`${name} is not a contact of ${partnerName}`);
  const staffOf = (name: DemoStaffName) => input.staff.get(name) ?? fail(`no demo user named ${name}`);

  const lead = demo.roles[0] ?? fail('a program needs at least one partner role');
  const leadPartner = DEMO_PARTNERS.find((p) => p.name === lead.partner) ?? fail(`no demo partner named ${lead.partner}`);
  const manager = [...input.staff.values()].find((s) => s.role === 'manager');
  const actor = demo.by ? staffOf(demo.by) : leadPartner.liaison ? staffOf(leadPartner.liaison) : (manager ?? fail('demo data needs a manager'));

  const startsOn = addDays(today, demo.startsIn);
  const endsOn = addDays(startsOn, demo.lastsDays ?? 0);
  const fromStart = (days: number) => addDays(startsOn, days);
  const createdDay = fromStart(-demo.recordedDaysBefore);
  const createdAt = done(createdDay, RECORDED_HOUR, 'recording it');
  const audit = (occurredAt: Date, entityType: AuditedType, entityId: string, action: AuditAction, changes: Record<string, unknown>, partnerId: string | null) =>
    out.auditEntries.push({ occurredAt, actorId: actor.id, entityType, entityId, action, changes, partnerId });

  // ---- The program, as recorded and then as it is now: a change entry for each later step.
  const checklistDay = (item: DemoChecklistItem) => (demo.checklist[item] === undefined ? null : fromStart(-demo.checklist[item]));
  const program: ProgramEntity = {
    id: randomUUID(),
    title: demo.title,
    description: demo.description,
    topic: demo.topic,
    primaryOutcome: demo.primaryOutcome,
    developmentModel: demo.developmentModel,
    format: demo.format,
    location: demo.location,
    audienceScope: demo.targetGroups ? 'specific-groups' : 'whole-community',
    targetGroups: demo.targetGroups ?? [],
    ageBands: demo.ageBands,
    libraryRole: demo.libraryRole,
    impactAreas: demo.impactAreas,
    startsOn,
    endsOn,
    status: demo.status,
    statusReason: demo.statusReason ?? null,
    statusNote: demo.statusNote ?? null,
    agreementDoneOn: checklistDay('agreement'),
    brandingApprovedOn: checklistDay('brandingApproved'),
    volunteersClearedOn: checklistDay('volunteersCleared'),
    spaceBookedOn: checklistDay('spaceBooked'),
    timingConfirmedOn: checklistDay('timingConfirmed'),
    partnerCredited: demo.partnerCredited,
    outcomeSummarySharedOn: demo.summarySharedAfter === undefined ? null : addDays(endsOn, demo.summarySharedAfter),
    sessionCount: 0,
    attendanceTotal: 0,
    recordedViewsTotal: 0,
    createdAt,
    updatedAt: createdAt,
    createdBy: actor.id,
    updatedBy: actor.id,
    version: 1,
    archivedAt: null,
  };
  const ruleErrors = programRuleErrors(program);
  if (ruleErrors.length > 0) fail(ruleErrors.map((e) => `${e.field}: ${e.message}`).join('; '));
  if (demo.status === 'held' && endsOn >= today) fail('held, but not over yet');
  if (demo.status === 'planned' && startsOn <= today) fail('planned, but already started');
  for (const item of Object.keys(CHECKLIST_COLUMNS) as DemoChecklistItem[]) {
    const day = checklistDay(item);
    if (day !== null && (day < createdDay || day >= today)) fail(`checklist ${item} done before the program was recorded, or not yet`);
  }

  // The steps after it was recorded, each one a change by the person who keeps the program up to date.
  const steps = new Map<number, Partial<ProgramEntity>>();
  const step = (at: Date, change: Partial<ProgramEntity>) => steps.set(at.getTime(), { ...steps.get(at.getTime()), ...change });
  const initial: ProgramEntity = { ...program, status: 'planned', statusReason: null, statusNote: null, outcomeSummarySharedOn: null };
  for (const [item, column] of Object.entries(CHECKLIST_COLUMNS) as [DemoChecklistItem, (typeof CHECKLIST_COLUMNS)[DemoChecklistItem]][]) {
    const day = program[column];
    if (day !== null && day > createdDay) {
      initial[column] = null;
      step(done(day, CHECKLIST_HOUR, `ticking off ${item}`), { [column]: day });
    }
  }
  if (demo.status === 'held') {
    step(done(addDays(endsOn, 1), STATUS_HOUR, 'marking it held'), { status: 'held' });
  } else if (demo.status !== 'planned') {
    const decided = fromStart(-(demo.decidedDaysBefore ?? fail(`${demo.status} without the day it was decided`)));
    if (decided < createdDay) fail('decided before it was recorded');
    step(done(decided, STATUS_HOUR, `marking it ${demo.status}`), { status: demo.status, statusReason: program.statusReason, statusNote: program.statusNote });
  }
  if (program.outcomeSummarySharedOn !== null) {
    if (demo.status !== 'held') fail('an outcome summary of a program not held');
    step(done(program.outcomeSummarySharedOn, SUMMARY_HOUR, 'sharing the outcome summary'), { outcomeSummarySharedOn: program.outcomeSummarySharedOn });
  }
  audit(createdAt, 'program', program.id, 'create', auditChanges(undefined, programAuditSnapshot(initial)), null);
  let state = initial;
  for (const [time, change] of [...steps.entries()].sort(([a], [b]) => a - b)) {
    const next: ProgramEntity = { ...state, ...change };
    audit(new Date(time), 'program', program.id, 'update', auditChanges(programAuditSnapshot(state), programAuditSnapshot(next)), null);
    state = next;
    program.version += 1;
    program.updatedAt = new Date(time);
  }
  if (JSON.stringify(programAuditSnapshot(state)) !== JSON.stringify(programAuditSnapshot(program))) fail('its steps do not lead to its final state');
  out.programs.push(program);

  // ---- Partners' roles, recorded with the program; an owner named later is a change of its own.
  const rolePartners = new Set<string>();
  for (const demoRole of demo.roles) {
    const partner = partnerOf(demoRole.partner);
    const key = `${demoRole.partner}/${demoRole.role}`;
    if (rolePartners.has(key)) fail(`${demoRole.partner} plays ${demoRole.role} twice`);
    rolePartners.add(key);
    if ((demoRole.owner === undefined) !== (demoRole.ownerNamedDaysBefore === undefined)) fail(`the owner of ${key} and the day they were named go together`);
    const namedDay = demoRole.ownerNamedDaysBefore === undefined ? null : fromStart(-demoRole.ownerNamedDaysBefore);
    if (namedDay !== null && (namedDay < createdDay || namedDay >= today)) fail(`the owner of ${key} named before the program was recorded, or not yet`);
    const role: ProgramRoleEntity = {
      id: randomUUID(),
      programId: program.id,
      partnerId: partner.id,
      role: demoRole.role,
      responsibilities: demoRole.responsibilities,
      ownerContactId: demoRole.owner ? contactOf(demoRole.partner, demoRole.owner) : null,
      ownerNamedOn: namedDay,
      createdAt,
      updatedAt: createdAt,
      createdBy: actor.id,
      updatedBy: actor.id,
      version: 1,
      archivedAt: null,
    };
    const namedLater = namedDay !== null && namedDay > createdDay;
    const asRecorded: ProgramRoleEntity = namedLater ? { ...role, ownerContactId: null, ownerNamedOn: null } : role;
    audit(createdAt, 'program-role', role.id, 'create', auditChanges(undefined, programRoleAuditSnapshot(asRecorded)), partner.id);
    if (namedLater) {
      const at = done(namedDay, OWNER_NAMED_HOUR, `naming the owner of ${key}`);
      audit(at, 'program-role', role.id, 'update', auditChanges(programRoleAuditSnapshot(asRecorded), programRoleAuditSnapshot(role)), partner.id);
      Object.assign(role, { version: 2, updatedAt: at });
    }
    out.roles.push(role);
  }
  const hasRole = (partnerName: string) => demo.roles.some((r) => r.partner === partnerName);

  // ---- Sessions, entered the morning after each one.
  const sessions: ProgramSessionEntity[] = [];
  for (const [index, demoSession] of (demo.sessions ?? []).entries()) {
    const day = fromStart(demoSession.day);
    const a = demoSession.attendance;
    const session: ProgramSessionEntity = {
      id: randomUUID(),
      programId: program.id,
      startsAt: atHour(day, demoSession.hour ?? DEFAULT_SESSION_HOUR),
      format: demoSession.format,
      attendanceAge0To5: a['age-0-5'] ?? 0,
      attendanceAge6To11: a['age-6-11'] ?? 0,
      attendanceAge12To18: a['age-12-18'] ?? 0,
      attendanceAge19Plus: a['age-19-plus'] ?? 0,
      attendanceGeneral: a.general ?? 0,
      recordedViews: demoSession.recordedViews ?? null,
      audienceMatched: demoSession.audienceMatched ?? null,
      notes: demoSession.notes ?? '',
      createdAt,
      updatedAt: createdAt,
      createdBy: actor.id,
      updatedBy: actor.id,
      version: 1,
      archivedAt: null,
    };
    const errors = sessionRuleErrors(session, program);
    if (errors.length > 0) fail(`session ${index}: ${errors.map((e) => e.message).join('; ')}`);
    if (demo.status === 'planned' || demo.status === 'cancelled' || demo.status === 'postponed') fail(`session ${index} of a program that was not held`);
    session.createdAt = session.updatedAt = done(addDays(day, 1), SESSION_ENTERED_HOUR, `entering session ${index}`);
    audit(session.createdAt, 'program-session', session.id, 'create', auditChanges(undefined, programSessionAuditSnapshot(session)), null);
    sessions.push(session);
  }
  out.sessions.push(...sessions);

  // ---- Contributions: pledges recorded with the plan, what was actually given the day after.
  for (const [index, line] of (demo.contributions ?? []).entries()) {
    const where = `contribution ${index} (${line.description})`;
    if (line.side === 'partner' && line.partner === null) fail(`${where}: a partner's contribution names its partner`);
    if (line.partner !== null && !hasRole(line.partner)) fail(`${where}: ${line.partner} has no role in the program`);
    if ((line.quantity === undefined) !== (line.unit === undefined)) fail(`${where}: quantity and unit go together`);
    const contributedOn = fromStart(line.on);
    const atRate = line.type === 'volunteers' && line.unit === 'hours' && line.moneyValue === undefined;
    let recordedAt = createdAt;
    if (line.stage === 'actual') {
      if (contributedOn < createdDay) fail(`${where}: given before the program was recorded`);
      recordedAt = done(addDays(contributedOn, 1), RECORDED_HOUR, where);
    }
    const contribution: ContributionEntity = {
      id: randomUUID(),
      side: line.side,
      partnerId: line.partner === null ? null : partnerOf(line.partner).id,
      programId: program.id,
      type: line.type,
      stage: line.stage,
      description: line.description,
      quantity: line.quantity ?? null,
      unit: line.unit ?? null,
      moneyValue: atRate ? valueAtRate(line.quantity!, input.rate.rate) : (line.moneyValue ?? null),
      rate: atRate ? input.rate.rate : null,
      rateSource: atRate ? input.rate.source : null,
      rateYear: atRate ? input.rate.year : null,
      contributedOn,
      createdAt: recordedAt,
      updatedAt: recordedAt,
      createdBy: actor.id,
      updatedBy: actor.id,
      version: 1,
      archivedAt: null,
    };
    audit(recordedAt, 'contribution', contribution.id, 'create', auditChanges(undefined, contributionAuditSnapshot(contribution)), contribution.partnerId);
    out.contributions.push(contribution);
  }

  // ---- Outcome results: the surveys, entered the day after they were collected.
  const surveyed = new Set<string>();
  for (const [index, result] of (demo.outcomes ?? []).entries()) {
    const where = `outcome result ${index} (${result.timing} ${result.measure})`;
    const session = result.session === undefined ? null : (sessions[result.session] ?? fail(`${where}: no session ${result.session}`));
    const key = `${session?.id ?? 'program'}/${result.timing}/${result.measure}`;
    if (surveyed.has(key)) fail(`${where}: twice for the same session, timing and measure`);
    surveyed.add(key);
    const [stronglyDisagree, disagree, neutral, agree, stronglyAgree] = result.counts;
    if (result.counts.reduce((n, c) => n + c, 0) + result.nonResponses !== result.respondents) fail(`${where}: the answers and non-responses do not add up to the respondents`);
    const collectedOn = addDays(session ? utcDay(session.startsAt) : endsOn, result.collectedAfter);
    if (collectedOn < (session ? utcDay(session.startsAt) : startsOn)) fail(`${where}: collected before the program`);
    const recordedAt = done(addDays(collectedOn, 1), RECORDED_HOUR, where);
    const outcome: OutcomeResultEntity = {
      id: randomUUID(),
      programId: program.id,
      sessionId: session?.id ?? null,
      timing: result.timing,
      measure: result.measure,
      respondents: result.respondents,
      stronglyDisagree,
      disagree,
      neutral,
      agree,
      stronglyAgree,
      nonResponses: result.nonResponses,
      collectedOn,
      createdAt: recordedAt,
      updatedAt: recordedAt,
      createdBy: actor.id,
      updatedBy: actor.id,
      version: 1,
      archivedAt: null,
    };
    audit(recordedAt, 'outcome-result', outcome.id, 'create', auditChanges(undefined, outcomeResultAuditSnapshot(outcome)), null);
    out.outcomeResults.push(outcome);
  }

  // ---- Impact notes, written down the evening they were heard.
  for (const [index, demoNote] of (demo.notes ?? []).entries()) {
    const where = `note ${index} (${demoNote.kind})`;
    if (demoNote.consent !== undefined && demoNote.kind !== 'quote') fail(`${where}: consent is asked for quotes`);
    if (demoNote.partner !== null && !hasRole(demoNote.partner)) fail(`${where}: ${demoNote.partner} has no role in the program`);
    const notedOn = addDays(endsOn, demoNote.notedAfter);
    if (notedOn < startsOn) fail(`${where}: noted before the program started`);
    const recordedAt = done(notedOn, NOTED_HOUR, where);
    const note: ImpactNoteEntity = {
      id: randomUUID(),
      kind: demoNote.kind,
      text: demoNote.text,
      attribution: demoNote.attribution ?? null,
      valueDimension: demoNote.dimension,
      consentToQuote: demoNote.consent ?? false,
      partnerId: demoNote.partner === null ? null : partnerOf(demoNote.partner).id,
      programId: program.id,
      notedOn,
      sourceUrl: demoNote.sourceUrl ?? null,
      createdAt: recordedAt,
      updatedAt: recordedAt,
      createdBy: actor.id,
      updatedBy: actor.id,
      version: 1,
      archivedAt: null,
    };
    audit(recordedAt, 'impact-note', note.id, 'create', auditChanges(undefined, impactNoteAuditSnapshot(note)), note.partnerId);
    out.impactNotes.push(note);
  }

  // ---- Role duties: commitments linked to the program, agreed when it was planned.
  for (const duty of demo.duties ?? []) {
    const where = `duty “${duty.what}”`;
    if (!hasRole(duty.partner)) fail(`${where}: ${duty.partner} has no role in the program`);
    const partner = partnerOf(duty.partner);
    const ownerSide: Side = 'staff' in duty.owner ? 'library' : 'partner';
    const dueOn = fromStart(-duty.dueDaysBefore);
    if (dueOn < createdDay) fail(`${where}: due before it was agreed`);
    const commitment: CommitmentEntity = {
      id: randomUUID(),
      partnerId: partner.id,
      communicationId: null,
      programId: program.id,
      ownerSide,
      ownerUserId: 'staff' in duty.owner ? staffOf(duty.owner.staff).id : null,
      ownerContactId: 'contact' in duty.owner ? contactOf(duty.partner, duty.owner.contact) : null,
      description: duty.what,
      dueOn,
      status: 'open',
      completedOn: null,
      statusChangedAt: null,
      statusChangedBy: null,
      statusReason: null,
      createdAt,
      updatedAt: createdAt,
      createdBy: actor.id,
      updatedBy: actor.id,
      version: 1,
      archivedAt: null,
    };
    const opened = commitmentAuditSnapshot(commitment);
    audit(createdAt, 'commitment', commitment.id, 'create', auditChanges(undefined, opened), partner.id);
    if (duty.done !== undefined) {
      const completedOn = addDays(dueOn, duty.done);
      if (completedOn < createdDay || completedOn >= today) fail(`${where}: done before it was agreed, or today or later`);
      // Whoever owns a library-side duty closes it; the program's keeper records what the partner did.
      const changedBy = commitment.ownerUserId ?? actor.id;
      const at = done(completedOn, CHECKLIST_HOUR, where);
      Object.assign(commitment, { status: 'done', completedOn, statusChangedAt: at, statusChangedBy: changedBy, updatedAt: at, updatedBy: changedBy, version: 2 });
      out.auditEntries.push({
        occurredAt: at,
        actorId: changedBy,
        entityType: 'commitment',
        entityId: commitment.id,
        action: 'update',
        changes: auditChanges(opened, commitmentAuditSnapshot(commitment)),
        partnerId: partner.id,
      });
    }
    out.duties.push(commitment);
  }
}

function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

function atHour(day: string, hour: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + hour * HOUR_MS);
}

// ---------------------------------------------------------------------------------------------------------------
// Columns (the same multi-row INSERT … SELECT FROM unnest the large seed uses)

interface Tracked {
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
  updatedBy: string | null;
  version: number;
}

function trackedColumns<R extends Tracked>(): ColumnSpec<R>[] {
  return [
    { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt.toISOString() },
    { name: 'updated_at', type: 'timestamptz', value: (r) => r.updatedAt.toISOString() },
    { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
    { name: 'updated_by', type: 'uuid', value: (r) => r.updatedBy },
    { name: 'version', type: 'integer', value: (r) => r.version },
  ];
}

const PROGRAM_COLUMNS: ColumnSpec<ProgramEntity>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'title', type: 'text', value: (r) => r.title },
  { name: 'description', type: 'text', value: (r) => r.description },
  { name: 'topic', type: 'text', value: (r) => r.topic },
  { name: 'primary_outcome', type: 'text', value: (r) => r.primaryOutcome },
  { name: 'development_model', type: 'text', value: (r) => r.developmentModel },
  { name: 'format', type: 'text', value: (r) => r.format },
  { name: 'location', type: 'text', value: (r) => r.location },
  { name: 'audience_scope', type: 'text', value: (r) => r.audienceScope },
  { name: 'target_groups', type: 'text[]', value: (r) => r.targetGroups },
  { name: 'age_bands', type: 'text[]', value: (r) => r.ageBands },
  { name: 'library_role', type: 'text', value: (r) => r.libraryRole },
  { name: 'impact_areas', type: 'text[]', value: (r) => r.impactAreas },
  { name: 'starts_on', type: 'date', value: (r) => r.startsOn },
  { name: 'ends_on', type: 'date', value: (r) => r.endsOn },
  { name: 'status', type: 'text', value: (r) => r.status },
  { name: 'status_reason', type: 'text', value: (r) => r.statusReason },
  { name: 'status_note', type: 'text', value: (r) => r.statusNote },
  { name: 'agreement_done_on', type: 'date', value: (r) => r.agreementDoneOn },
  { name: 'branding_approved_on', type: 'date', value: (r) => r.brandingApprovedOn },
  { name: 'volunteers_cleared_on', type: 'date', value: (r) => r.volunteersClearedOn },
  { name: 'space_booked_on', type: 'date', value: (r) => r.spaceBookedOn },
  { name: 'timing_confirmed_on', type: 'date', value: (r) => r.timingConfirmedOn },
  { name: 'partner_credited', type: 'boolean', value: (r) => r.partnerCredited },
  { name: 'outcome_summary_shared_on', type: 'date', value: (r) => r.outcomeSummarySharedOn },
  ...trackedColumns<ProgramEntity>(),
];

const ROLE_COLUMNS: ColumnSpec<ProgramRoleEntity>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'program_id', type: 'uuid', value: (r) => r.programId },
  { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
  { name: 'role', type: 'text', value: (r) => r.role },
  { name: 'responsibilities', type: 'text', value: (r) => r.responsibilities },
  { name: 'owner_contact_id', type: 'uuid', value: (r) => r.ownerContactId },
  { name: 'owner_named_on', type: 'date', value: (r) => r.ownerNamedOn },
  ...trackedColumns<ProgramRoleEntity>(),
];

const SESSION_COLUMNS: ColumnSpec<ProgramSessionEntity>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'program_id', type: 'uuid', value: (r) => r.programId },
  { name: 'starts_at', type: 'timestamptz', value: (r) => r.startsAt.toISOString() },
  { name: 'format', type: 'text', value: (r) => r.format },
  { name: 'attendance_age_0_5', type: 'integer', value: (r) => r.attendanceAge0To5 },
  { name: 'attendance_age_6_11', type: 'integer', value: (r) => r.attendanceAge6To11 },
  { name: 'attendance_age_12_18', type: 'integer', value: (r) => r.attendanceAge12To18 },
  { name: 'attendance_age_19_plus', type: 'integer', value: (r) => r.attendanceAge19Plus },
  { name: 'attendance_general', type: 'integer', value: (r) => r.attendanceGeneral },
  { name: 'recorded_views', type: 'integer', value: (r) => r.recordedViews },
  { name: 'audience_matched', type: 'boolean', value: (r) => r.audienceMatched },
  { name: 'notes', type: 'text', value: (r) => r.notes },
  ...trackedColumns<ProgramSessionEntity>(),
];

const CONTRIBUTION_COLUMNS: ColumnSpec<ContributionEntity>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'side', type: 'text', value: (r) => r.side },
  { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
  { name: 'program_id', type: 'uuid', value: (r) => r.programId },
  { name: 'type', type: 'text', value: (r) => r.type },
  { name: 'stage', type: 'text', value: (r) => r.stage },
  { name: 'description', type: 'text', value: (r) => r.description },
  // Amounts travel as text, so numeric(…, 2) receives exactly the cents written here.
  { name: 'quantity', type: 'numeric', value: (r) => (r.quantity === null ? null : r.quantity.toFixed(2)) },
  { name: 'unit', type: 'text', value: (r) => r.unit },
  { name: 'money_value', type: 'numeric', value: (r) => (r.moneyValue === null ? null : r.moneyValue.toFixed(2)) },
  { name: 'rate', type: 'numeric', value: (r) => (r.rate === null ? null : r.rate.toFixed(2)) },
  { name: 'rate_source', type: 'text', value: (r) => r.rateSource },
  { name: 'rate_year', type: 'integer', value: (r) => r.rateYear },
  { name: 'contributed_on', type: 'date', value: (r) => r.contributedOn },
  ...trackedColumns<ContributionEntity>(),
];

const OUTCOME_COLUMNS: ColumnSpec<OutcomeResultEntity>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'program_id', type: 'uuid', value: (r) => r.programId },
  { name: 'session_id', type: 'uuid', value: (r) => r.sessionId },
  { name: 'timing', type: 'text', value: (r) => r.timing },
  { name: 'measure', type: 'text', value: (r) => r.measure },
  { name: 'respondents', type: 'integer', value: (r) => r.respondents },
  { name: 'strongly_disagree', type: 'integer', value: (r) => r.stronglyDisagree },
  { name: 'disagree', type: 'integer', value: (r) => r.disagree },
  { name: 'neutral', type: 'integer', value: (r) => r.neutral },
  { name: 'agree', type: 'integer', value: (r) => r.agree },
  { name: 'strongly_agree', type: 'integer', value: (r) => r.stronglyAgree },
  { name: 'non_responses', type: 'integer', value: (r) => r.nonResponses },
  { name: 'collected_on', type: 'date', value: (r) => r.collectedOn },
  ...trackedColumns<OutcomeResultEntity>(),
];

const NOTE_COLUMNS: ColumnSpec<ImpactNoteEntity>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'text', type: 'text', value: (r) => r.text },
  { name: 'attribution', type: 'text', value: (r) => r.attribution },
  { name: 'value_dimension', type: 'text', value: (r) => r.valueDimension },
  { name: 'consent_to_quote', type: 'boolean', value: (r) => r.consentToQuote },
  { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
  { name: 'program_id', type: 'uuid', value: (r) => r.programId },
  { name: 'noted_on', type: 'date', value: (r) => r.notedOn },
  { name: 'source_url', type: 'text', value: (r) => r.sourceUrl },
  ...trackedColumns<ImpactNoteEntity>(),
];

const DUTY_COLUMNS: ColumnSpec<CommitmentEntity>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
  { name: 'communication_id', type: 'uuid', value: (r) => r.communicationId },
  { name: 'program_id', type: 'uuid', value: (r) => r.programId },
  { name: 'owner_side', type: 'text', value: (r) => r.ownerSide },
  { name: 'owner_user_id', type: 'uuid', value: (r) => r.ownerUserId },
  { name: 'owner_contact_id', type: 'uuid', value: (r) => r.ownerContactId },
  { name: 'description', type: 'text', value: (r) => r.description },
  { name: 'due_on', type: 'date', value: (r) => r.dueOn },
  { name: 'status', type: 'text', value: (r) => r.status },
  { name: 'completed_on', type: 'date', value: (r) => r.completedOn },
  { name: 'status_changed_at', type: 'timestamptz', value: (r) => r.statusChangedAt?.toISOString() ?? null },
  { name: 'status_changed_by', type: 'uuid', value: (r) => r.statusChangedBy },
  { name: 'status_reason', type: 'text', value: (r) => r.statusReason },
  ...trackedColumns<CommitmentEntity>(),
];

const AUDIT_COLUMNS: ColumnSpec<DemoAuditRow>[] = [
  { name: 'occurred_at', type: 'timestamptz', value: (r) => r.occurredAt.toISOString() },
  { name: 'actor_id', type: 'uuid', value: (r) => r.actorId },
  { name: 'entity_type', type: 'text', value: (r) => r.entityType },
  { name: 'entity_id', type: 'uuid', value: (r) => r.entityId },
  { name: 'action', type: 'text', value: (r) => r.action },
  { name: 'changes', type: 'jsonb', value: (r) => JSON.stringify(r.changes) },
  { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
];
