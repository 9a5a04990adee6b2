/**
 * Controlled vocabularies from DOMAIN.md, in one place for the API (validation, check constraints) and the web app
 * (labels, filters). Keys are stable kebab-case identifiers stored in the database; labels are what people read.
 * To extend a list: add the key and label here and a migration that widens the matching check constraint.
 */
function vocabulary<const K extends string>(labels: Record<K, string>) {
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
