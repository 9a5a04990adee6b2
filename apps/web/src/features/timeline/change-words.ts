import {
  AGE_BANDS,
  AGREEMENT_KINDS,
  AUDIENCE_SCOPES,
  CHANNELS,
  COMMITMENT_STATUSES,
  CONTRIBUTION_STAGES,
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  DEVELOPMENT_MODELS,
  FACTOR_TAG_SIGNS,
  FACTORS,
  FOCUS_AREAS,
  GOAL_AGREED_BY,
  IMPACT_AREAS,
  IMPACT_NOTE_KINDS,
  INTERACTION_TYPES,
  LIBRARY_ROLES,
  PARTNER_STAGES,
  PARTNER_TYPES,
  PRIMARY_OUTCOMES,
  PROGRAM_FORMATS,
  PROGRAM_LOCATIONS,
  PROGRAM_ROLES,
  PROGRAM_STATUS_REASONS,
  PROGRAM_STATUSES,
  PUBLICS,
  SIDES,
  VALUE_DIMENSIONS,
} from '@common-ground/domain';
import { formatDateTime } from '../../lib/format-date';
import { formatDay } from '../../lib/calendar-day';
import type { TimelineRecordType } from './api/types';

/** A field's name as the forms say it, per kind of record. */
const FIELD_LABELS: Record<TimelineRecordType, Record<string, string>> = {
  partner: {
    name: 'Name',
    type: 'Type',
    stage: 'Stage',
    website: 'Website',
    address: 'Address',
    description: 'Description',
    focusAreas: 'Focus areas',
    publics: 'Publics served',
    interactionTypes: 'Ways of working together',
    impactAreas: 'Impact areas',
    liaisonId: 'Liaison',
    contactCadenceDays: 'Contact cadence (days)',
    collaborationLevelLibrary: 'Library’s collaboration level',
    collaborationLevelPartner: 'Partner’s collaboration level',
    tags: 'Tags',
  },
  contact: {
    name: 'Name',
    title: 'Job title',
    email: 'Email',
    phone: 'Phone',
    isPrimary: 'Primary contact',
    affiliationStart: 'Started',
    affiliationEnd: 'Left',
  },
  goal: { text: 'Goal', agreedBy: 'Agreed by', lastReviewedOn: 'Last reviewed' },
  agreement: {
    kind: 'Kind',
    title: 'Title',
    startsOn: 'Start date',
    endsOn: 'End date',
    reviewOn: 'Review date',
    listsContributions: 'Lists each side’s contributions',
    attachmentUrl: 'Link to the document',
  },
  communication: {
    occurredAt: 'When',
    channel: 'Channel',
    initiatedBy: 'Who got in touch',
    twoWay: 'Two-way',
    substantive: 'Substantive',
    summary: 'Summary',
    staffParticipantIds: 'People from the library',
    contactParticipantIds: 'People from the partner',
    factorTags: 'Factor tags',
  },
  commitment: {
    description: 'What needs doing',
    ownerSide: 'Whose job',
    ownerUserId: 'Owner at the library',
    ownerContactId: 'Owner at the partner',
    dueOn: 'Due',
    status: 'Status',
    completedOn: 'Done on',
    statusReason: 'Reason',
  },
  program: {
    title: 'Title',
    description: 'Description',
    topic: 'Topic',
    primaryOutcome: 'Main intended outcome',
    developmentModel: 'Developed',
    format: 'Kind of program',
    location: 'Where',
    audienceScope: 'Who is it for',
    targetGroups: 'Target groups',
    ageBands: 'Age bands',
    libraryRole: 'The library’s role',
    impactAreas: 'Impact areas',
    startsOn: 'Starts on',
    endsOn: 'Ends on',
    status: 'Status',
    statusReason: 'Reason',
    statusNote: 'Note about the status',
    agreementDoneOn: 'Agreement in place',
    brandingApprovedOn: 'Branding approved',
    volunteersClearedOn: 'Volunteers cleared',
    spaceBookedOn: 'Space booked',
    timingConfirmedOn: 'Timing confirmed',
    partnerCredited: 'Partners credited in the promotion',
    outcomeSummarySharedOn: 'Outcome summary shared',
  },
  'program-role': {
    role: 'Role',
    responsibilities: 'Responsibilities',
    ownerContactId: 'Owner at the partner',
    ownerNamedOn: 'Owner named on',
  },
  contribution: {
    side: 'Who brought it',
    type: 'What was contributed',
    stage: 'Planned or given',
    description: 'Description',
    quantity: 'Quantity',
    unit: 'Unit',
    moneyValue: 'Money value (dollars)',
    rate: 'Hourly rate used',
    rateSource: 'Source of the rate',
    rateYear: 'Year of the rate',
    contributedOn: 'Date',
  },
  'impact-note': {
    kind: 'Kind of note',
    text: 'Note',
    attribution: 'Who it came from',
    valueDimension: 'Value it shows',
    consentToQuote: 'Agreed to be quoted',
    notedOn: 'Date',
    sourceUrl: 'Where it appeared',
  },
  // Assessment events are told by their sentence alone (their fields are ids and a wave); named for completeness.
  assessment: { side: 'Side', respondentName: 'Answered by', answeredAt: 'Answered', collaborationLevel: 'Level of collaboration' },
  'assessment-invitation': { expiresAt: 'Link expires', emailed: 'Emailed' },
};

type Labels = Readonly<Record<string, string>>;

/** Fields whose values are vocabulary keys, shown by their labels. */
const VOCABULARY_FIELDS: Record<TimelineRecordType, Record<string, Labels>> = {
  partner: {
    type: PARTNER_TYPES.labels,
    stage: PARTNER_STAGES.labels,
    focusAreas: FOCUS_AREAS.labels,
    publics: PUBLICS.labels,
    interactionTypes: INTERACTION_TYPES.labels,
    impactAreas: IMPACT_AREAS.labels,
  },
  contact: {},
  goal: { agreedBy: GOAL_AGREED_BY.labels },
  agreement: { kind: AGREEMENT_KINDS.labels },
  communication: { channel: CHANNELS.labels, initiatedBy: SIDES.labels },
  commitment: { status: COMMITMENT_STATUSES.labels, ownerSide: SIDES.labels },
  program: {
    topic: FOCUS_AREAS.labels,
    primaryOutcome: PRIMARY_OUTCOMES.labels,
    developmentModel: DEVELOPMENT_MODELS.labels,
    format: PROGRAM_FORMATS.labels,
    location: PROGRAM_LOCATIONS.labels,
    audienceScope: AUDIENCE_SCOPES.labels,
    targetGroups: PUBLICS.labels,
    ageBands: AGE_BANDS.labels,
    libraryRole: LIBRARY_ROLES.labels,
    impactAreas: IMPACT_AREAS.labels,
    status: PROGRAM_STATUSES.labels,
    statusReason: PROGRAM_STATUS_REASONS.labels,
  },
  'program-role': { role: PROGRAM_ROLES.labels },
  contribution: { side: SIDES.labels, type: CONTRIBUTION_TYPES.labels, stage: CONTRIBUTION_STAGES.labels, unit: CONTRIBUTION_UNITS.labels },
  'impact-note': { kind: IMPACT_NOTE_KINDS.labels, valueDimension: VALUE_DIMENSIONS.labels },
  assessment: { side: SIDES.labels },
  'assessment-invitation': {},
};

/** Bookkeeping the sentence already tells (who, when, archived or restored) or that means nothing to a person. */
const HIDDEN_FIELDS = new Set(['id', 'partnerId', 'programId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'version', 'archivedAt', 'communicationId']);
/** Fields that hold people's ids: the sentence names them; the details say only that they changed. */
const PERSON_FIELDS = new Set(['liaisonId', 'staffParticipantIds', 'contactParticipantIds', 'ownerUserId', 'ownerContactId']);

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export interface ChangeLine {
  field: string;
  label: string;
  /** Null for a field whose values are not shown (a person's id): the summary sentence names them. */
  before: string | null;
  after: string | null;
}

export function fieldLabel(recordType: TimelineRecordType, field: string): string {
  const known = FIELD_LABELS[recordType]?.[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A stored value in words: vocabulary labels, "Yes"/"No", dates as the library writes them, "None" for nothing. */
export function valueInWords(value: unknown, labels?: Labels): string {
  if (value === null || value === undefined || value === '') return 'None';
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.map((item) => valueInWords(item, labels)).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (labels?.[value]) return labels[value];
    if (CALENDAR_DAY.test(value)) return formatDay(value);
    if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value);
    return value;
  }
  if (typeof value === 'object' && 'name' in value && typeof value.name === 'string') return value.name;
  if (typeof value === 'object' && 'factor' in value && 'sign' in value) return factorTagInWords(value);
  return JSON.stringify(value);
}

/** The changed fields of one timeline item, in words, in the order the API recorded them. */
export function changeLines(recordType: TimelineRecordType, changes: Record<string, { before: unknown; after: unknown }>): ChangeLine[] {
  return Object.entries(changes)
    .filter(([field]) => !HIDDEN_FIELDS.has(field))
    .map(([field, change]) => {
      const label = fieldLabel(recordType, field);
      if (PERSON_FIELDS.has(field)) return { field, label, before: null, after: null };
      const labels = VOCABULARY_FIELDS[recordType]?.[field];
      return { field, label, before: valueInWords(change.before, labels), after: valueInWords(change.after, labels) };
    });
}

/** "Communication & Expectations: positive (they raised the budget problem early)". */
function factorTagInWords(tag: { factor: unknown; sign: unknown; note?: unknown }): string {
  const factor = FACTORS.has(tag.factor) ? FACTORS.labels[tag.factor] : String(tag.factor);
  const sign = FACTOR_TAG_SIGNS.has(tag.sign) ? FACTOR_TAG_SIGNS.labels[tag.sign].toLowerCase() : String(tag.sign);
  return typeof tag.note === 'string' && tag.note !== '' ? `${factor}: ${sign} (${tag.note})` : `${factor}: ${sign}`;
}
