import type { DataSource } from 'typeorm';
import type { StaffMember } from '../common/auth/staff-member';
import type { Clock } from '../common/clock/clock';
import type { AgreementsService } from '../modules/agreements/agreements.service';
import type { ContactResponseDto } from '../modules/contacts/dto/contact.response.dto';
import type { ContactsService } from '../modules/contacts/contacts.service';
import type { GoalsService } from '../modules/goals/goals.service';
import type { PartnerResponseDto } from '../modules/partners/dto/partner.response.dto';
import type { PartnersService } from '../modules/partners/partners.service';
import type { UsersService } from '../modules/users/users.service';
import { type DemoAgreement, type DemoContact, type DemoGoal, DEMO_PARTNERS, type DemoPartner, type DemoStaffName } from './demo-partners';
import { DEMO_LIBRARY_NAME, DEMO_PASSWORD, DEMO_STAFF } from './demo-staff';
import { type DemoCommunicationsResult, loadDemoCommunications } from './load-demo-communications';
import { type DemoProgramsResult, loadDemoPrograms } from './load-demo-programs';
import { type DemoAssessmentsResult, loadDemoAssessments } from './load-demo-assessments';
import type { HealthSnapshotsService } from '../modules/health/health-snapshots.service';
import type { ImpactReportsService } from '../modules/reports/impact-reports.service';
import type { SettingsService } from '../modules/settings/settings.service';
import { demoReportDefinition } from './demo-report';

export interface DemoServices {
  users: UsersService;
  partners: PartnersService;
  contacts: ContactsService;
  goals: GoalsService;
  agreements: AgreementsService;
  /** "Today" for the demo's dates, so a review due "in 12 days" is due in 12 days whenever the demo starts. */
  clock: Clock;
  /**
   * For the demo's history (communications and follow-ups, programs and everything hanging off them), written with
   * its past dates: see load-demo-communications.ts and load-demo-programs.ts.
   */
  dataSource: DataSource;
  /** Scores the demo partners as of past days, so their health has a history and a trend from the first start. */
  healthSnapshots: HealthSnapshotsService;
  /** Saves the demo's funder summary through the same code a manager's save runs. */
  impactReports: ImpactReportsService;
  /** Names the demo library (its reports are headed with the name). */
  settings: SettingsService;
}

/** What the demo loaded, for the steps of later capabilities (they link their records to these). */
export interface LoadedDemo {
  /** Each demo user as the actor of the records they own (sessionId 'demo'). */
  staff: Map<DemoStaffName, StaffMember>;
  /** By name, as created. */
  partners: Map<string, PartnerResponseDto>;
  /** Each partner's contacts by partner name, as created. */
  contacts: Map<string, ContactResponseDto[]>;
  /** How many communications, follow-ups and their audit entries the year of history wrote. */
  history: DemoCommunicationsResult;
  /** How many programs, roles, sessions, contributions, outcome results, notes and duties the year of programs wrote. */
  programs: DemoProgramsResult;
  /** The assessment rounds and responses, and how many health snapshots were taken from the history. */
  assessments: DemoAssessmentsResult & { snapshots: number };
  /** The saved funder summary of the demo year. */
  report: { id: string; funderName: string };
}

/**
 * Loads the demo library on a first start (an empty database). Each capability adds its records here, in
 * dependency order, through its own service so demo data obeys the same rules and audit as real data: every
 * record is made by the demo user who looks after it, so the timelines read like real work. History (a year of
 * communications and follow-ups, closed on past dates, and a year of joint programs) is the exception: see
 * load-demo-communications.ts and load-demo-programs.ts.
 */
export async function loadDemoData(services: DemoServices): Promise<LoadedDemo> {
  const staff = await loadDemoStaff(services);
  // The library the demo's partners work with (demo-partners.ts), by name on its reports, set as its administrator would.
  const { version } = await services.settings.get();
  await services.settings.update(staff.get('Dana Whitfield')!, { libraryName: DEMO_LIBRARY_NAME, version });
  const { partners, contacts } = await loadDemoPartners(services, staff);
  // Later capabilities plug in here, after the partners they refer to, each with a data file beside
  // demo-partners.ts and a loader of their own.
  const now = services.clock.now();
  const history = await loadDemoCommunications({ dataSource: services.dataSource, now, staff, partners, contacts });
  const programs = await loadDemoPrograms({ dataSource: services.dataSource, now, staff, partners, contacts });
  const rounds = await loadDemoAssessments({ dataSource: services.dataSource, now, staff, partners, contacts });
  const snapshots = await takeDemoSnapshots(services, now, rounds);
  // Last, so its frozen figures include every program, contribution and health snapshot above.
  const saved = await services.impactReports.create(staff.get('Dana Whitfield')!, demoReportDefinition(now.toISOString().slice(0, 10)));
  const report = { id: saved.id, funderName: saved.funderName };
  return { staff, partners, contacts, history, programs, assessments: { ...rounds, snapshots }, report };
}

/**
 * The health history a year of use would have left: the monthly snapshot of every partner on the 1st of each of
 * the last twelve months and a snapshot after each assessment round, taken in date order (each reads the ones
 * before it for its trend), then today's. The model ignores records dated after a snapshot's day, so each is what
 * that day's job would have computed from the demo's history.
 */
async function takeDemoSnapshots(services: DemoServices, now: Date, rounds: DemoAssessmentsResult): Promise<number> {
  const events: { day: string; reason: 'monthly' | 'assessment'; partnerIds?: string[] }[] = [];
  for (let monthsAgo = 12; monthsAgo >= 1; monthsAgo--) {
    const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo + 1, 1)).toISOString().slice(0, 10);
    events.push({ day, reason: 'monthly' });
  }
  for (const answered of rounds.answeredOn) events.push({ day: answered.day, reason: 'assessment', partnerIds: [answered.partnerId] });
  events.sort((a, b) => a.day.localeCompare(b.day));
  let taken = 0;
  for (const event of events) taken += await services.healthSnapshots.snapshotAsOf(event.day, event.reason, event.partnerIds);
  return taken + (await services.healthSnapshots.runNow()).partners;
}

async function loadDemoStaff(services: DemoServices): Promise<Map<DemoStaffName, StaffMember>> {
  const staff = new Map<DemoStaffName, StaffMember>();
  for (const person of DEMO_STAFF) {
    const user = await services.users.create(null, { ...person, password: DEMO_PASSWORD });
    staff.set(person.name as DemoStaffName, { id: user.id, name: user.name, email: user.email, role: user.role, sessionId: 'demo' });
  }
  return staff;
}

async function loadDemoPartners(
  services: DemoServices,
  staff: Map<DemoStaffName, StaffMember>,
): Promise<{ partners: Map<string, PartnerResponseDto>; contacts: Map<string, ContactResponseDto[]> }> {
  const day = dayFrom(services.clock.now());
  const manager = [...staff.values()].find((s) => s.role === 'manager');
  const loaded = new Map<string, PartnerResponseDto>();
  const contacts = new Map<string, ContactResponseDto[]>();

  for (const demo of DEMO_PARTNERS) {
    const liaison = demo.liaison ? staff.get(demo.liaison) : undefined;
    if (demo.liaison && !liaison) throw new Error(`Demo partner ${demo.name}: no demo user named ${demo.liaison}`);
    // The liaison records their own partners; a partner nobody looks after yet was added by the manager.
    const actor = liaison ?? manager;
    if (!actor) throw new Error('Demo data needs a manager among the demo users');

    let partner = await services.partners.create(actor, partnerFields(demo, liaison?.id ?? null));
    if (demo.movedFrom) partner = await services.partners.update(actor, partner.id, { stage: demo.stage, version: partner.version });

    const created: ContactResponseDto[] = [];
    for (const contact of demo.contacts) created.push(await services.contacts.create(actor, partner.id, contactFields(contact, day)));
    contacts.set(demo.name, created);
    for (const goal of demo.goals) await services.goals.create(actor, partner.id, goalFields(goal, day));
    for (const agreement of demo.agreements) await services.agreements.create(actor, partner.id, agreementFields(agreement, day));
    loaded.set(demo.name, partner);
  }
  return { partners: loaded, contacts };
}

/** 'YYYY-MM-DD' of today (the clock's, in UTC like every date the API shows) moved by a number of days. */
type DayFn = (offset: number) => string;

// The create bodies, exported so a test can check them against the API's own validation rules.

export function contactFields(contact: DemoContact, day: DayFn) {
  return {
    name: contact.name,
    title: contact.title ?? null,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
    isPrimary: contact.primary ?? false,
    affiliationStart: contact.sinceDaysAgo !== undefined ? day(-contact.sinceDaysAgo) : null,
  };
}

export function goalFields(goal: DemoGoal, day: DayFn) {
  return { text: goal.text, agreedBy: goal.agreedBy, lastReviewedOn: goal.reviewedDaysAgo === null ? null : day(-goal.reviewedDaysAgo) };
}

export function agreementFields(agreement: DemoAgreement, day: DayFn) {
  return {
    kind: agreement.kind,
    title: agreement.title,
    startsOn: agreement.startedDaysAgo !== undefined ? day(-agreement.startedDaysAgo) : null,
    endsOn: agreement.endsInDays !== undefined ? day(agreement.endsInDays) : null,
    reviewOn: agreement.reviewInDays !== undefined ? day(agreement.reviewInDays) : null,
    listsContributions: agreement.listsContributions ?? false,
    attachmentUrl: agreement.attachmentUrl ?? null,
  };
}

/** The create body for a demo partner (recorded at its earlier stage when it is to be moved). */
export function partnerFields(demo: DemoPartner, liaisonId: string | null) {
  return {
    name: demo.name,
    type: demo.type,
    stage: demo.movedFrom ?? demo.stage,
    website: demo.website ?? null,
    address: demo.address ?? null,
    description: demo.description,
    focusAreas: demo.focusAreas,
    publics: demo.publics,
    interactionTypes: demo.interactionTypes,
    impactAreas: demo.impactAreas,
    liaisonId,
    contactCadenceDays: demo.contactCadenceDays,
    collaborationLevelLibrary: demo.collaborationLevelLibrary ?? null,
    collaborationLevelPartner: demo.collaborationLevelPartner ?? null,
    tags: demo.tags,
  };
}

export function dayFrom(today: Date): DayFn {
  return (offset) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}
