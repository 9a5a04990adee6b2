import type {
  AgreementKind,
  FocusArea,
  GoalAgreedBy,
  ImpactArea,
  InteractionType,
  PartnerStage,
  PartnerType,
  Public,
} from '@common-ground/domain';

/**
 * The demo library's partners: Millbrook Public Library, a mid-size US library (a main library and four branches
 * in a city of about 150,000). Plain data; load-demo-data.ts turns it into records through the real services.
 *
 * Dates are offsets in days from "today" (the injected clock), so the demo always looks current: a goal reviewed
 * 380 days ago is overdue, an agreement whose review is in 12 days shows as needing review.
 * Names of people and organisations are invented; web and mail domains use the reserved `.example` suffix and
 * phone numbers the 555-01xx range kept for fiction.
 */

/** A demo staff member by name (see demo-staff.ts). */
export type DemoStaffName = 'Dana Whitfield' | 'Marcus Reyes' | 'Lena Okafor';

export interface DemoContact {
  name: string;
  title?: string;
  email?: string;
  phone?: string;
  /** Exactly one contact of each partner is primary. */
  primary?: boolean;
  /** Working with the library since this many days ago. */
  sinceDaysAgo?: number;
}

export interface DemoGoal {
  text: string;
  agreedBy: GoalAgreedBy;
  /** Last reviewed this many days ago; null when never reviewed (then due from the day it was recorded). */
  reviewedDaysAgo: number | null;
}

export interface DemoAgreement {
  kind: AgreementKind;
  title: string;
  startedDaysAgo?: number;
  endsInDays?: number;
  reviewInDays?: number;
  listsContributions?: boolean;
  attachmentUrl?: string;
}

export interface DemoPartner {
  name: string;
  type: PartnerType;
  stage: PartnerStage;
  /**
   * When set, the partner is first recorded at this stage and then moved to `stage` by its liaison, so the demo
   * timeline shows a stage change.
   */
  movedFrom?: PartnerStage;
  /** null: nobody assigned yet (recorded by the manager). */
  liaison: DemoStaffName | null;
  website?: string;
  address?: string;
  description: string;
  focusAreas: FocusArea[];
  publics: Public[];
  interactionTypes: InteractionType[];
  impactAreas: ImpactArea[];
  tags: string[];
  contactCadenceDays?: number;
  collaborationLevelLibrary?: number;
  collaborationLevelPartner?: number;
  contacts: DemoContact[];
  goals: DemoGoal[];
  agreements: DemoAgreement[];
}

export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    name: 'Millbrook Unified School District',
    type: 'k12-school',
    stage: 'active',
    liaison: 'Lena Okafor',
    website: 'https://www.millbrookschools.example',
    address: '1200 Lincoln Avenue, Millbrook',
    description:
      'The city’s public school district (22 schools, about 18,000 students). Together we run the kindergarten library-card drive, class visits and summer reading.',
    focusAreas: ['early-literacy', 'summer-reading', 'lifelong-learning'],
    publics: ['children-6-11', 'teens', 'families', 'students'],
    interactionTypes: ['co-planning', 'raising-awareness', 'sharing-data'],
    impactAreas: ['knowledgeable', 'connected'],
    tags: ['card-drive', 'summer'],
    collaborationLevelLibrary: 4,
    collaborationLevelPartner: 4,
    contacts: [
      { name: 'Angela Brooks', title: 'Director of Curriculum and Instruction', email: 'abrooks@millbrookschools.example', phone: '(217) 555-0110', primary: true, sinceDaysAgo: 1400 },
      { name: 'Tomás Herrera', title: 'Family Engagement Coordinator', email: 'therrera@millbrookschools.example', phone: '(217) 555-0111', sinceDaysAgo: 500 },
    ],
    goals: [
      { text: 'Every kindergartner has a library card by October', agreedBy: 'both', reviewedDaysAgo: 200 },
      { text: 'Align summer reading lists with the district’s reading specialists', agreedBy: 'both', reviewedDaysAgo: 380 },
    ],
    agreements: [
      {
        kind: 'mou',
        title: 'Student library card MOU',
        startedDaysAgo: 700,
        endsInDays: 30,
        reviewInDays: 12,
        listsContributions: true,
        attachmentUrl: 'https://docs.millbrooklibrary.example/agreements/musd-card-mou.pdf',
      },
    ],
  },
  {
    name: 'Eastside Community Health Clinic',
    type: 'health-provider',
    stage: 'sustaining',
    liaison: 'Marcus Reyes',
    website: 'https://www.eastsidehealth.example',
    address: '45 Harbor Street, Millbrook',
    description:
      'A federally qualified health center serving the east side. Pediatricians give a book at every well-child visit; the library runs health-information drop-ins in the clinic lobby.',
    focusAreas: ['health-wellness', 'early-literacy'],
    publics: ['families', 'children-0-5', 'older-adults'],
    interactionTypes: ['sharing-expertise', 'referrals', 'funding-materials'],
    impactAreas: ['healthy', 'caring'],
    tags: ['health-fair', 'bilingual'],
    contactCadenceDays: 45,
    collaborationLevelLibrary: 4,
    collaborationLevelPartner: 3,
    contacts: [
      { name: 'Priya Raman', title: 'Medical Director', email: 'praman@eastsidehealth.example', phone: '(217) 555-0112', primary: true, sinceDaysAgo: 1100 },
      { name: 'Jorge Villanueva', title: 'Community Health Worker', email: 'jvillanueva@eastsidehealth.example', phone: '(217) 555-0113' },
    ],
    goals: [
      { text: 'Give a new book to every child at a well-child visit', agreedBy: 'both', reviewedDaysAgo: 90 },
      { text: 'Hold monthly health-literacy drop-ins at the Main library', agreedBy: 'library', reviewedDaysAgo: 150 },
    ],
    agreements: [
      { kind: 'letter', title: 'Health information drop-ins: letter of agreement', startedDaysAgo: 400, reviewInDays: 120 },
    ],
  },
  {
    name: 'Millbrook Area Food Bank',
    type: 'social-service-nonprofit',
    stage: 'active',
    liaison: 'Lena Okafor',
    website: 'https://www.millbrookfoodbank.example',
    address: '800 Industrial Parkway, Millbrook',
    description: 'The regional food bank. Summer meal sites at three branches, and food-pantry referrals at every service desk.',
    focusAreas: ['health-wellness', 'summer-reading'],
    publics: ['families', 'children-6-11', 'people-experiencing-homelessness'],
    interactionTypes: ['providing-space', 'referrals', 'volunteers-staffing'],
    impactAreas: ['healthy', 'caring'],
    tags: ['summer', 'grant-funded'],
    collaborationLevelLibrary: 3,
    collaborationLevelPartner: 4,
    contacts: [
      { name: 'Keisha Moore', title: 'Programs Manager', email: 'kmoore@millbrookfoodbank.example', phone: '(217) 555-0114', primary: true, sinceDaysAgo: 900 },
    ],
    goals: [{ text: 'Serve summer meals at three branches, five days a week', agreedBy: 'both', reviewedDaysAgo: 300 }],
    agreements: [
      { kind: 'contract', title: 'Summer meals site agreement', startedDaysAgo: 330, endsInDays: 35, reviewInDays: 20, listsContributions: true },
    ],
  },
  {
    name: 'Millbrook Historical Society & Museum',
    type: 'museum',
    stage: 'sustaining',
    liaison: 'Dana Whitfield',
    website: 'https://www.millbrookhistory.example',
    address: '3 Canal Street, Millbrook',
    description:
      'The county history museum and archive. We are digitising their photograph collection together and co-host the annual local-history lecture series.',
    focusAreas: ['arts-culture', 'lifelong-learning'],
    publics: ['adults', 'older-adults', 'whole-community'],
    interactionTypes: ['sharing-expertise', 'co-delivering', 'sharing-data'],
    impactAreas: ['knowledgeable', 'connected'],
    tags: ['local-history', 'digitisation'],
    contactCadenceDays: 60,
    collaborationLevelLibrary: 5,
    collaborationLevelPartner: 4,
    contacts: [
      { name: 'Harold Lindqvist', title: 'Executive Director', email: 'harold@millbrookhistory.example', phone: '(217) 555-0115', primary: true, sinceDaysAgo: 2500 },
      { name: 'Grace Okonjo', title: 'Archivist', email: 'grace@millbrookhistory.example' },
    ],
    goals: [{ text: 'Digitise 500 local photographs for the shared online archive', agreedBy: 'both', reviewedDaysAgo: 400 }],
    agreements: [
      { kind: 'mou', title: 'Local history digitisation MOU', startedDaysAgo: 800, reviewInDays: 200, listsContributions: true },
    ],
  },
  {
    name: 'Grace Fellowship Church',
    type: 'faith-based',
    stage: 'exploring',
    liaison: 'Lena Okafor',
    address: '210 Elm Street, Millbrook',
    description: 'A neighbourhood congregation with a large fellowship hall, interested in hosting a weekly homework-help night.',
    focusAreas: ['lifelong-learning'],
    publics: ['children-6-11', 'families'],
    interactionTypes: ['providing-space', 'volunteers-staffing'],
    impactAreas: ['caring'],
    tags: ['homework-help'],
    collaborationLevelLibrary: 1,
    contacts: [{ name: 'Denise Carter', title: 'Pastor', email: 'pastor.carter@gracefellowship.example', phone: '(217) 555-0116', primary: true }],
    goals: [{ text: 'Pilot a homework-help night in the fellowship hall', agreedBy: 'partner', reviewedDaysAgo: 30 }],
    agreements: [],
  },
  {
    name: 'Three Rivers Workforce Development Board',
    type: 'government-agency',
    stage: 'active',
    liaison: 'Marcus Reyes',
    website: 'https://www.threeriversworks.example',
    address: '400 Main Street, Suite 300, Millbrook',
    description: 'The regional workforce board. Career coaches run job-search labs in two branches; we share placement outcomes.',
    focusAreas: ['economic-development', 'digital-learning'],
    publics: ['job-seekers', 'adults', 'new-americans'],
    interactionTypes: ['co-delivering', 'providing-space', 'referrals', 'sharing-data'],
    impactAreas: ['economically-vital', 'knowledgeable'],
    tags: ['job-fair', 'board-priority'],
    contactCadenceDays: 30,
    collaborationLevelLibrary: 4,
    collaborationLevelPartner: 4,
    contacts: [
      { name: 'Samuel Ortiz', title: 'Career Services Manager', email: 'sortiz@threeriversworks.example', phone: '(217) 555-0117', primary: true, sinceDaysAgo: 1000 },
      { name: 'Linda Park', title: 'Youth Employment Coordinator', email: 'lpark@threeriversworks.example' },
      { name: 'Ahmed Saleh', title: 'Data Analyst', email: 'asaleh@threeriversworks.example' },
    ],
    goals: [
      { text: 'Run weekly job-search labs at the Main and Eastside branches', agreedBy: 'both', reviewedDaysAgo: 150 },
      { text: 'Share placement outcomes for lab participants twice a year', agreedBy: 'partner', reviewedDaysAgo: 370 },
    ],
    agreements: [
      { kind: 'mou', title: 'Job-search lab MOU', startedDaysAgo: 600, endsInDays: 130, reviewInDays: 25, listsContributions: true },
      { kind: 'letter', title: 'Data-sharing letter: lab outcomes', startedDaysAgo: 300, reviewInDays: 300 },
    ],
  },
  {
    name: 'The Millbrook Courier',
    type: 'media',
    stage: 'active',
    liaison: 'Dana Whitfield',
    website: 'https://www.millbrookcourier.example',
    description: 'The city’s daily newspaper. Publishes a monthly “Library Picks” column and covers library events.',
    focusAreas: ['media-literacy', 'civic-engagement'],
    publics: ['whole-community', 'adults'],
    interactionTypes: ['raising-awareness'],
    impactAreas: ['civically-engaged', 'connected'],
    tags: ['press'],
    contactCadenceDays: 60,
    collaborationLevelLibrary: 3,
    collaborationLevelPartner: 2,
    contacts: [{ name: 'Rachel Nguyen', title: 'Community Editor', email: 'rnguyen@millbrookcourier.example', phone: '(217) 555-0118', primary: true }],
    goals: [{ text: 'Publish a “Library Picks” column every month', agreedBy: 'both', reviewedDaysAgo: 60 }],
    agreements: [{ kind: 'informal', title: 'Monthly column understanding' }],
  },
  {
    name: 'State University Extension – Millbrook County',
    type: 'college-university',
    stage: 'active',
    liaison: 'Lena Okafor',
    website: 'https://extension.stateu.example/millbrook',
    address: '55 Fairground Road, Millbrook',
    description: 'The land-grant university’s county extension office: 4-H, master gardeners and money-management classes.',
    focusAreas: ['stem', 'economic-development', 'health-wellness'],
    publics: ['adults', 'families', 'teens'],
    interactionTypes: ['sharing-expertise', 'co-delivering'],
    impactAreas: ['knowledgeable', 'economically-vital'],
    tags: ['seed-library', 'financial-literacy'],
    collaborationLevelLibrary: 3,
    collaborationLevelPartner: 3,
    contacts: [
      { name: 'Elaine Fischer', title: 'Extension Educator', email: 'fischer.e@stateu.example', phone: '(217) 555-0119', primary: true },
      { name: 'Jamal Wright', title: '4-H Program Coordinator', email: 'wright.j@stateu.example' },
    ],
    goals: [
      { text: 'Run the seed library and spring gardening workshops', agreedBy: 'both', reviewedDaysAgo: 300 },
      { text: 'Co-deliver a six-week money-management class each season', agreedBy: 'library', reviewedDaysAgo: 100 },
    ],
    agreements: [{ kind: 'letter', title: 'Seed library letter of agreement', startedDaysAgo: 380, reviewInDays: 45 }],
  },
  {
    name: 'Millbrook Arts Council',
    type: 'arts-cultural',
    stage: 'sustaining',
    liaison: 'Marcus Reyes',
    website: 'https://www.millbrookarts.example',
    description: 'The city’s arts council. Curates the Main library gallery and brings teaching artists to branch programs.',
    focusAreas: ['arts-culture'],
    publics: ['whole-community', 'teens', 'adults'],
    interactionTypes: ['co-planning', 'co-delivering', 'funding-materials'],
    impactAreas: ['creative', 'joyful'],
    tags: ['gallery', 'grant-funded'],
    collaborationLevelLibrary: 4,
    collaborationLevelPartner: 5,
    contacts: [
      { name: 'Sofia Delgado', title: 'Executive Director', email: 'sofia@millbrookarts.example', phone: '(217) 555-0120', primary: true, sinceDaysAgo: 1800 },
      { name: 'Ben Whitaker', title: 'Public Art Manager', email: 'ben@millbrookarts.example' },
    ],
    goals: [{ text: 'Show a local artist in the Main library gallery every quarter', agreedBy: 'both', reviewedDaysAgo: 10 }],
    agreements: [
      { kind: 'contract', title: 'Gallery exhibition agreement', startedDaysAgo: 1000, reviewInDays: 60, listsContributions: true },
    ],
  },
  {
    name: 'Millbrook Parks and Recreation Department',
    type: 'government-agency',
    stage: 'active',
    liaison: 'Lena Okafor',
    website: 'https://parks.millbrook.example',
    address: '1 Riverside Park Drive, Millbrook',
    description: 'City parks department. Hosts the StoryWalk trail in Riverside Park and nature storytimes in summer.',
    focusAreas: ['early-literacy', 'health-wellness'],
    publics: ['families', 'children-0-5', 'children-6-11'],
    interactionTypes: ['co-delivering', 'providing-space'],
    impactAreas: ['healthy', 'joyful'],
    tags: ['storywalk', 'summer'],
    collaborationLevelLibrary: 3,
    collaborationLevelPartner: 3,
    contacts: [
      { name: 'Derek Olsen', title: 'Recreation Supervisor', email: 'dolsen@millbrook.example', phone: '(217) 555-0121', primary: true },
      { name: 'Maria Santos', title: 'Naturalist', email: 'msantos@millbrook.example' },
    ],
    goals: [{ text: 'Refresh the Riverside Park StoryWalk every season', agreedBy: 'both', reviewedDaysAgo: 80 }],
    agreements: [{ kind: 'mou', title: 'StoryWalk installation MOU', startedDaysAgo: 720, reviewInDays: 5, listsContributions: true }],
  },
  {
    name: 'Oak Street Senior Center',
    type: 'social-service-nonprofit',
    stage: 'active',
    liaison: 'Marcus Reyes',
    address: '77 Oak Street, Millbrook',
    description: 'A senior center with a daily lunch program. Library staff hold tech-help hours there; the center keeps a large-print deposit collection.',
    focusAreas: ['digital-learning', 'health-wellness'],
    publics: ['older-adults'],
    interactionTypes: ['providing-space', 'sharing-expertise'],
    impactAreas: ['connected', 'caring'],
    tags: ['digital-navigators', 'memory-cafe'],
    collaborationLevelLibrary: 3,
    collaborationLevelPartner: 3,
    contacts: [{ name: 'Evelyn Brooks', title: 'Activities Director', email: 'evelyn@oakstreetseniors.example', phone: '(217) 555-0122', primary: true }],
    goals: [
      { text: 'Offer tech-help hours twice a month', agreedBy: 'both', reviewedDaysAgo: 200 },
      { text: 'Keep a large-print deposit collection at the center', agreedBy: 'library', reviewedDaysAgo: 320 },
    ],
    agreements: [{ kind: 'informal', title: 'Deposit collection understanding', startedDaysAgo: 900 }],
  },
  {
    name: 'New Roots Refugee Resettlement',
    type: 'social-service-nonprofit',
    stage: 'exploring',
    movedFrom: 'prospect',
    liaison: 'Lena Okafor',
    website: 'https://www.newrootsresettlement.example',
    description: 'Resettles about 200 refugees a year in Millbrook. Interested in library orientations in Dari, Pashto and Spanish.',
    focusAreas: ['lifelong-learning', 'civic-engagement'],
    publics: ['new-americans', 'families'],
    interactionTypes: ['referrals', 'co-planning'],
    impactAreas: ['welcoming'],
    tags: ['esl', 'bilingual'],
    collaborationLevelLibrary: 2,
    contacts: [
      { name: 'Amina Yusuf', title: 'Resettlement Case Manager', email: 'amina.yusuf@newrootsresettlement.example', phone: '(217) 555-0123', primary: true },
      { name: 'Daniel Haile', title: 'Education Coordinator', email: 'daniel.haile@newrootsresettlement.example' },
    ],
    goals: [{ text: 'Give every newly arrived family a library orientation in their language', agreedBy: 'both', reviewedDaysAgo: null }],
    agreements: [],
  },
  {
    name: 'Forge Makerspace',
    type: 'civic-community-group',
    stage: 'active',
    movedFrom: 'exploring',
    liaison: 'Dana Whitfield',
    website: 'https://www.forgemakers.example',
    address: '19 Mill Road, Millbrook',
    description: 'A volunteer-run makerspace. Lends a 3D printer and laser cutter to the Teen Lab and teaches workshops.',
    focusAreas: ['stem', 'digital-learning'],
    publics: ['teens', 'adults'],
    interactionTypes: ['sharing-expertise', 'funding-materials', 'volunteers-staffing'],
    impactAreas: ['creative', 'knowledgeable'],
    tags: ['makerspace', 'stem-week'],
    collaborationLevelLibrary: 3,
    collaborationLevelPartner: 4,
    contacts: [{ name: 'Kai Nakamura', title: 'Founder and Board Chair', email: 'kai@forgemakers.example', phone: '(217) 555-0124', primary: true }],
    goals: [{ text: 'Teen 3D-printing workshops at the Teen Lab every month', agreedBy: 'both', reviewedDaysAgo: 120 }],
    agreements: [{ kind: 'letter', title: 'Equipment loan letter', startedDaysAgo: 200, reviewInDays: 75 }],
  },
  {
    name: 'Discovery Children’s Museum',
    type: 'museum',
    stage: 'prospect',
    liaison: 'Lena Okafor',
    website: 'https://www.discoverykids.example',
    description: 'A hands-on children’s museum downtown. First conversation about free museum passes for cardholders.',
    focusAreas: ['early-literacy', 'stem'],
    publics: ['children-0-5', 'children-6-11', 'families'],
    interactionTypes: [],
    impactAreas: [],
    tags: ['museum-pass'],
    contacts: [{ name: 'Laura Bennett', title: 'Education Director', email: 'lbennett@discoverykids.example', primary: true }],
    goals: [{ text: 'Explore free museum passes for library cardholders', agreedBy: 'library', reviewedDaysAgo: 14 }],
    agreements: [],
  },
  {
    name: 'Hearth Housing Partners',
    type: 'social-service-nonprofit',
    stage: 'active',
    liaison: 'Marcus Reyes',
    website: 'https://www.hearthhousing.example',
    description: 'An affordable-housing nonprofit with eight communities in the city. Storytimes and homework help on site.',
    focusAreas: ['early-literacy', 'lifelong-learning'],
    publics: ['families', 'children-0-5', 'children-6-11'],
    interactionTypes: ['providing-space', 'co-delivering'],
    impactAreas: ['caring', 'welcoming'],
    tags: ['outreach', 'story-time'],
    collaborationLevelLibrary: 3,
    collaborationLevelPartner: 3,
    contacts: [
      { name: 'Andre Lewis', title: 'Resident Services Director', email: 'alewis@hearthhousing.example', phone: '(217) 555-0125', primary: true },
      { name: 'Kim Tran', title: 'Youth Program Lead', email: 'ktran@hearthhousing.example' },
    ],
    goals: [{ text: 'Bring storytime to two affordable-housing communities every week', agreedBy: 'both', reviewedDaysAgo: 60 }],
    agreements: [{ kind: 'mou', title: 'On-site programs MOU', startedDaysAgo: 365, reviewInDays: 300 }],
  },
  {
    name: 'VFW Post 1187',
    type: 'civic-community-group',
    stage: 'paused',
    movedFrom: 'active',
    liaison: 'Dana Whitfield',
    address: '12 Veterans Way, Millbrook',
    description: 'A veterans’ organisation. Recording days for the Veterans History Project are paused while the post renovates its hall.',
    focusAreas: ['civic-engagement', 'arts-culture'],
    publics: ['veterans', 'older-adults'],
    interactionTypes: ['co-planning', 'volunteers-staffing'],
    impactAreas: ['connected', 'civically-engaged'],
    tags: ['veterans-history'],
    contactCadenceDays: 90,
    collaborationLevelLibrary: 2,
    collaborationLevelPartner: 2,
    contacts: [{ name: 'Robert Kowalski', title: 'Post Commander', email: 'commander@vfw1187.example', phone: '(217) 555-0126', primary: true }],
    goals: [{ text: 'Hold two Veterans History Project recording days a year', agreedBy: 'both', reviewedDaysAgo: 500 }],
    agreements: [],
  },
  {
    name: 'Millbrook Community College',
    type: 'college-university',
    stage: 'sustaining',
    liaison: 'Lena Okafor',
    website: 'https://www.millbrookcc.example',
    address: '2500 College Drive, Millbrook',
    description: 'The community college. Reciprocal borrowing for students, and GED and ESL classes in branch meeting rooms.',
    focusAreas: ['lifelong-learning', 'economic-development'],
    publics: ['students', 'adults', 'new-americans', 'job-seekers'],
    interactionTypes: ['providing-space', 'co-delivering', 'sharing-data'],
    impactAreas: ['knowledgeable', 'economically-vital'],
    tags: ['esl', 'ged'],
    collaborationLevelLibrary: 4,
    collaborationLevelPartner: 4,
    contacts: [
      { name: 'Naomi Fields', title: 'Dean of Library Services', email: 'nfields@millbrookcc.example', phone: '(217) 555-0127', primary: true, sinceDaysAgo: 2000 },
      { name: 'Victor Alvarez', title: 'Adult Education Director', email: 'valvarez@millbrookcc.example' },
      { name: 'Hannah Cole', title: 'ESL Program Coordinator', email: 'hcole@millbrookcc.example' },
    ],
    goals: [
      { text: 'Reciprocal borrowing for every enrolled student', agreedBy: 'both', reviewedDaysAgo: 250 },
      { text: 'GED and ESL classes in branch meeting rooms each term', agreedBy: 'both', reviewedDaysAgo: 40 },
      { text: 'A joint open educational resources fair each spring', agreedBy: 'library', reviewedDaysAgo: 355 },
    ],
    agreements: [
      { kind: 'contract', title: 'Reciprocal borrowing agreement', startedDaysAgo: 1500, reviewInDays: 90, listsContributions: true },
      { kind: 'mou', title: 'Adult education space-use MOU', startedDaysAgo: 700, endsInDays: 20, reviewInDays: -10, listsContributions: true },
    ],
  },
  {
    name: 'WMBK 89.7 Millbrook Public Radio',
    type: 'media',
    stage: 'exploring',
    liaison: 'Marcus Reyes',
    website: 'https://www.wmbk.example',
    description: 'The local public radio station. Talking about a podcast series on local authors recorded in the library’s studio.',
    focusAreas: ['arts-culture', 'media-literacy'],
    publics: ['whole-community'],
    interactionTypes: ['raising-awareness', 'co-planning'],
    impactAreas: ['creative', 'connected'],
    tags: ['author-visit', 'podcast'],
    collaborationLevelLibrary: 2,
    contacts: [{ name: 'Oliver Grant', title: 'Community Engagement Producer', email: 'ogrant@wmbk.example', phone: '(217) 555-0128', primary: true }],
    goals: [{ text: 'Record a six-episode podcast series on local authors', agreedBy: 'both', reviewedDaysAgo: null }],
    agreements: [],
  },
  {
    name: 'Millbrook Small Business Association',
    type: 'business',
    stage: 'active',
    liaison: 'Dana Whitfield',
    website: 'https://www.millbrooksba.example',
    description: 'A network of about 300 local businesses. Co-hosts the autumn small-business resource fair with the library’s business librarian.',
    focusAreas: ['economic-development'],
    publics: ['adults', 'job-seekers'],
    interactionTypes: ['co-planning', 'raising-awareness'],
    impactAreas: ['economically-vital'],
    tags: ['small-business'],
    contactCadenceDays: 60,
    collaborationLevelLibrary: 3,
    collaborationLevelPartner: 3,
    contacts: [
      { name: 'Teresa Gomez', title: 'Executive Director', email: 'teresa@millbrooksba.example', phone: '(217) 555-0129', primary: true },
      { name: 'Li Wei', title: 'Membership Manager', email: 'liwei@millbrooksba.example' },
    ],
    goals: [{ text: 'A small-business resource fair every autumn', agreedBy: 'both', reviewedDaysAgo: 180 }],
    agreements: [{ kind: 'informal', title: 'Resource fair understanding', startedDaysAgo: 500 }],
  },
  {
    name: 'Valley Regional Library System',
    type: 'other-library',
    stage: 'sustaining',
    liaison: 'Dana Whitfield',
    website: 'https://www.valleylibraries.example',
    description: 'The neighbouring library system. Reciprocal borrowing, interlibrary delivery and a shared summer reading platform.',
    focusAreas: ['summer-reading', 'lifelong-learning'],
    publics: ['whole-community'],
    interactionTypes: ['sharing-expertise', 'sharing-data', 'funding-materials'],
    impactAreas: ['connected', 'knowledgeable'],
    tags: ['summer', 'resource-sharing'],
    contactCadenceDays: 90,
    collaborationLevelLibrary: 5,
    collaborationLevelPartner: 5,
    contacts: [
      { name: 'Catherine Doyle', title: 'Director', email: 'cdoyle@valleylibraries.example', phone: '(217) 555-0130', primary: true },
      { name: 'Mark Feldman', title: 'Interlibrary Loan Coordinator', email: 'mfeldman@valleylibraries.example' },
    ],
    goals: [{ text: 'Run summer reading on one shared platform', agreedBy: 'both', reviewedDaysAgo: 320 }],
    agreements: [
      { kind: 'contract', title: 'Reciprocal borrowing and delivery contract', startedDaysAgo: 2000, reviewInDays: 150, listsContributions: true },
    ],
  },
  {
    name: 'YMCA of Greater Millbrook',
    type: 'civic-community-group',
    stage: 'active',
    liaison: 'Lena Okafor',
    website: 'https://www.millbrookymca.example',
    address: '600 Park Avenue, Millbrook',
    description: 'The YMCA runs after-school programs at six sites; teen volunteers read with younger children there.',
    focusAreas: ['early-literacy', 'health-wellness'],
    publics: ['children-6-11', 'teens', 'families'],
    interactionTypes: ['co-delivering', 'volunteers-staffing'],
    impactAreas: ['joyful', 'healthy'],
    tags: ['after-school', 'reading-buddies'],
    collaborationLevelLibrary: 3,
    collaborationLevelPartner: 4,
    contacts: [
      { name: 'Jasmine Reed', title: 'Youth Development Director', email: 'jreed@millbrookymca.example', phone: '(217) 555-0131', primary: true },
      { name: 'Carlos Mendes', title: 'Family Programs Coordinator', email: 'cmendes@millbrookymca.example' },
    ],
    goals: [{ text: 'After-school reading buddies at every Y site', agreedBy: 'both', reviewedDaysAgo: 20 }],
    agreements: [{ kind: 'mou', title: 'Reading buddies MOU', startedDaysAgo: 340, reviewInDays: 18 }],
  },
  {
    name: 'Millbrook Immigrant Legal Clinic',
    type: 'social-service-nonprofit',
    stage: 'active',
    liaison: 'Marcus Reyes',
    website: 'https://www.millbrooklegalclinic.example',
    description: 'Free immigration legal help. Holds monthly “Know your rights” sessions and citizenship clinics in branch meeting rooms.',
    focusAreas: ['civic-engagement'],
    publics: ['new-americans', 'adults'],
    interactionTypes: ['providing-space', 'referrals'],
    impactAreas: ['welcoming', 'civically-engaged'],
    tags: ['citizenship', 'spanish'],
    collaborationLevelLibrary: 3,
    collaborationLevelPartner: 3,
    contacts: [
      { name: 'Ana Ruiz', title: 'Managing Attorney', email: 'aruiz@millbrooklegalclinic.example', phone: '(217) 555-0132', primary: true },
      { name: 'Yusuf Haddad', title: 'Outreach Coordinator', email: 'yhaddad@millbrooklegalclinic.example' },
    ],
    goals: [{ text: 'Monthly “Know your rights” sessions in Spanish and Arabic', agreedBy: 'both', reviewedDaysAgo: 110 }],
    agreements: [{ kind: 'letter', title: 'Space-use letter: legal clinics', startedDaysAgo: 250, reviewInDays: 200 }],
  },
  {
    name: 'Millbrook Literacy Council',
    type: 'social-service-nonprofit',
    stage: 'sustaining',
    liaison: 'Lena Okafor',
    website: 'https://www.millbrookliteracy.example',
    description: 'Trains volunteer tutors for adult learners and runs English conversation circles at every branch.',
    focusAreas: ['lifelong-learning', 'economic-development'],
    publics: ['adults', 'new-americans'],
    interactionTypes: ['co-delivering', 'volunteers-staffing', 'providing-space'],
    impactAreas: ['knowledgeable', 'welcoming'],
    tags: ['esl', 'tutoring'],
    collaborationLevelLibrary: 5,
    collaborationLevelPartner: 4,
    contacts: [
      { name: 'Margaret Hughes', title: 'Executive Director', email: 'mhughes@millbrookliteracy.example', phone: '(217) 555-0133', primary: true, sinceDaysAgo: 3000 },
      { name: 'Luis Romero', title: 'Volunteer Tutor Coordinator', email: 'lromero@millbrookliteracy.example' },
      { name: 'Fatima Noor', title: 'ESL Program Lead', email: 'fnoor@millbrookliteracy.example' },
    ],
    goals: [
      { text: 'Match 60 adult learners with volunteer tutors this year', agreedBy: 'both', reviewedDaysAgo: 200 },
      { text: 'English conversation circles at every branch', agreedBy: 'both', reviewedDaysAgo: 20 },
    ],
    agreements: [{ kind: 'mou', title: 'Adult literacy tutoring MOU', startedDaysAgo: 1100, reviewInDays: 14, listsContributions: true }],
  },
  {
    name: 'Millbrook Garden Club',
    type: 'civic-community-group',
    stage: 'ended',
    liaison: 'Dana Whitfield',
    description: 'Kept the pollinator garden at the Main library for six years; the club disbanded last spring.',
    focusAreas: ['health-wellness', 'stem'],
    publics: ['older-adults', 'whole-community'],
    interactionTypes: ['volunteers-staffing'],
    impactAreas: ['joyful'],
    tags: ['seed-library'],
    contactCadenceDays: 180,
    collaborationLevelLibrary: 2,
    collaborationLevelPartner: 2,
    contacts: [{ name: 'Dorothy Evans', title: 'President', email: 'dorothy.evans@millbrookgardenclub.example', primary: true }],
    goals: [{ text: 'Maintain the Main library pollinator garden', agreedBy: 'both', reviewedDaysAgo: 250 }],
    agreements: [],
  },
  {
    name: 'CodeBridge Youth',
    type: 'social-service-nonprofit',
    stage: 'prospect',
    liaison: null,
    website: 'https://www.codebridgeyouth.example',
    description: 'A teen tech nonprofit teaching coding and web design. Met at the STEM fair; nobody is assigned yet.',
    focusAreas: ['stem', 'digital-learning'],
    publics: ['teens'],
    interactionTypes: [],
    impactAreas: [],
    tags: ['stem-week', 'teen-advisory'],
    contacts: [{ name: 'Tyler Washington', title: 'Program Director', email: 'tyler@codebridgeyouth.example', primary: true }],
    goals: [{ text: 'Explore a teen coding club at the Teen Lab', agreedBy: 'library', reviewedDaysAgo: 7 }],
    agreements: [],
  },
];
