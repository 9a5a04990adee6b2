import type {
  AgeBand,
  ContributionStage,
  ContributionType,
  ContributionUnit,
  DevelopmentModel,
  FocusArea,
  ImpactArea,
  ImpactNoteKind,
  LibraryRole,
  OutcomeMeasure,
  OutcomeTiming,
  PrimaryOutcome,
  ProgramFormat,
  ProgramLocation,
  ProgramRole,
  ProgramStatus,
  ProgramStatusReason,
  Public,
  SessionFormat,
  Side,
  ValueDimension,
} from '@common-ground/domain';
import type { DemoStaffName } from './demo-partners';

/**
 * A year of the demo library's joint programs with its partners: who played which role, each session's attendance,
 * what each side contributed, what participants said in the surveys, and the stories worth keeping. Plain data, like
 * demo-partners.ts and demo-communications.ts; load-demo-programs.ts writes it.
 *
 * Dates are offsets in days: a program's start from "today" (negative: in the past), everything else from the
 * program's own start or end, so the stories stay consistent with the communications of the same partners (the
 * health-literacy fair is the event logged 240 days ago, the laser-cutting workshop is cancelled after the call about
 * the ventilation hood 90 days ago, and so on). Most programs were held; four are planned ahead, one was cancelled
 * for funding and one postponed for the weather. The library sponsors or co-sponsors them, except the Y's family day,
 * which it only promoted.
 */

export type DemoAttendance = Partial<Record<AgeBand, number>>;

/** The admin checklist's items as the API names them (ADMIN_CHECKLIST_ITEMS in camelCase). */
export type DemoChecklistItem = 'agreement' | 'brandingApproved' | 'volunteersCleared' | 'spaceBooked' | 'timingConfirmed';

export interface DemoProgramRole {
  /** A demo partner's name (demo-partners.ts). The first role's partner leads: its liaison records the program. */
  partner: string;
  role: ProgramRole;
  responsibilities: string;
  /** One of that partner's contacts, who owns the role; left out while nobody is named. */
  owner?: string;
  /**
   * Named this many days before the program starts (SCORING.md "roles filled in time" wants ≥ 7); when it equals
   * the program's `recordedDaysBefore`, the owner was named when the program was recorded, else it is a change made
   * later. Required with `owner`.
   */
  ownerNamedDaysBefore?: number;
}

export interface DemoSession {
  /** Days after the program's start. */
  day: number;
  /** Hour, UTC (the library is on US Central time: 15 is mid-morning, 23 early evening). Default 23. */
  hour?: number;
  format: SessionFormat;
  attendance: DemoAttendance;
  /** Views within 30 days; only for a recorded session. */
  recordedViews?: number;
  /** Whether the audience was the one intended; left out: not recorded. */
  audienceMatched?: boolean;
  notes?: string;
}

export interface DemoContribution {
  side: Side;
  /**
   * The partnership it belongs to, by partner name. Required for the partner's side; the library's lines name the
   * partner they were made with, or null for one that went to the program as a whole.
   */
  partner: string | null;
  type: ContributionType;
  stage: ContributionStage;
  description: string;
  quantity?: number;
  unit?: ContributionUnit;
  /** In dollars. Volunteer hours without one are valued at the settings' rate (stored on the line). */
  moneyValue?: number;
  /** Days after the program's start (negative: before it). */
  on: number;
}

/** Answers per option: strongly disagree, disagree, neutral, agree, strongly agree. */
export type DemoAnswerCounts = readonly [number, number, number, number, number];

export interface DemoOutcome {
  /** The index of one of the program's sessions, for a session's own survey; left out: the whole program. */
  session?: number;
  timing: OutcomeTiming;
  measure: OutcomeMeasure;
  respondents: number;
  counts: DemoAnswerCounts;
  nonResponses: number;
  /** Collected this many days after the program's end (or the session's day). */
  collectedAfter: number;
}

export interface DemoImpactNote {
  kind: ImpactNoteKind;
  text: string;
  attribution?: string;
  dimension: ValueDimension;
  /** Only meaningful for a quote: may it be shown outside the staff app. */
  consent?: boolean;
  /** The partner it is about, by name; null for a note about the program as a whole. */
  partner: string | null;
  /** Noted this many days after the program's end (negative: during it). */
  notedAfter: number;
  sourceUrl?: string;
}

/** A role duty: a commitment linked to the program (see the commitments capability). */
export interface DemoDuty {
  /** The partner whose role it belongs to. */
  partner: string;
  what: string;
  /** A demo staff member (library side) or one of the partner's contacts (partner side). */
  owner: { staff: DemoStaffName } | { contact: string };
  /** Due this many days before the program starts. */
  dueDaysBefore: number;
  /** Done, this many days after the due date (negative: early). */
  done?: number;
}

export interface DemoProgram {
  title: string;
  description: string;
  topic: FocusArea;
  primaryOutcome: PrimaryOutcome;
  developmentModel: DevelopmentModel;
  format: ProgramFormat;
  location: ProgramLocation;
  /** Present: the audience is these specific groups; left out: the whole community. */
  targetGroups?: Public[];
  ageBands: AgeBand[];
  libraryRole: LibraryRole;
  impactAreas: ImpactArea[];
  /** First day, in days from today (negative: in the past). */
  startsIn: number;
  /** Last day, days after the start; default 0 (a one-day event). */
  lastsDays?: number;
  status: ProgramStatus;
  /** Cancelled or postponed: why, in the reason codes and in words, and how many days before the start it was decided. */
  statusReason?: ProgramStatusReason;
  statusNote?: string;
  decidedDaysBefore?: number;
  /** Recorded this many days before the start (the planning conversation). */
  recordedDaysBefore: number;
  /** Who recorded it and keeps it up to date; default the lead partner's liaison. */
  by?: DemoStaffName;
  /** The admin checklist: how many days before the start each item was done (negative: after it); left out: not done. */
  checklist: Partial<Record<DemoChecklistItem, number>>;
  partnerCredited: boolean;
  /** The outcome summary was shared with the partners this many days after the end. */
  summarySharedAfter?: number;
  roles: DemoProgramRole[];
  sessions?: DemoSession[];
  contributions?: DemoContribution[];
  outcomes?: DemoOutcome[];
  notes?: DemoImpactNote[];
  duties?: DemoDuty[];
}

/** Attendance in the order the grid shows it: 0–5, 6–11, 12–18, 19+, general interest (zeros left out). */
function attendance(a05: number, a611: number, a1218: number, a19: number, general = 0): DemoAttendance {
  const counts: DemoAttendance = { 'age-0-5': a05, 'age-6-11': a611, 'age-12-18': a1218, 'age-19-plus': a19, general };
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0)) as DemoAttendance;
}

/** A series: one session every `every` days from the start, each with its attendance and any changes of its own. */
function series(
  every: number,
  common: Omit<DemoSession, 'day' | 'attendance'>,
  sessions: ReadonlyArray<DemoAttendance | [DemoAttendance, Partial<Omit<DemoSession, 'day' | 'attendance'>>]>,
): DemoSession[] {
  return sessions.map((entry, i) => {
    const [counts, changes] = Array.isArray(entry) ? entry : [entry, {}];
    return { ...common, ...changes, day: i * every, attendance: counts };
  });
}

const CLINIC = 'Eastside Community Health Clinic';
const FOOD_BANK = 'Millbrook Area Food Bank';
const SCHOOLS = 'Millbrook Unified School District';
const LITERACY = 'Millbrook Literacy Council';
const WORKFORCE = 'Three Rivers Workforce Development Board';
const SMALL_BUSINESS = 'Millbrook Small Business Association';
const COLLEGE = 'Millbrook Community College';
const PARKS = 'Millbrook Parks and Recreation Department';
const REGIONAL = 'Valley Regional Library System';
const YMCA = 'YMCA of Greater Millbrook';
const MUSEUM = 'Millbrook Historical Society & Museum';
const ARTS = 'Millbrook Arts Council';
const EXTENSION = 'State University Extension – Millbrook County';
const LEGAL = 'Millbrook Immigrant Legal Clinic';
const FORGE = 'Forge Makerspace';
const NEW_ROOTS = 'New Roots Refugee Resettlement';

export const DEMO_PROGRAMS: readonly DemoProgram[] = [
  {
    title: 'Health-Literacy Fair',
    description:
      'A Saturday in the Main library auditorium: blood-pressure and vision checks, help with Medicaid renewal, healthy-cooking demonstrations and a reading corner, with interpreters in Spanish and Vietnamese.',
    topic: 'health-wellness',
    primaryOutcome: 'resource-awareness',
    developmentModel: 'with-partner',
    format: 'fair-festival',
    location: 'library',
    ageBands: ['age-6-11', 'age-19-plus', 'general'],
    libraryRole: 'co-sponsor',
    impactAreas: ['healthy', 'connected', 'welcoming'],
    startsIn: -240,
    status: 'held',
    recordedDaysBefore: 90,
    checklist: { agreement: 90, spaceBooked: 85, timingConfirmed: 60, brandingApproved: 30, volunteersCleared: 10 },
    partnerCredited: true,
    summarySharedAfter: 21,
    roles: [
      {
        partner: CLINIC,
        role: 'lead',
        responsibilities: 'Recruits the nurses and interpreters; runs the blood-pressure, vision and Medicaid renewal tables.',
        owner: 'Priya Raman',
        ownerNamedDaysBefore: 90,
      },
      {
        partner: FOOD_BANK,
        role: 'presenter',
        responsibilities: 'Healthy-cooking demonstrations and produce samples.',
        owner: 'Keisha Moore',
        ownerNamedDaysBefore: 40,
      },
    ],
    sessions: [
      {
        day: 0,
        hour: 16,
        format: 'in-person-onsite',
        attendance: attendance(28, 41, 19, 236, 16),
        audienceMatched: true,
        notes: 'Interpreters at the door all day; 58 blood-pressure checks and 41 new library cards.',
      },
    ],
    contributions: [
      { side: 'partner', partner: CLINIC, type: 'staff-time', stage: 'actual', description: 'Four nurses and two interpreters for the day', quantity: 36, unit: 'hours', moneyValue: 2160, on: 0 },
      { side: 'partner', partner: CLINIC, type: 'volunteers', stage: 'planned', description: 'Nursing-student volunteers asked for at planning', quantity: 24, unit: 'hours', on: -60 },
      { side: 'partner', partner: CLINIC, type: 'volunteers', stage: 'actual', description: 'Nursing students from the community college', quantity: 18, unit: 'hours', on: 0 },
      { side: 'partner', partner: FOOD_BANK, type: 'materials', stage: 'actual', description: 'Produce and recipe cards for the cooking demonstrations', quantity: 250, unit: 'items', moneyValue: 375, on: 0 },
      { side: 'library', partner: CLINIC, type: 'space', stage: 'actual', description: 'Main library auditorium for the day', quantity: 1, unit: 'days', moneyValue: 600, on: 0 },
      { side: 'library', partner: CLINIC, type: 'promotion', stage: 'actual', description: 'Flyers in three languages, posters at every branch, social media', moneyValue: 420, on: -14 },
      { side: 'library', partner: CLINIC, type: 'staff-time', stage: 'actual', description: 'Library staff on the day: card sign-ups and the reading corner', quantity: 30, unit: 'hours', moneyValue: 930, on: 0 },
    ],
    outcomes: [
      { timing: 'immediate', measure: 'awareness', respondents: 62, counts: [1, 2, 8, 27, 19], nonResponses: 5, collectedAfter: 0 },
      { timing: 'immediate', measure: 'knowledge', respondents: 62, counts: [0, 1, 6, 30, 21], nonResponses: 4, collectedAfter: 0 },
    ],
    notes: [
      {
        kind: 'quote',
        text: '“I came for my daughter’s library card and left with my diabetes questions answered, in Spanish.”',
        attribution: 'A visitor at the fair',
        dimension: 'better-programs',
        consent: true,
        partner: CLINIC,
        notedAfter: 1,
      },
      {
        kind: 'lesson',
        text: 'Put the library-card table next to the entrance: most families walked past it on their way to the screenings.',
        dimension: 'better-programs',
        partner: CLINIC,
        notedAfter: 2,
      },
      {
        kind: 'media-mention',
        text: 'The Millbrook Courier ran a half-page story on the fair, “Checkups among the bookshelves”, with a photo of the interpreters’ table.',
        attribution: 'The Millbrook Courier',
        dimension: 'expanded-capacities',
        partner: null,
        notedAfter: 4,
        sourceUrl: 'https://www.millbrookcourier.example/community/checkups-among-the-bookshelves',
      },
      {
        kind: 'story',
        text: 'A man who came for the free vision check learned that his blood pressure was dangerously high. The clinic saw him the following Monday, and he now comes to the lobby drop-ins.',
        attribution: 'Jorge Villanueva, Community Health Worker',
        dimension: 'deeper-impacts',
        partner: CLINIC,
        notedAfter: 9,
      },
    ],
  },
  {
    title: 'Community Health Fair: Mind and Body',
    description: 'The second fair, on a Saturday this time, adding a mental-health table and a quiet room.',
    topic: 'health-wellness',
    primaryOutcome: 'resource-awareness',
    developmentModel: 'with-partner',
    format: 'fair-festival',
    location: 'library',
    ageBands: ['age-19-plus', 'general'],
    libraryRole: 'co-sponsor',
    impactAreas: ['healthy', 'connected'],
    startsIn: 45,
    status: 'planned',
    recordedDaysBefore: 83,
    checklist: { agreement: 83, spaceBooked: 70, timingConfirmed: 60 },
    partnerCredited: true,
    roles: [
      {
        partner: CLINIC,
        role: 'lead',
        responsibilities: 'Screenings, interpreters, and two counsellors at the mental-health table.',
        owner: 'Jorge Villanueva',
        ownerNamedDaysBefore: 70,
      },
      { partner: FOOD_BANK, role: 'presenter', responsibilities: 'Cooking demonstrations with pantry staples.' },
    ],
    contributions: [
      { side: 'library', partner: CLINIC, type: 'space', stage: 'planned', description: 'Main library auditorium and a quiet room', quantity: 1, unit: 'days', moneyValue: 600, on: 0 },
      { side: 'partner', partner: CLINIC, type: 'volunteers', stage: 'planned', description: 'Nursing-student volunteers', quantity: 24, unit: 'hours', on: 0 },
      { side: 'partner', partner: CLINIC, type: 'staff-time', stage: 'planned', description: 'Nurses, interpreters and counsellors for the day', quantity: 40, unit: 'hours', on: 0 },
    ],
    duties: [
      { partner: CLINIC, what: 'Confirm two mental-health counsellors for the day', owner: { contact: 'Priya Raman' }, dueDaysBefore: 30 },
      { partner: CLINIC, what: 'Print the bilingual flyers and posters for the branches', owner: { staff: 'Lena Okafor' }, dueDaysBefore: 41 },
      { partner: FOOD_BANK, what: 'Name who runs the cooking demonstrations', owner: { contact: 'Keisha Moore' }, dueDaysBefore: 50 },
    ],
  },
  {
    title: 'Homework Help Nights',
    description: 'Ten Tuesday evenings of drop-in homework help in the Teen room, with volunteer tutors from the Literacy Council and referrals from teachers.',
    topic: 'lifelong-learning',
    primaryOutcome: 'new-skills',
    developmentModel: 'with-partner',
    format: 'drop-in-help',
    location: 'library',
    targetGroups: ['students', 'children-6-11', 'teens'],
    ageBands: ['age-6-11', 'age-12-18'],
    libraryRole: 'sponsor',
    impactAreas: ['knowledgeable', 'connected'],
    startsIn: -150,
    lastsDays: 63,
    status: 'held',
    recordedDaysBefore: 45,
    // The tutors' background checks came through a week after the first night.
    checklist: { agreement: 45, spaceBooked: 40, brandingApproved: 20, timingConfirmed: 14, volunteersCleared: -7 },
    partnerCredited: true,
    summarySharedAfter: 30,
    roles: [
      {
        partner: SCHOOLS,
        role: 'co-host',
        responsibilities: 'Teachers refer students and flyers go home in backpacks; a teacher drops in on the first night.',
        owner: 'Tomás Herrera',
        ownerNamedDaysBefore: 45,
      },
      {
        partner: LITERACY,
        role: 'volunteer-provider',
        responsibilities: 'Three trained volunteer tutors each night, with background checks.',
        owner: 'Luis Romero',
        ownerNamedDaysBefore: 4,
      },
    ],
    sessions: series(7, { format: 'in-person-onsite', audienceMatched: true }, [
      attendance(0, 14, 6, 3),
      attendance(0, 17, 7, 2),
      attendance(0, 19, 8, 4),
      attendance(0, 22, 9, 3),
      [attendance(0, 9, 3, 1), { notes: 'Storm warning: only a handful came.' }],
      attendance(0, 20, 10, 2),
      [attendance(0, 21, 11, 3), { audienceMatched: undefined, notes: 'Substitute librarian; the sign-in sheet was not checked against the referral list.' }],
      attendance(0, 18, 9, 2),
      attendance(0, 23, 8, 4),
      [attendance(0, 25, 12, 5), { notes: 'Last night before the exams: every tutor busy all evening.' }],
    ]),
    contributions: [
      { side: 'partner', partner: LITERACY, type: 'volunteers', stage: 'planned', description: 'Tutors pledged at planning: three a night, 2 hours, 12 nights', quantity: 72, unit: 'hours', on: -30 },
      { side: 'partner', partner: LITERACY, type: 'volunteers', stage: 'actual', description: 'Volunteer tutors: three a night for ten nights, 2 hours each', quantity: 60, unit: 'hours', on: 63 },
      { side: 'partner', partner: SCHOOLS, type: 'promotion', stage: 'actual', description: 'Flyers sent home in backpacks at six schools', quantity: 3000, unit: 'items', on: -7 },
      { side: 'library', partner: SCHOOLS, type: 'space', stage: 'actual', description: 'The Teen room, ten evenings', quantity: 10, unit: 'sessions', moneyValue: 1500, on: 63 },
      { side: 'library', partner: SCHOOLS, type: 'staff-time', stage: 'actual', description: 'A librarian on duty each night', quantity: 25, unit: 'hours', moneyValue: 775, on: 63 },
      { side: 'library', partner: null, type: 'materials', stage: 'actual', description: 'Workbooks, pencils and snacks', moneyValue: 240, on: 0 },
    ],
    outcomes: [
      { timing: 'immediate', measure: 'confidence', respondents: 48, counts: [1, 2, 7, 20, 14], nonResponses: 4, collectedAfter: 0 },
      { timing: 'follow-up', measure: 'application', respondents: 31, counts: [0, 2, 5, 14, 7], nonResponses: 3, collectedAfter: 35 },
    ],
    notes: [
      {
        kind: 'quote',
        text: '“My son finally asks for help instead of hiding his homework. The tutors talk to him like he is smart.”',
        attribution: 'A parent at Homework Help Nights',
        dimension: 'deeper-impacts',
        consent: true,
        partner: SCHOOLS,
        notedAfter: -40,
      },
      {
        kind: 'lesson',
        text: 'Start the tutors’ background checks a month ahead: two tutors could not begin until the second week.',
        dimension: 'better-programs',
        partner: LITERACY,
        notedAfter: 5,
      },
      {
        kind: 'outcome',
        text: 'Teachers at Lincoln Elementary reported that 11 of the 14 students they referred turned in more homework in the following grading period.',
        attribution: 'Angela Brooks, Director of Curriculum and Instruction',
        dimension: 'deeper-impacts',
        partner: SCHOOLS,
        notedAfter: 40,
      },
    ],
  },
  {
    title: 'Job Skills Workshop Series',
    description: 'Six weekly workshops with the workforce board’s career coaches: résumés, online applications, LinkedIn, interviews, and working for a small business.',
    topic: 'economic-development',
    primaryOutcome: 'new-skills',
    developmentModel: 'with-partner',
    format: 'workshop-class',
    location: 'hybrid',
    targetGroups: ['job-seekers', 'adults'],
    ageBands: ['age-19-plus'],
    libraryRole: 'co-sponsor',
    impactAreas: ['economically-vital', 'knowledgeable'],
    startsIn: -130,
    lastsDays: 35,
    status: 'held',
    recordedDaysBefore: 50,
    checklist: { agreement: 50, spaceBooked: 45, timingConfirmed: 30, brandingApproved: 21, volunteersCleared: 10 },
    partnerCredited: true,
    summarySharedAfter: 20,
    roles: [
      {
        partner: WORKFORCE,
        role: 'lead',
        responsibilities: 'Designs the series; its career coaches teach résumés, interviews and online applications.',
        owner: 'Samuel Ortiz',
        ownerNamedDaysBefore: 50,
      },
      {
        partner: SMALL_BUSINESS,
        role: 'presenter',
        responsibilities: 'Two members lead the “working for a small business” session and sit in on the mock interviews.',
        owner: 'Li Wei',
        ownerNamedDaysBefore: 2,
      },
    ],
    sessions: [
      { day: 0, format: 'in-person-onsite', attendance: attendance(0, 0, 0, 24), audienceMatched: true, notes: 'Résumés.' },
      { day: 7, format: 'in-person-onsite', attendance: attendance(0, 0, 0, 21), audienceMatched: true, notes: 'Cover letters and online applications.' },
      { day: 14, format: 'live-virtual', attendance: attendance(0, 0, 1, 31), audienceMatched: true, notes: 'LinkedIn and online profiles, live online.' },
      { day: 15, hour: 15, format: 'recorded', attendance: {}, recordedViews: 214, notes: 'Recording of the LinkedIn session on the library’s video channel.' },
      { day: 21, format: 'in-person-onsite', attendance: attendance(0, 0, 0, 19), audienceMatched: true, notes: 'Interview practice.' },
      { day: 28, format: 'in-person-onsite', attendance: attendance(0, 0, 0, 18), audienceMatched: true, notes: 'Working for a small business.' },
      { day: 35, format: 'in-person-onsite', attendance: attendance(0, 0, 0, 22), audienceMatched: true, notes: 'Mock interviews with employers.' },
    ],
    contributions: [
      { side: 'partner', partner: WORKFORCE, type: 'expertise', stage: 'actual', description: 'Career coaches teaching the series', quantity: 18, unit: 'hours', moneyValue: 1350, on: 35 },
      { side: 'partner', partner: WORKFORCE, type: 'funding', stage: 'actual', description: 'Printing of workbooks and certificates', moneyValue: 500, on: 0 },
      { side: 'partner', partner: SMALL_BUSINESS, type: 'expertise', stage: 'actual', description: 'Two members presenting one session', quantity: 3, unit: 'hours', on: 28 },
      { side: 'partner', partner: SMALL_BUSINESS, type: 'volunteers', stage: 'actual', description: 'Members as mock interviewers', quantity: 12, unit: 'hours', on: 35 },
      { side: 'library', partner: WORKFORCE, type: 'staff-time', stage: 'planned', description: 'Session host and live-stream support', quantity: 18, unit: 'hours', on: -20 },
      { side: 'library', partner: WORKFORCE, type: 'staff-time', stage: 'actual', description: 'Session host and live-stream support', quantity: 20, unit: 'hours', moneyValue: 620, on: 35 },
      { side: 'library', partner: WORKFORCE, type: 'space', stage: 'actual', description: 'The computer lab, six sessions', quantity: 6, unit: 'sessions', moneyValue: 900, on: 35 },
    ],
    outcomes: [
      { timing: 'immediate', measure: 'knowledge', respondents: 21, counts: [0, 0, 2, 10, 8], nonResponses: 1, collectedAfter: 0 },
      { timing: 'immediate', measure: 'confidence', respondents: 21, counts: [0, 1, 4, 9, 6], nonResponses: 1, collectedAfter: 0 },
      { timing: 'immediate', measure: 'application', respondents: 21, counts: [0, 1, 3, 8, 7], nonResponses: 2, collectedAfter: 0 },
      { timing: 'immediate', measure: 'awareness', respondents: 21, counts: [0, 0, 3, 7, 9], nonResponses: 2, collectedAfter: 0 },
      { timing: 'follow-up', measure: 'application', respondents: 14, counts: [0, 1, 2, 6, 2], nonResponses: 3, collectedAfter: 42 },
      // The live-online session's own poll.
      { session: 2, timing: 'immediate', measure: 'knowledge', respondents: 12, counts: [0, 0, 1, 6, 5], nonResponses: 0, collectedAfter: 0 },
    ],
    notes: [
      {
        kind: 'quote',
        text: '“I had not had an interview in eleven years. After the mock interview I stopped shaking.”',
        attribution: 'A participant, who asked that it stay inside the library',
        dimension: 'deeper-impacts',
        consent: false,
        partner: WORKFORCE,
        notedAfter: 1,
      },
      {
        kind: 'lesson',
        text: 'The live-online session drew the most people: offer every session both ways next time.',
        dimension: 'better-programs',
        partner: null,
        notedAfter: 3,
      },
      {
        kind: 'outcome',
        text: 'Four participants reported a job offer within eight weeks; two were hired by employers they met at the mock interviews.',
        attribution: 'Samuel Ortiz, Career Services Manager',
        dimension: 'deeper-impacts',
        partner: WORKFORCE,
        notedAfter: 45,
      },
    ],
  },
  {
    title: 'Youth Job Fair',
    description: 'Employers hiring 16–21-year-olds, on-the-spot interviews and résumé help at the Main library.',
    topic: 'economic-development',
    primaryOutcome: 'resource-awareness',
    developmentModel: 'with-partner',
    format: 'fair-festival',
    location: 'library',
    targetGroups: ['teens', 'job-seekers'],
    ageBands: ['age-12-18', 'age-19-plus'],
    libraryRole: 'sponsor',
    impactAreas: ['economically-vital', 'connected'],
    startsIn: -250,
    status: 'held',
    recordedDaysBefore: 50,
    checklist: { agreement: 50, spaceBooked: 48, timingConfirmed: 40, brandingApproved: 25, volunteersCleared: 7 },
    partnerCredited: false,
    roles: [
      {
        partner: WORKFORCE,
        role: 'lead',
        responsibilities: 'Recruits the employers and runs the interview tables.',
        owner: 'Linda Park',
        ownerNamedDaysBefore: 50,
      },
    ],
    sessions: [
      { day: 0, hour: 18, format: 'in-person-onsite', attendance: attendance(0, 0, 236, 174), audienceMatched: true, notes: '38 employers; 60 interviews on the spot.' },
    ],
    contributions: [
      { side: 'partner', partner: WORKFORCE, type: 'staff-time', stage: 'actual', description: 'Employer recruiting and staff on the day', quantity: 40, unit: 'hours', moneyValue: 2400, on: 0 },
      { side: 'library', partner: WORKFORCE, type: 'space', stage: 'actual', description: 'Main library auditorium and Teen Lab', quantity: 1, unit: 'days', moneyValue: 600, on: 0 },
      { side: 'library', partner: WORKFORCE, type: 'promotion', stage: 'actual', description: 'Posters in every high school and the teen newsletter', moneyValue: 300, on: -20 },
    ],
    notes: [
      {
        kind: 'story',
        text: 'Employers asked to come back: the board now lists the library as a standing venue for its youth hiring events.',
        attribution: 'Linda Park, Youth Employment Coordinator',
        dimension: 'expanded-capacities',
        partner: WORKFORCE,
        notedAfter: 14,
      },
    ],
  },
  {
    title: 'Youth Hiring Day',
    description: 'The second youth job fair, with the Teen Lab computers set up for online applications and a financial-aid table.',
    topic: 'economic-development',
    primaryOutcome: 'resource-awareness',
    developmentModel: 'with-partner',
    format: 'fair-festival',
    location: 'library',
    targetGroups: ['teens', 'job-seekers'],
    ageBands: ['age-12-18', 'age-19-plus'],
    libraryRole: 'sponsor',
    impactAreas: ['economically-vital'],
    startsIn: 20,
    status: 'planned',
    recordedDaysBefore: 75,
    checklist: { agreement: 75, timingConfirmed: 75, spaceBooked: 70 },
    partnerCredited: true,
    roles: [
      { partner: WORKFORCE, role: 'lead', responsibilities: 'Recruits the employers and runs the interview tables.', owner: 'Linda Park', ownerNamedDaysBefore: 75 },
      { partner: COLLEGE, role: 'presenter', responsibilities: 'Financial-aid and certificate-program table.' },
    ],
    contributions: [
      { side: 'library', partner: WORKFORCE, type: 'space', stage: 'planned', description: 'Main library auditorium and Teen Lab', quantity: 1, unit: 'days', moneyValue: 600, on: 0 },
      { side: 'partner', partner: WORKFORCE, type: 'staff-time', stage: 'planned', description: 'Employer recruiting and staff on the day', quantity: 40, unit: 'hours', on: 0 },
    ],
    duties: [
      { partner: WORKFORCE, what: 'Send the list of confirmed employers', owner: { contact: 'Linda Park' }, dueDaysBefore: 14 },
      { partner: WORKFORCE, what: 'Book the Teen Lab computers and a printer for applications', owner: { staff: 'Lena Okafor' }, dueDaysBefore: 24, done: 0 },
    ],
  },
  {
    title: 'Summer Reading Kickoff',
    description: 'The kickoff in Riverside Park: the StoryWalk, reading-log sign-up, activity tables with teen reading buddies and a performer. The district promotes it at kickoff assemblies in 12 schools.',
    topic: 'summer-reading',
    primaryOutcome: 'fun-inspiration',
    developmentModel: 'library',
    format: 'fair-festival',
    location: 'partner-site',
    ageBands: ['age-0-5', 'age-6-11', 'age-12-18', 'general'],
    libraryRole: 'sponsor',
    impactAreas: ['joyful', 'knowledgeable', 'connected'],
    startsIn: 24,
    status: 'planned',
    by: 'Lena Okafor',
    recordedDaysBefore: 84,
    checklist: { agreement: 84, timingConfirmed: 60, spaceBooked: 50 },
    partnerCredited: true,
    roles: [
      { partner: PARKS, role: 'venue-host', responsibilities: 'The Riverside Park pavilion, the permit, tables and a ranger.', owner: 'Derek Olsen', ownerNamedDaysBefore: 60 },
      { partner: SCHOOLS, role: 'promoter', responsibilities: 'Kickoff assemblies at 12 schools and the reading log in every backpack.', owner: 'Tomás Herrera', ownerNamedDaysBefore: 84 },
      { partner: REGIONAL, role: 'funder', responsibilities: 'Shares the summer reading platform licence, 60/40.', owner: 'Catherine Doyle', ownerNamedDaysBefore: 84 },
      { partner: YMCA, role: 'volunteer-provider', responsibilities: 'Teen reading buddies at the activity tables.' },
    ],
    contributions: [
      { side: 'partner', partner: REGIONAL, type: 'funding', stage: 'planned', description: 'Its share of the summer reading platform licence', moneyValue: 2400, on: -30 },
      { side: 'partner', partner: PARKS, type: 'space', stage: 'planned', description: 'Pavilion and lawn for the day', quantity: 1, unit: 'days', moneyValue: 350, on: 0 },
      { side: 'partner', partner: YMCA, type: 'volunteers', stage: 'planned', description: 'Teen reading buddies', quantity: 20, unit: 'hours', on: 0 },
      { side: 'library', partner: null, type: 'materials', stage: 'planned', description: 'Reading logs, prizes and books to give away', moneyValue: 1800, on: -10 },
      { side: 'library', partner: null, type: 'staff-time', stage: 'planned', description: 'Children’s and teen librarians for the day', quantity: 60, unit: 'hours', moneyValue: 1860, on: 0 },
    ],
    duties: [
      { partner: PARKS, what: 'Confirm the pavilion permit and the ranger', owner: { contact: 'Derek Olsen' }, dueDaysBefore: 21 },
      { partner: REGIONAL, what: 'Order the reading-log prizes', owner: { staff: 'Lena Okafor' }, dueDaysBefore: 30, done: -2 },
    ],
  },
  {
    title: 'Museum Family Day: Millbrook Then and Now',
    description: 'A family afternoon at the museum: a scavenger hunt through the digitised street photographs, a printmaking table and stories from the archive.',
    topic: 'arts-culture',
    primaryOutcome: 'fun-inspiration',
    developmentModel: 'with-partner',
    format: 'tour-visit',
    location: 'partner-site',
    ageBands: ['age-0-5', 'age-6-11', 'age-19-plus'],
    libraryRole: 'co-sponsor',
    impactAreas: ['creative', 'connected', 'joyful'],
    startsIn: -200,
    status: 'held',
    recordedDaysBefore: 60,
    checklist: { agreement: 60, spaceBooked: 60, brandingApproved: 30, timingConfirmed: 30, volunteersCleared: 12 },
    partnerCredited: true,
    summarySharedAfter: 25,
    roles: [
      { partner: MUSEUM, role: 'venue-host', responsibilities: 'The galleries and the garden; curators at the photograph tables.', owner: 'Grace Okonjo', ownerNamedDaysBefore: 60 },
      { partner: ARTS, role: 'presenter', responsibilities: 'A teaching artist leads the family printmaking table.', owner: 'Ben Whitaker', ownerNamedDaysBefore: 10 },
    ],
    sessions: [
      { day: 0, hour: 19, format: 'in-person-offsite', attendance: attendance(22, 58, 9, 71), audienceMatched: true, notes: 'Scavenger hunt through the digitised photographs; 160 visitors.' },
    ],
    contributions: [
      { side: 'partner', partner: MUSEUM, type: 'space', stage: 'actual', description: 'Galleries and garden for the afternoon', quantity: 1, unit: 'days', moneyValue: 800, on: 0 },
      { side: 'partner', partner: MUSEUM, type: 'staff-time', stage: 'actual', description: 'Curators at the photograph tables', quantity: 16, unit: 'hours', on: 0 },
      { side: 'partner', partner: ARTS, type: 'expertise', stage: 'actual', description: 'Teaching artist at the printmaking table', quantity: 5, unit: 'hours', moneyValue: 375, on: 0 },
      { side: 'library', partner: MUSEUM, type: 'materials', stage: 'actual', description: 'Scavenger-hunt booklets', quantity: 200, unit: 'items', moneyValue: 140, on: -3 },
      { side: 'library', partner: MUSEUM, type: 'volunteers', stage: 'actual', description: 'Friends of the Library volunteers at the craft tables', quantity: 10, unit: 'hours', on: 0 },
    ],
    outcomes: [{ timing: 'immediate', measure: 'awareness', respondents: 34, counts: [0, 1, 5, 16, 10], nonResponses: 2, collectedAfter: 0 }],
    notes: [
      {
        kind: 'quote',
        text: '“We never knew the library had all these pictures. The kids want to come back and find our street.”',
        attribution: 'A parent at the family day',
        dimension: 'better-programs',
        consent: true,
        partner: MUSEUM,
        notedAfter: 0,
      },
      {
        kind: 'story',
        text: 'A family found their great-grandfather’s bakery in one of the digitised street photographs and brought in three more photographs of it for the collection.',
        attribution: 'Grace Okonjo, Archivist',
        dimension: 'deeper-impacts',
        partner: MUSEUM,
        notedAfter: 6,
      },
    ],
  },
  {
    title: 'ESL Conversation Circle',
    description: 'Eight Saturday mornings of conversation practice for English learners, with a college-trained facilitator and a second from the Literacy Council.',
    topic: 'lifelong-learning',
    primaryOutcome: 'new-skills',
    developmentModel: 'with-partner',
    format: 'discussion-group',
    location: 'library',
    targetGroups: ['new-americans', 'adults'],
    ageBands: ['age-19-plus'],
    libraryRole: 'co-sponsor',
    impactAreas: ['welcoming', 'connected', 'knowledgeable'],
    startsIn: -110,
    lastsDays: 49,
    status: 'held',
    recordedDaysBefore: 35,
    checklist: { agreement: 35, spaceBooked: 35, timingConfirmed: 30, brandingApproved: 14, volunteersCleared: 7 },
    partnerCredited: true,
    summarySharedAfter: 28,
    roles: [
      { partner: COLLEGE, role: 'co-host', responsibilities: 'Refers its ESL students and trains the facilitators.', owner: 'Hannah Cole', ownerNamedDaysBefore: 35 },
      { partner: LITERACY, role: 'presenter', responsibilities: 'A second facilitator from the council’s ESL program each week.', owner: 'Fatima Noor', ownerNamedDaysBefore: 35 },
    ],
    sessions: series(7, { format: 'in-person-onsite', hour: 15, audienceMatched: true }, [
      attendance(0, 0, 0, 9),
      attendance(0, 0, 0, 11),
      attendance(0, 0, 1, 12),
      attendance(0, 0, 0, 10),
      [attendance(0, 0, 0, 8), { format: 'live-virtual', notes: 'Moved online: the building was closed for a boiler repair.' }],
      attendance(0, 0, 0, 13),
      attendance(0, 0, 0, 14),
      attendance(0, 0, 0, 12),
    ]),
    contributions: [
      { side: 'partner', partner: COLLEGE, type: 'expertise', stage: 'actual', description: 'Facilitator training', quantity: 4, unit: 'hours', moneyValue: 240, on: -10 },
      { side: 'partner', partner: LITERACY, type: 'volunteers', stage: 'actual', description: 'Second facilitator, eight Saturdays, 2 hours each', quantity: 16, unit: 'hours', on: 49 },
      { side: 'library', partner: COLLEGE, type: 'space', stage: 'actual', description: 'Meeting room, eight Saturdays', quantity: 8, unit: 'sessions', moneyValue: 800, on: 49 },
      { side: 'library', partner: COLLEGE, type: 'staff-time', stage: 'actual', description: 'A librarian to open up and share the library’s language resources', quantity: 16, unit: 'hours', moneyValue: 496, on: 49 },
    ],
    outcomes: [
      { timing: 'immediate', measure: 'confidence', respondents: 19, counts: [0, 0, 3, 9, 5], nonResponses: 2, collectedAfter: 0 },
      { timing: 'follow-up', measure: 'confidence', respondents: 11, counts: [0, 1, 2, 5, 3], nonResponses: 0, collectedAfter: 40 },
    ],
    notes: [
      {
        kind: 'quote',
        text: '“Here nobody laughs at my accent. Last week I called my son’s school by myself.”',
        attribution: 'A participant in the circle',
        dimension: 'deeper-impacts',
        consent: true,
        partner: COLLEGE,
        notedAfter: -20,
      },
    ],
  },
  {
    title: 'Eat Well on a Budget',
    description: 'A four-week cooking and nutrition class: planning meals from the pantry list, reading labels, and cooking together, with a take-home bag each week.',
    topic: 'health-wellness',
    primaryOutcome: 'changed-behaviours',
    developmentModel: 'with-partner',
    format: 'workshop-class',
    location: 'library',
    targetGroups: ['families', 'adults'],
    ageBands: ['age-19-plus'],
    libraryRole: 'co-sponsor',
    impactAreas: ['healthy', 'economically-vital'],
    startsIn: -70,
    lastsDays: 21,
    status: 'held',
    recordedDaysBefore: 40,
    // The flyer went out without the food bank's logo, and the branding was only approved after the first class.
    checklist: { agreement: 40, spaceBooked: 35, timingConfirmed: 25, volunteersCleared: 14, brandingApproved: -3 },
    partnerCredited: false,
    roles: [
      { partner: FOOD_BANK, role: 'lead', responsibilities: 'Recipes, groceries for the demonstrations and a take-home bag each week.', owner: 'Keisha Moore', ownerNamedDaysBefore: 40 },
      { partner: EXTENSION, role: 'presenter', responsibilities: 'A nutrition educator teaches each class.', owner: 'Elaine Fischer', ownerNamedDaysBefore: 40 },
    ],
    sessions: series(7, { format: 'in-person-onsite', audienceMatched: true }, [
      attendance(0, 0, 0, 16),
      [attendance(0, 0, 0, 14), { format: 'in-person-offsite', notes: 'In the food bank’s teaching kitchen.' }],
      attendance(0, 2, 0, 15),
      [attendance(0, 0, 0, 13), { audienceMatched: false, notes: 'Half the group were food-bank volunteers rather than the families it was meant for.' }],
    ]),
    contributions: [
      { side: 'partner', partner: FOOD_BANK, type: 'materials', stage: 'actual', description: 'Groceries for the demonstrations and the take-home bags', quantity: 64, unit: 'items', moneyValue: 520, on: 21 },
      { side: 'partner', partner: FOOD_BANK, type: 'space', stage: 'actual', description: 'Teaching kitchen for one class', quantity: 1, unit: 'sessions', moneyValue: 150, on: 7 },
      { side: 'partner', partner: EXTENSION, type: 'expertise', stage: 'actual', description: 'Nutrition educator, four classes', quantity: 8, unit: 'hours', on: 21 },
      { side: 'library', partner: FOOD_BANK, type: 'space', stage: 'actual', description: 'Meeting room with the kitchenette, three classes', quantity: 3, unit: 'sessions', moneyValue: 450, on: 21 },
      { side: 'library', partner: FOOD_BANK, type: 'promotion', stage: 'actual', description: 'Flyers at the service desks and the pantry', moneyValue: 120, on: -5 },
    ],
    outcomes: [
      { timing: 'immediate', measure: 'application', respondents: 24, counts: [0, 1, 4, 11, 6], nonResponses: 2, collectedAfter: 0 },
      { timing: 'follow-up', measure: 'application', respondents: 15, counts: [1, 1, 3, 7, 2], nonResponses: 1, collectedAfter: 42 },
    ],
    notes: [
      {
        kind: 'lesson',
        text: 'Evening classes clash with the pantry’s distribution night: hold the next series on Tuesdays.',
        dimension: 'better-programs',
        partner: EXTENSION,
        notedAfter: 2,
      },
      {
        kind: 'outcome',
        text: 'At the six-week call, 9 of the 15 families said they now plan meals from the pantry list each week.',
        attribution: 'Keisha Moore, Programs Manager',
        dimension: 'deeper-impacts',
        partner: FOOD_BANK,
        notedAfter: 43,
      },
    ],
  },
  {
    title: 'Know Your Rights',
    description: 'Monthly sessions in Spanish and Arabic with the legal clinic’s attorneys: rights at work, with landlords and at the border, and where to find free legal help.',
    topic: 'civic-engagement',
    primaryOutcome: 'resource-awareness',
    developmentModel: 'with-partner',
    format: 'talk-presentation',
    location: 'library',
    targetGroups: ['new-americans'],
    ageBands: ['age-19-plus'],
    libraryRole: 'co-sponsor',
    impactAreas: ['civically-engaged', 'welcoming'],
    startsIn: -230,
    lastsDays: 180,
    status: 'held',
    recordedDaysBefore: 60,
    checklist: { agreement: 60, spaceBooked: 50, timingConfirmed: 40, brandingApproved: 20, volunteersCleared: 20 },
    partnerCredited: true,
    roles: [
      { partner: LEGAL, role: 'lead', responsibilities: 'Attorneys present in Spanish and Arabic and take questions one on one.', owner: 'Yusuf Haddad', ownerNamedDaysBefore: 60 },
    ],
    sessions: series(36, { format: 'in-person-onsite', audienceMatched: true }, [
      [attendance(0, 0, 0, 26), { notes: 'In Arabic; many questions about travel documents.' }],
      attendance(0, 0, 0, 31),
      [attendance(0, 0, 0, 18), { format: 'live-virtual', audienceMatched: undefined }],
      attendance(0, 0, 0, 22),
      attendance(0, 0, 0, 29),
      [attendance(0, 0, 0, 24), { notes: 'Moved to the Westside branch: the room at Main was double-booked.' }],
    ]),
    contributions: [
      { side: 'partner', partner: LEGAL, type: 'expertise', stage: 'actual', description: 'Attorneys presenting six sessions', quantity: 12, unit: 'hours', moneyValue: 1800, on: 180 },
      { side: 'library', partner: LEGAL, type: 'space', stage: 'actual', description: 'Meeting rooms, six evenings', quantity: 6, unit: 'sessions', moneyValue: 600, on: 180 },
      { side: 'library', partner: LEGAL, type: 'promotion', stage: 'actual', description: 'The sessions in the Spanish and Arabic newsletters', on: 60 },
    ],
    outcomes: [{ timing: 'immediate', measure: 'awareness', respondents: 40, counts: [0, 1, 4, 15, 17], nonResponses: 3, collectedAfter: 0 }],
    notes: [
      {
        kind: 'story',
        text: 'After the first Arabic session, three families made appointments with the clinic for their citizenship applications.',
        attribution: 'Yusuf Haddad, Outreach Coordinator',
        dimension: 'deeper-impacts',
        partner: LEGAL,
        notedAfter: -170,
      },
    ],
  },
  {
    title: 'Y Family Fun Day',
    description: 'The Y’s open day at its Westside centre. The library promoted it and ran a card sign-up table.',
    topic: 'health-wellness',
    primaryOutcome: 'fun-inspiration',
    developmentModel: 'with-partner',
    format: 'fair-festival',
    location: 'partner-site',
    ageBands: ['age-0-5', 'age-6-11', 'age-19-plus'],
    libraryRole: 'promotion-only',
    impactAreas: ['joyful', 'healthy', 'connected'],
    startsIn: -100,
    status: 'held',
    recordedDaysBefore: 30,
    checklist: { agreement: 30, spaceBooked: 30, timingConfirmed: 30, volunteersCleared: 30, brandingApproved: 20 },
    partnerCredited: true,
    roles: [{ partner: YMCA, role: 'lead', responsibilities: 'Runs the day at the Westside Y.', owner: 'Carlos Mendes', ownerNamedDaysBefore: 30 }],
    sessions: [
      { day: 0, hour: 17, format: 'in-person-offsite', attendance: attendance(60, 95, 30, 140), audienceMatched: true, notes: 'Attendance from the Y’s door count; 37 new cardholders at the library table.' },
    ],
    contributions: [
      { side: 'library', partner: YMCA, type: 'promotion', stage: 'actual', description: 'In the library newsletter and on the events calendar', on: -14 },
      { side: 'library', partner: YMCA, type: 'staff-time', stage: 'actual', description: 'Card sign-up table', quantity: 8, unit: 'hours', moneyValue: 248, on: 0 },
    ],
  },
  {
    title: 'Teen Mural Project',
    description: 'Twelve teens design and paint a mural on the Eastside branch wall with a teaching artist, one evening a week for eight weeks.',
    topic: 'arts-culture',
    primaryOutcome: 'new-skills',
    developmentModel: 'with-partner',
    format: 'club-series',
    location: 'library',
    targetGroups: ['teens'],
    ageBands: ['age-12-18'],
    libraryRole: 'sponsor',
    impactAreas: ['creative', 'connected'],
    startsIn: -175,
    lastsDays: 49,
    status: 'held',
    recordedDaysBefore: 15,
    checklist: { agreement: 15, spaceBooked: 15, timingConfirmed: 14, brandingApproved: 10, volunteersCleared: 8 },
    partnerCredited: true,
    summarySharedAfter: 30,
    roles: [
      { partner: ARTS, role: 'lead', responsibilities: 'A teaching artist leads every session.', owner: 'Ben Whitaker', ownerNamedDaysBefore: 15 },
      { partner: ARTS, role: 'funder', responsibilities: 'The council’s grant pays the artist’s fee and the paint.', owner: 'Sofia Delgado', ownerNamedDaysBefore: 15 },
    ],
    sessions: series(7, { format: 'in-person-onsite', hour: 22, audienceMatched: true }, [
      attendance(0, 0, 12, 0),
      attendance(0, 0, 12, 0),
      attendance(0, 0, 11, 0),
      attendance(0, 0, 10, 0),
      attendance(0, 0, 12, 0),
      [attendance(0, 0, 9, 0), { notes: 'Rain: painted the panels indoors.' }],
      attendance(0, 0, 11, 0),
      [attendance(0, 0, 12, 1), { notes: 'Unveiling, with the councillor for the Eastside ward.' }],
    ]),
    contributions: [
      { side: 'partner', partner: ARTS, type: 'funding', stage: 'actual', description: 'Teaching artist’s fee and the paint', moneyValue: 3200, on: 0 },
      { side: 'library', partner: ARTS, type: 'space', stage: 'actual', description: 'Eastside branch wall and meeting room', quantity: 8, unit: 'sessions', moneyValue: 800, on: 49 },
      { side: 'library', partner: ARTS, type: 'staff-time', stage: 'actual', description: 'Teen librarian at every session', quantity: 24, unit: 'hours', moneyValue: 744, on: 49 },
    ],
    outcomes: [{ timing: 'immediate', measure: 'confidence', respondents: 12, counts: [0, 0, 2, 6, 4], nonResponses: 0, collectedAfter: 0 }],
    notes: [
      {
        kind: 'story',
        text: 'The teens asked to keep meeting after the mural was finished; eight of them now run the Teen Lab’s art club.',
        dimension: 'expanded-capacities',
        partner: ARTS,
        notedAfter: 20,
      },
    ],
  },
  {
    title: 'Teen 3D Printing Workshops',
    description: 'A monthly evening workshop in the Teen Lab on Forge’s loaned 3D printer: design, print, fix the failed prints.',
    topic: 'stem',
    primaryOutcome: 'new-skills',
    developmentModel: 'with-partner',
    format: 'workshop-class',
    location: 'library',
    targetGroups: ['teens'],
    ageBands: ['age-12-18'],
    libraryRole: 'sponsor',
    impactAreas: ['creative', 'knowledgeable'],
    startsIn: -130,
    lastsDays: 118,
    status: 'held',
    recordedDaysBefore: 40,
    checklist: { agreement: 40, spaceBooked: 35, brandingApproved: 20, timingConfirmed: 20, volunteersCleared: 14 },
    partnerCredited: true,
    summarySharedAfter: 8,
    roles: [{ partner: FORGE, role: 'presenter', responsibilities: 'Lends the 3D printer; a volunteer maker leads each workshop.', owner: 'Kai Nakamura', ownerNamedDaysBefore: 40 }],
    sessions: [
      { day: 0, hour: 22, format: 'in-person-onsite', attendance: attendance(0, 0, 14, 0), audienceMatched: true, notes: 'Three failed prints and one very good chess set.' },
      { day: 30, hour: 22, format: 'in-person-onsite', attendance: attendance(0, 0, 15, 0), audienceMatched: true },
      { day: 60, hour: 22, format: 'in-person-onsite', attendance: attendance(0, 0, 15, 0), audienceMatched: true },
      { day: 90, hour: 22, format: 'in-person-onsite', attendance: attendance(0, 0, 16, 0), audienceMatched: true, notes: 'Waiting list of nine.' },
      { day: 118, hour: 22, format: 'in-person-onsite', attendance: attendance(0, 0, 15, 0), audienceMatched: true },
    ],
    contributions: [
      { side: 'partner', partner: FORGE, type: 'materials', stage: 'actual', description: 'Loan of the 3D printer', quantity: 1, unit: 'items', moneyValue: 500, on: 0 },
      { side: 'partner', partner: FORGE, type: 'volunteers', stage: 'actual', description: 'A volunteer maker at each workshop', quantity: 15, unit: 'hours', on: 118 },
      { side: 'library', partner: FORGE, type: 'materials', stage: 'actual', description: 'Filament', moneyValue: 180, on: 0 },
      { side: 'library', partner: FORGE, type: 'space', stage: 'actual', description: 'The Teen Lab, five evenings', quantity: 5, unit: 'sessions', moneyValue: 500, on: 118 },
    ],
    outcomes: [{ timing: 'immediate', measure: 'knowledge', respondents: 30, counts: [0, 0, 3, 12, 13], nonResponses: 2, collectedAfter: 0 }],
    notes: [
      {
        kind: 'lesson',
        text: 'Every workshop filled with a waiting list: Forge can add a second monthly session if the library buys the filament.',
        attribution: 'Kai Nakamura',
        dimension: 'expanded-capacities',
        partner: FORGE,
        notedAfter: -4,
      },
    ],
  },
  {
    title: 'StoryWalk Lantern Walk',
    description: 'An evening walk along the Riverside Park StoryWalk with paper lanterns, a bilingual story at every post and cocoa at the end.',
    topic: 'early-literacy',
    primaryOutcome: 'fun-inspiration',
    developmentModel: 'library',
    format: 'tour-visit',
    location: 'partner-site',
    targetGroups: ['families'],
    ageBands: ['age-0-5', 'age-6-11', 'general'],
    libraryRole: 'sponsor',
    impactAreas: ['joyful', 'connected'],
    startsIn: -40,
    status: 'postponed',
    statusReason: 'weather',
    statusNote: 'A severe thunderstorm warning closed the park’s trails that evening. A new date will be set with Parks.',
    decidedDaysBefore: 1,
    recordedDaysBefore: 45,
    checklist: { agreement: 45, spaceBooked: 40, timingConfirmed: 30, brandingApproved: 20, volunteersCleared: 10 },
    partnerCredited: true,
    roles: [{ partner: PARKS, role: 'co-host', responsibilities: 'Opens the park after hours and lights the trail.', owner: 'Maria Santos', ownerNamedDaysBefore: 45 }],
    contributions: [
      { side: 'library', partner: PARKS, type: 'materials', stage: 'actual', description: 'Lanterns and glow sticks (kept for the new date)', quantity: 150, unit: 'items', moneyValue: 150, on: -10 },
      { side: 'partner', partner: PARKS, type: 'staff-time', stage: 'planned', description: 'Two park staff for the evening', quantity: 6, unit: 'hours', on: 0 },
    ],
  },
  {
    title: 'Teen Laser-Cutting Workshop',
    description: 'A workshop on Forge’s laser cutter in the Teen Lab: design a keychain, cut it, take it home.',
    topic: 'stem',
    primaryOutcome: 'new-skills',
    developmentModel: 'with-partner',
    format: 'workshop-class',
    location: 'library',
    targetGroups: ['teens'],
    ageBands: ['age-12-18'],
    libraryRole: 'sponsor',
    impactAreas: ['creative'],
    startsIn: -60,
    status: 'cancelled',
    statusReason: 'funding',
    statusNote: 'The Teen Lab needs a ventilation hood (about $4,000) before the laser cutter can be used, and there is no budget for it this year.',
    decidedDaysBefore: 25,
    recordedDaysBefore: 50,
    checklist: { agreement: 50, spaceBooked: 45 },
    partnerCredited: false,
    roles: [{ partner: FORGE, role: 'presenter', responsibilities: 'Brings the laser cutter and trains the teens on it.', owner: 'Kai Nakamura', ownerNamedDaysBefore: 50 }],
    contributions: [{ side: 'partner', partner: FORGE, type: 'expertise', stage: 'planned', description: 'A volunteer maker to train the teens', quantity: 6, unit: 'hours', on: 0 }],
  },
  {
    title: 'Newcomer Family Orientation (trial)',
    description: 'A first try at a library orientation for newly arrived families, in Dari and Pashto: a tour, a library card for everyone, and an hour in the children’s room.',
    topic: 'civic-engagement',
    primaryOutcome: 'resource-awareness',
    developmentModel: 'with-partner',
    format: 'tour-visit',
    location: 'library',
    targetGroups: ['new-americans', 'families'],
    ageBands: ['age-0-5', 'age-6-11', 'age-12-18', 'age-19-plus'],
    libraryRole: 'sponsor',
    impactAreas: ['welcoming', 'connected'],
    startsIn: -28,
    status: 'held',
    recordedDaysBefore: 42,
    // No agreement yet: New Roots is still exploring the partnership, and the trial went ahead on an email.
    checklist: { spaceBooked: 35, timingConfirmed: 35, brandingApproved: 14, volunteersCleared: 14 },
    partnerCredited: true,
    roles: [
      { partner: NEW_ROOTS, role: 'co-host', responsibilities: 'Brings the families and two interpreters.', owner: 'Daniel Haile', ownerNamedDaysBefore: 42 },
    ],
    sessions: [
      { day: 0, hour: 16, format: 'in-person-onsite', attendance: attendance(5, 8, 3, 11), audienceMatched: true, notes: 'Six families; a library card for everyone.' },
    ],
    contributions: [
      { side: 'partner', partner: NEW_ROOTS, type: 'staff-time', stage: 'actual', description: 'Education coordinator and two interpreters', quantity: 6, unit: 'hours', on: 0 },
      { side: 'library', partner: NEW_ROOTS, type: 'staff-time', stage: 'actual', description: 'Two librarians for the tour and the card sign-up', quantity: 4, unit: 'hours', moneyValue: 124, on: 0 },
      { side: 'library', partner: NEW_ROOTS, type: 'materials', stage: 'actual', description: 'Welcome bags with picture dictionaries', quantity: 6, unit: 'items', moneyValue: 90, on: 0 },
    ],
    notes: [
      {
        kind: 'story',
        text: 'The children’s room was the highlight: two of the families came back on their own the following Saturday.',
        attribution: 'Daniel Haile, Education Coordinator',
        dimension: 'deeper-impacts',
        partner: NEW_ROOTS,
        notedAfter: 7,
      },
    ],
  },
  {
    title: 'Newcomer Family Orientation',
    description: 'The monthly orientation for newly arrived families that grew out of the trial: a tour, library cards on the spot, and the children’s room.',
    topic: 'civic-engagement',
    primaryOutcome: 'resource-awareness',
    developmentModel: 'with-partner',
    format: 'tour-visit',
    location: 'library',
    targetGroups: ['new-americans', 'families'],
    ageBands: ['age-0-5', 'age-6-11', 'age-12-18', 'age-19-plus'],
    libraryRole: 'sponsor',
    impactAreas: ['welcoming', 'connected'],
    startsIn: 5,
    status: 'planned',
    recordedDaysBefore: 25,
    checklist: { spaceBooked: 25, timingConfirmed: 20 },
    partnerCredited: true,
    roles: [{ partner: NEW_ROOTS, role: 'co-host', responsibilities: 'Brings the families and two interpreters.', owner: 'Amina Yusuf', ownerNamedDaysBefore: 25 }],
    contributions: [
      { side: 'partner', partner: NEW_ROOTS, type: 'staff-time', stage: 'planned', description: 'Case manager and two interpreters', quantity: 6, unit: 'hours', on: 0 },
      { side: 'library', partner: NEW_ROOTS, type: 'staff-time', stage: 'planned', description: 'Two librarians for the tour and the card sign-up', quantity: 4, unit: 'hours', on: 0 },
    ],
    duties: [
      { partner: NEW_ROOTS, what: 'Confirm the Dari and Pashto interpreters', owner: { contact: 'Daniel Haile' }, dueDaysBefore: 3 },
      { partner: NEW_ROOTS, what: 'Print the card application in Dari and Pashto', owner: { staff: 'Lena Okafor' }, dueDaysBefore: 7, done: -1 },
    ],
  },
];
