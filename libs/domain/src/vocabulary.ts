/**
 * Controlled vocabularies from DOMAIN.md, in one place for the API (validation, check constraints) and the web app
 * (labels, filters). Keys are stable kebab-case identifiers stored in the database; labels are what people read.
 * To extend a list: add the key and label here and a migration that widens the matching check constraint.
 */
export function vocabulary<const K extends string>(labels: Record<K, string>) {
  const keys = Object.keys(labels) as K[];
  return { keys, labels, has: (value: unknown): value is K => typeof value === 'string' && value in labels };
}

export const PARTNER_TYPES = vocabulary({
  'k12-school': 'K-12 school or district',
  'college-university': 'College or university',
  'health-provider': 'Health provider',
  'social-service-nonprofit': 'Social service nonprofit',
  'arts-cultural': 'Arts or cultural organisation',
  museum: 'Museum',
  'faith-based': 'Faith-based organisation',
  'government-agency': 'Government agency',
  business: 'Business',
  media: 'Media',
  'civic-community-group': 'Civic or community group',
  'other-library': 'Other library',
});
export type PartnerType = (typeof PARTNER_TYPES.keys)[number];

export const FOCUS_AREAS = vocabulary({
  'civic-engagement': 'Civic/community engagement',
  'digital-learning': 'Digital learning',
  'early-literacy': 'Early childhood literacy',
  'economic-development': 'Economic development and job skills',
  'lifelong-learning': 'Education and lifelong learning',
  'health-wellness': 'Health and wellness',
  'arts-culture': 'Arts and culture',
  'media-literacy': 'Media and information literacy',
  'summer-reading': 'Summer reading',
  stem: 'STEM',
  other: 'Other',
});
export type FocusArea = (typeof FOCUS_AREAS.keys)[number];

export const PUBLICS = vocabulary({
  'whole-community': 'Whole community',
  'children-0-5': 'Children 0–5',
  'children-6-11': 'Children 6–11',
  teens: 'Teens',
  adults: 'Adults',
  'older-adults': 'Older adults',
  families: 'Families',
  'new-americans': 'New Americans',
  'job-seekers': 'Job seekers',
  'people-with-disabilities': 'People with disabilities',
  'people-experiencing-homelessness': 'People experiencing homelessness',
  students: 'Students',
  veterans: 'Veterans',
  other: 'Other',
});
export type Public = (typeof PUBLICS.keys)[number];

export const INTERACTION_TYPES = vocabulary({
  'sharing-expertise': 'Sharing expertise',
  'providing-space': 'Providing space',
  'raising-awareness': 'Raising awareness',
  'co-planning': 'Co-planning',
  'co-delivering': 'Co-delivering',
  'funding-materials': 'Funding or materials',
  'volunteers-staffing': 'Volunteers or staffing',
  referrals: 'Referrals',
  'sharing-data': 'Sharing data or evaluation',
});
export type InteractionType = (typeof INTERACTION_TYPES.keys)[number];

/** NILPPA's nine impact areas. */
export const IMPACT_AREAS = vocabulary({
  connected: 'Connected communities',
  knowledgeable: 'Knowledgeable communities',
  creative: 'Creative communities',
  'civically-engaged': 'Civically engaged communities',
  healthy: 'Healthy communities',
  'economically-vital': 'Economically vital communities',
  welcoming: 'Welcoming communities',
  joyful: 'Joyful communities',
  caring: 'Caring communities',
});
export type ImpactArea = (typeof IMPACT_AREAS.keys)[number];

/** Relationship stages, in the order a partnership usually moves through them (the board's columns). */
export const PARTNER_STAGES = vocabulary({
  prospect: 'Prospect',
  exploring: 'Exploring',
  active: 'Active',
  sustaining: 'Sustaining',
  paused: 'Paused',
  ended: 'Ended',
});
export type PartnerStage = (typeof PARTNER_STAGES.keys)[number];
/** Stages in which the library expects regular contact (cadence, recency and coverage apply). */
export const ACTIVE_STAGES: readonly PartnerStage[] = ['active', 'sustaining'];

export const SIDES = vocabulary({ library: 'Library', partner: 'Partner' });
export type Side = (typeof SIDES.keys)[number];

export const GOAL_AGREED_BY = vocabulary({ library: 'Library only', partner: 'Partner only', both: 'Both organisations' });
export type GoalAgreedBy = (typeof GOAL_AGREED_BY.keys)[number];

export const AGREEMENT_KINDS = vocabulary({
  mou: 'Memorandum of understanding',
  contract: 'Contract',
  letter: 'Letter of agreement',
  informal: 'Informal understanding',
});
export type AgreementKind = (typeof AGREEMENT_KINDS.keys)[number];

/** Defaults from DOMAIN.md and SCORING.md. */
export const DEFAULT_CONTACT_CADENCE_DAYS = 30;
/** A goal counts as current when reviewed within this many months (SCORING.md, "Shared goals current"). */
export const GOAL_REVIEW_MONTHS = 12;
/** "Needs review" looks this many days ahead, so a review can be booked before it is overdue. */
export const REVIEW_LOOKAHEAD_DAYS = 30;
export const COLLABORATION_LEVEL_MIN = 0;
export const COLLABORATION_LEVEL_MAX = 5;
/**
 * The level of collaboration (DOMAIN.md, 0–5) in words: Frey et al.'s Levels of Collaboration Scale (2006), as the
 * partner page shows a side's level and the assessment asks it. The number never appears without its word.
 */
export const COLLABORATION_LEVELS = [
  { value: 0, label: 'No interaction', description: 'We do not work together yet' },
  { value: 1, label: 'Networking', description: 'Aware of each other; little communication' },
  { value: 2, label: 'Cooperation', description: 'We share information and refer people to each other' },
  { value: 3, label: 'Coordination', description: 'We share information and resources; roles are defined' },
  { value: 4, label: 'Coalition', description: 'We share ideas and resources; frequent, planned communication' },
  { value: 5, label: 'Collaboration', description: 'We work as one team, with mutual trust and shared decisions' },
] as const satisfies readonly { value: number; label: string; description: string }[];

/** The five NILPPA effectiveness factors, keyed by SCORING.md's codes (stored as these codes). */
export const FACTORS = vocabulary({
  SA: 'Strategic Alignment',
  TW: 'Effective Teamwork',
  CE: 'Communication & Expectations',
  IR: 'Interpersonal / Relationship Qualities',
  OC: 'Tackling Operational Concerns',
});
export type Factor = (typeof FACTORS.keys)[number];

/** How a communication happened (DOMAIN.md "Communication"). */
export const CHANNELS = vocabulary({
  meeting: 'Meeting',
  call: 'Call',
  email: 'Email',
  video: 'Video call',
  'site-visit': 'Site visit',
  event: 'Event',
});
export type Channel = (typeof CHANNELS.keys)[number];

/**
 * Whether a communication on this channel counts as substantive unless the person logging it says otherwise.
 * Meetings and calls are conversations; an email or an event greeting may be a note in passing.
 */
export const SUBSTANTIVE_BY_DEFAULT: Readonly<Record<Channel, boolean>> = {
  meeting: true,
  call: true,
  email: false,
  video: true,
  'site-visit': true,
  event: false,
};

/** A factor tag says a communication was evidence for a factor, good or poor. */
export const FACTOR_TAG_SIGNS = vocabulary({ positive: 'Positive', negative: 'Negative' });
export type FactorTagSign = (typeof FACTOR_TAG_SIGNS.keys)[number];

/**
 * A commitment's stored status. "Done on time" and "done late" are not stored: they follow from the completion
 * date against the due date. "Overdue" is an open commitment past its due date.
 */
export const COMMITMENT_STATUSES = vocabulary({
  open: 'Open',
  done: 'Done',
  missed: 'Missed',
  cancelled: 'Cancelled by agreement',
});
export type CommitmentStatus = (typeof COMMITMENT_STATUSES.keys)[number];

/** Limits on what people type in a communication and its follow-ups. */
export const COMMUNICATION_SUMMARY_MAX_LENGTH = 20_000;
export const COMMITMENT_DESCRIPTION_MAX_LENGTH = 2_000;
export const FACTOR_TAG_NOTE_MAX_LENGTH = 1_000;
export const STATUS_REASON_MAX_LENGTH = 1_000;
export const FOLLOW_UPS_MAX = 20;
/** A communication may be logged ahead of time by at most this many hours (a meeting later today, say). */
export const COMMUNICATION_MAX_HOURS_AHEAD = 24;
/** A follow-up without a due date is due this many days after the communication (the quick-log default). */
export const DEFAULT_FOLLOW_UP_DAYS = 7;
/** The home page warns about a liaison's partner this many days before it passes its contact cadence. */
export const GOING_QUIET_WARNING_DAYS = 7;

// ---- Joint programs (issue 5) -------------------------------------------------------------------------------

/** NILPPA Phase 1: what a program mainly sets out to change. */
export const PRIMARY_OUTCOMES = vocabulary({
  'new-knowledge': 'New knowledge',
  'new-skills': 'New skills',
  'changed-attitudes': 'Changed attitudes',
  'changed-behaviours': 'Changed behaviours',
  'resource-awareness': 'Awareness of library resources',
  'fun-inspiration': 'Fun or inspiration',
  'stronger-community': 'Stronger, healthier community',
});
export type PrimaryOutcome = (typeof PRIMARY_OUTCOMES.keys)[number];

/** NILPPA Phase 1: who developed the program. */
export const DEVELOPMENT_MODELS = vocabulary({
  library: 'By the library',
  'with-partner': 'By or with a community partner',
  'national-regional': 'By a national or regional organisation',
});
export type DevelopmentModel = (typeof DEVELOPMENT_MODELS.keys)[number];

/** What kind of program it is. */
export const PROGRAM_FORMATS = vocabulary({
  'workshop-class': 'Workshop or class',
  'talk-presentation': 'Talk or presentation',
  'discussion-group': 'Discussion or book group',
  storytime: 'Storytime',
  'club-series': 'Club or regular meet-up',
  'drop-in-help': 'Drop-in help or tutoring',
  'fair-festival': 'Fair or festival',
  performance: 'Performance or screening',
  exhibition: 'Exhibition',
  'tour-visit': 'Tour or visit',
  other: 'Other',
});
export type ProgramFormat = (typeof PROGRAM_FORMATS.keys)[number];

export const PROGRAM_LOCATIONS = vocabulary({ library: 'At the library', 'partner-site': 'At the partner’s site', online: 'Online', hybrid: 'Hybrid' });
export type ProgramLocation = (typeof PROGRAM_LOCATIONS.keys)[number];

/** Whole community, or specific groups (then the target groups say which: keys of PUBLICS). */
export const AUDIENCE_SCOPES = vocabulary({ 'whole-community': 'Whole community', 'specific-groups': 'Specific groups' });
export type AudienceScope = (typeof AUDIENCE_SCOPES.keys)[number];

/** US public library statistics age bands, used for a program's audience and a session's attendance. */
export const AGE_BANDS = vocabulary({
  'age-0-5': 'Children 0–5',
  'age-6-11': 'Children 6–11',
  'age-12-18': 'Young adults 12–18',
  'age-19-plus': 'Adults 19+',
  general: 'General interest',
});
export type AgeBand = (typeof AGE_BANDS.keys)[number];

/** The library's part in a program: outputs count only where it sponsors or co-sponsors (funder summary rule). */
export const LIBRARY_ROLES = vocabulary({ sponsor: 'Sponsor', 'co-sponsor': 'Co-sponsor', 'promotion-only': 'Promotion only' });
export type LibraryRole = (typeof LIBRARY_ROLES.keys)[number];
export const COUNTED_LIBRARY_ROLES: readonly LibraryRole[] = ['sponsor', 'co-sponsor'];

export const PROGRAM_STATUSES = vocabulary({ planned: 'Planned', held: 'Held', cancelled: 'Cancelled', postponed: 'Postponed' });
export type ProgramStatus = (typeof PROGRAM_STATUSES.keys)[number];
/** Statuses that need a reason code. */
export const PROGRAM_STATUSES_NEEDING_REASON: readonly ProgramStatus[] = ['cancelled', 'postponed'];

export const PROGRAM_STATUS_REASONS = vocabulary({
  time: 'Time',
  funding: 'Funding',
  staff: 'Staff',
  'low-registration': 'Low registration',
  weather: 'Weather',
  other: 'Other',
});
export type ProgramStatusReason = (typeof PROGRAM_STATUS_REASONS.keys)[number];
/** Reasons that count as a resource disruption in the health model (SCORING.md, OC "Resource disruptions"). */
export const RESOURCE_DISRUPTION_REASONS: readonly ProgramStatusReason[] = ['time', 'funding', 'staff'];

/** The admin checklist; each item records the date it was done. */
export const ADMIN_CHECKLIST_ITEMS = vocabulary({
  agreement: 'Agreement in place',
  'branding-approved': 'Branding approved',
  'volunteers-cleared': 'Volunteers cleared',
  'space-booked': 'Space booked',
  'timing-confirmed': 'Timing confirmed',
});
export type AdminChecklistItem = (typeof ADMIN_CHECKLIST_ITEMS.keys)[number];

/** A partner's role in a program. */
export const PROGRAM_ROLES = vocabulary({
  lead: 'Lead',
  'co-host': 'Co-host',
  presenter: 'Presenter',
  'venue-host': 'Venue host',
  promoter: 'Promoter',
  funder: 'Funder',
  'volunteer-provider': 'Volunteer provider',
  evaluator: 'Evaluator',
  other: 'Other',
});
export type ProgramRole = (typeof PROGRAM_ROLES.keys)[number];

/** US public library statistics session formats. */
export const SESSION_FORMATS = vocabulary({
  'in-person-onsite': 'In person, at the library',
  'in-person-offsite': 'In person, off site',
  'live-virtual': 'Live virtual',
  recorded: 'Recorded',
});
export type SessionFormat = (typeof SESSION_FORMATS.keys)[number];

/** What a side brings (DOMAIN.md "Contribution"). */
export const CONTRIBUTION_TYPES = vocabulary({
  expertise: 'Expertise',
  space: 'Space',
  promotion: 'Promotion or awareness',
  funding: 'Funding',
  volunteers: 'Volunteers',
  'staff-time': 'Staff time',
  materials: 'Materials',
});
export type ContributionType = (typeof CONTRIBUTION_TYPES.keys)[number];

export const CONTRIBUTION_UNITS = vocabulary({
  hours: 'Hours',
  days: 'Days',
  sessions: 'Sessions',
  items: 'Items',
  people: 'People',
  dollars: 'Dollars',
});
export type ContributionUnit = (typeof CONTRIBUTION_UNITS.keys)[number];

export const CONTRIBUTION_STAGES = vocabulary({ planned: 'Planned', actual: 'Actual' });
export type ContributionStage = (typeof CONTRIBUTION_STAGES.keys)[number];

/** The four outcome measures US public libraries survey participants on (Project Outcome). */
export const OUTCOME_MEASURES = vocabulary({
  knowledge: 'Knowledge: I learned something new',
  confidence: 'Confidence: I feel more confident about what I learned',
  application: 'Application: I intend to apply what I learned',
  awareness: 'Awareness: I am more aware of library resources and services',
});
export type OutcomeMeasure = (typeof OUTCOME_MEASURES.keys)[number];

export const OUTCOME_TIMINGS = vocabulary({ immediate: 'Immediate', 'follow-up': 'Follow-up (4–8 weeks)' });
export type OutcomeTiming = (typeof OUTCOME_TIMINGS.keys)[number];

export const ANSWER_OPTIONS = vocabulary({
  'strongly-disagree': 'Strongly disagree',
  disagree: 'Disagree',
  neutral: 'Neither agree nor disagree',
  agree: 'Agree',
  'strongly-agree': 'Strongly agree',
});
export type AnswerOption = (typeof ANSWER_OPTIONS.keys)[number];

export const IMPACT_NOTE_KINDS = vocabulary({
  story: 'Story',
  quote: 'Quote',
  outcome: 'Outcome',
  lesson: 'Lesson learned',
  'media-mention': 'Media mention',
});
export type ImpactNoteKind = (typeof IMPACT_NOTE_KINDS.keys)[number];

/** NILPPA's value model: what partnerships bring (kept apart from health). */
export const VALUE_DIMENSIONS = vocabulary({
  'better-programs': 'Better programs',
  'deeper-impacts': 'Deeper impacts',
  'expanded-capacities': 'Expanded capacities',
});
export type ValueDimension = (typeof VALUE_DIMENSIONS.keys)[number];

/** The volunteer-hour value until an administrator sets the library's own (Independent Sector's national figure). */
export const DEFAULT_VOLUNTEER_HOUR_RATE = { rate: 34.79, source: 'Independent Sector, national value of volunteer time', year: 2024 } as const;
/** Attendance and counts above this are treated as typing mistakes. */
export const ATTENDANCE_MAX = 100_000;
