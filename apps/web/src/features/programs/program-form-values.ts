import {
  ADMIN_CHECKLIST_ITEMS,
  AGE_BANDS,
  AUDIENCE_SCOPES,
  DEVELOPMENT_MODELS,
  FOCUS_AREAS,
  IMPACT_AREAS,
  LIBRARY_ROLES,
  PRIMARY_OUTCOMES,
  PROGRAM_FORMATS,
  PROGRAM_LOCATIONS,
  PROGRAM_ROLES,
  PROGRAM_STATUS_REASONS,
  PROGRAM_STATUSES,
  PROGRAM_STATUSES_NEEDING_REASON,
  PUBLICS,
  type AdminChecklistItem,
  type ProgramStatus,
} from '@common-ground/domain';
import type { FormField } from '../../lib/form-problems';
import { ProblemError } from '../../lib/problem-error';
import { formatDay } from '../../lib/calendar-day';
import type { CreateProgramBody, Program, ProgramChecklist, UpdateProgramBody } from './api/types';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 10_000;
export const STATUS_NOTE_MAX = 2_000;
export const RESPONSIBILITIES_MAX = 2_000;
/** The API takes at most this many partner roles with a new program. */
export const ROLES_ON_CREATE_MAX = 20;

export type ChecklistKey = keyof ProgramChecklist;

/** The admin checklist: the API's field, the vocabulary's item (for the label), in the order the library works through it. */
export const CHECKLIST: readonly { key: ChecklistKey; item: AdminChecklistItem }[] = [
  { key: 'agreement', item: 'agreement' },
  { key: 'brandingApproved', item: 'branding-approved' },
  { key: 'volunteersCleared', item: 'volunteers-cleared' },
  { key: 'spaceBooked', item: 'space-booked' },
  { key: 'timingConfirmed', item: 'timing-confirmed' },
];
export const checklistLabel = (key: ChecklistKey): string => {
  const entry = CHECKLIST.find((candidate) => candidate.key === key);
  return entry ? ADMIN_CHECKLIST_ITEMS.labels[entry.item] : key;
};

/** A partner's role, added with a new program. */
export interface RoleRowValues {
  /** For React only. */
  key: string;
  partnerId: string;
  /** The name, when picked here (so the picker need not look it up). */
  partnerName: string;
  role: string;
  responsibilities: string;
}

/** What the form holds: strings and lists as the inputs give them; turned into the API's shape on submit. */
export interface ProgramFormValues {
  title: string;
  description: string;
  topic: string;
  format: string;
  location: string;
  libraryRole: string;
  primaryOutcome: string;
  developmentModel: string;
  impactAreas: string[];
  audienceScope: string;
  targetGroups: string[];
  ageBands: string[];
  startsOn: string;
  endsOn: string;
  status: string;
  statusReason: string;
  statusNote: string;
  checklist: Record<ChecklistKey, string>;
  partnerCredited: boolean;
  outcomeSummarySharedOn: string;
  roles: RoleRowValues[];
}

/** The API's field names (also the form's paths) and their inputs' ids, in the order they appear on screen. */
export const PROGRAM_FIELDS: readonly FormField<string>[] = [
  { name: 'title', id: 'program-title' },
  { name: 'description', id: 'program-description' },
  { name: 'topic', id: 'program-topic' },
  { name: 'format', id: 'program-format' },
  { name: 'location', id: 'program-location' },
  { name: 'libraryRole', id: 'program-library-role' },
  { name: 'startsOn', id: 'program-starts-on' },
  { name: 'endsOn', id: 'program-ends-on' },
  { name: 'status', id: 'program-status' },
  { name: 'statusReason', id: 'program-status-reason' },
  { name: 'statusNote', id: 'program-status-note' },
  { name: 'audienceScope', id: 'program-audience-scope' },
  { name: 'targetGroups', id: 'program-target-groups' },
  { name: 'ageBands', id: 'program-age-bands' },
  { name: 'primaryOutcome', id: 'program-primary-outcome' },
  { name: 'developmentModel', id: 'program-development-model' },
  { name: 'impactAreas', id: 'program-impact-areas' },
  ...CHECKLIST.map(({ key }) => ({ name: `checklist.${key}`, id: `program-checklist-${key}` })),
  { name: 'partnerCredited', id: 'program-partner-credited' },
  { name: 'outcomeSummarySharedOn', id: 'program-outcome-summary-shared' },
];

export const programFieldId = (name: string): string => PROGRAM_FIELDS.find((field) => field.name === name)?.id ?? name;
export const roleFieldId = (index: number, field: 'partnerId' | 'role' | 'responsibilities'): string => `program-role-${index}-${field}`;

/** The summary's fields: the fixed ones, then each role row's (in the roles section, before the checklist). */
export function programFormFields(roleCount: number): FormField<string>[] {
  const roleFields = Array.from({ length: roleCount }, (_, index) =>
    (['partnerId', 'role', 'responsibilities'] as const).map((field) => ({ name: `roles.${index}.${field}`, id: roleFieldId(index, field) })),
  ).flat();
  const checklistAt = PROGRAM_FIELDS.findIndex((field) => field.name.startsWith('checklist.'));
  return [...PROGRAM_FIELDS.slice(0, checklistAt), { name: 'roles', id: 'program-roles-add' }, ...roleFields, ...PROGRAM_FIELDS.slice(checklistAt)];
}

/** The API names list items as people write them (`roles[1].partnerId`); the form's paths use dots (`roles.1.partnerId`). */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/** The same problem, its field names turned into the form's paths. */
export function withFormPaths(error: unknown): unknown {
  if (!(error instanceof ProblemError) || error.fieldErrors.length === 0) return error;
  return new ProblemError({ ...error.problem, errors: error.fieldErrors.map((problem) => ({ ...problem, field: toFormPath(problem.field) })) });
}

export const needsReason = (status: string): boolean => PROGRAM_STATUSES_NEEDING_REASON.some((candidate) => candidate === status);

let roleRowCounter = 0;
export function emptyRoleRow(partner?: { id: string; name: string }): RoleRowValues {
  roleRowCounter += 1;
  return { key: `role-${roleRowCounter}`, partnerId: partner?.id ?? '', partnerName: partner?.name ?? '', role: '', responsibilities: '' };
}

const emptyChecklist = (): Record<ChecklistKey, string> => ({ agreement: '', brandingApproved: '', volunteersCleared: '', spaceBooked: '', timingConfirmed: '' });

/**
 * A new program: planned, for the whole community, today. It is a partnership CRM, so "developed with a partner"
 * and "co-sponsor" are the likely answers; the topic, kind and main outcome have no honest default.
 */
export function emptyProgramValues(today: string, partner?: { id: string; name: string }): ProgramFormValues {
  return {
    title: '',
    description: '',
    topic: '',
    format: '',
    location: 'library',
    libraryRole: 'co-sponsor',
    primaryOutcome: '',
    developmentModel: 'with-partner',
    impactAreas: [],
    audienceScope: 'whole-community',
    targetGroups: [],
    ageBands: [],
    startsOn: today,
    endsOn: today,
    status: 'planned',
    statusReason: '',
    statusNote: '',
    checklist: emptyChecklist(),
    partnerCredited: false,
    outcomeSummarySharedOn: '',
    roles: partner ? [emptyRoleRow(partner)] : [],
  };
}

export function programToValues(program: Program): ProgramFormValues {
  return {
    title: program.title,
    description: program.description,
    topic: program.topic,
    format: program.format,
    location: program.location,
    libraryRole: program.libraryRole,
    primaryOutcome: program.primaryOutcome,
    developmentModel: program.developmentModel,
    impactAreas: [...program.impactAreas],
    audienceScope: program.audienceScope,
    targetGroups: program.targetGroups.filter((group) => group !== 'whole-community'),
    ageBands: [...program.ageBands],
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    status: program.status,
    statusReason: program.statusReason ?? '',
    statusNote: program.statusNote ?? '',
    checklist: {
      agreement: program.checklist.agreement ?? '',
      brandingApproved: program.checklist.brandingApproved ?? '',
      volunteersCleared: program.checklist.volunteersCleared ?? '',
      spaceBooked: program.checklist.spaceBooked ?? '',
      timingConfirmed: program.checklist.timingConfirmed ?? '',
    },
    partnerCredited: program.partnerCredited,
    outcomeSummarySharedOn: program.outcomeSummarySharedOn ?? '',
    roles: [],
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string): boolean => DAY.test(value) && !Number.isNaN(new Date(`${value}T12:00:00`).getTime());

/** Checks in the browser what can be checked without asking the API, in words that say what to do. */
export function validateProgram(values: ProgramFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Enter the program’s title';
  else if (title.length > TITLE_MAX) errors.title = `Enter a title of ${TITLE_MAX} characters or fewer`;
  if (values.description.length > DESCRIPTION_MAX) errors.description = `Keep the description to ${DESCRIPTION_MAX.toLocaleString('en-GB')} characters or fewer`;
  if (!FOCUS_AREAS.has(values.topic)) errors.topic = 'Choose the program’s topic';
  if (!PROGRAM_FORMATS.has(values.format)) errors.format = 'Choose what kind of program it is';
  if (!PROGRAM_LOCATIONS.has(values.location)) errors.location = 'Choose where the program takes place';
  if (!LIBRARY_ROLES.has(values.libraryRole)) errors.libraryRole = 'Choose the library’s role in the program';
  if (!PRIMARY_OUTCOMES.has(values.primaryOutcome)) errors.primaryOutcome = 'Choose the main outcome the program sets out to achieve';
  if (!DEVELOPMENT_MODELS.has(values.developmentModel)) errors.developmentModel = 'Choose who developed the program';

  if (values.startsOn === '') errors.startsOn = 'Enter the date the program starts';
  else if (!isDay(values.startsOn)) errors.startsOn = 'Enter a real date for the start, like 3 March 2026';
  if (values.endsOn !== '' && !isDay(values.endsOn)) errors.endsOn = 'Enter a real date for the end, like 30 June 2026';
  else if (values.endsOn !== '' && isDay(values.startsOn) && values.endsOn < values.startsOn) {
    errors.endsOn = `Enter an end date on or after the start date, ${formatDay(values.startsOn)}`;
  }

  if (!PROGRAM_STATUSES.has(values.status)) errors.status = 'Choose the program’s status';
  else if (needsReason(values.status) && !PROGRAM_STATUS_REASONS.has(values.statusReason)) {
    errors.statusReason = `Choose why the program was ${PROGRAM_STATUSES.labels[values.status as ProgramStatus].toLowerCase()}`;
  }
  if (values.statusNote.length > STATUS_NOTE_MAX) errors.statusNote = `Keep the note to ${STATUS_NOTE_MAX.toLocaleString('en-GB')} characters or fewer`;

  if (!AUDIENCE_SCOPES.has(values.audienceScope)) errors.audienceScope = 'Choose who the program is for';
  else if (values.audienceScope === 'specific-groups' && values.targetGroups.length === 0) {
    errors.targetGroups = 'Choose at least one target group, or make the audience the whole community';
  }

  for (const { key } of CHECKLIST) {
    const value = values.checklist[key];
    if (value !== '' && !isDay(value)) errors[`checklist.${key}`] = `Enter a real date for “${checklistLabel(key)}”, or leave it empty`;
  }
  if (values.outcomeSummarySharedOn !== '' && !isDay(values.outcomeSummarySharedOn)) {
    errors.outcomeSummarySharedOn = 'Enter a real date for when the outcome summary was shared, or leave it empty';
  }

  const seen = new Set<string>();
  values.roles.forEach((row, index) => {
    if (row.partnerId === '') errors[`roles.${index}.partnerId`] = `Choose the partner for role ${index + 1}, or remove that row`;
    if (!PROGRAM_ROLES.has(row.role)) errors[`roles.${index}.role`] = `Choose the partner’s role for row ${index + 1}`;
    else if (row.partnerId !== '') {
      const pair = `${row.partnerId}:${row.role}`;
      if (seen.has(pair)) errors[`roles.${index}.role`] = `This partner already has the role ${PROGRAM_ROLES.labels[row.role].toLowerCase()}: choose another role or remove the row`;
      seen.add(pair);
    }
    if (row.responsibilities.length > RESPONSIBILITIES_MAX) {
      errors[`roles.${index}.responsibilities`] = `Keep the responsibilities to ${RESPONSIBILITIES_MAX.toLocaleString('en-GB')} characters or fewer`;
    }
  });
  if (values.roles.length > ROLES_ON_CREATE_MAX) errors.roles = `Add at most ${ROLES_ON_CREATE_MAX} roles now; add more from the program page`;
  return errors;
}

/** Every field in the API's shape, with null for "none", so create and update read the same values the same way. */
function toFields(values: ProgramFormValues) {
  const specific = values.audienceScope === 'specific-groups';
  const reason = needsReason(values.status) && PROGRAM_STATUS_REASONS.has(values.statusReason) ? values.statusReason : null;
  // Validation has checked the vocabulary fields before any body is built; the casts only satisfy the compiler.
  return {
    title: values.title.trim(),
    description: values.description,
    topic: values.topic as CreateProgramBody['topic'],
    format: values.format as CreateProgramBody['format'],
    location: values.location as CreateProgramBody['location'],
    libraryRole: values.libraryRole as CreateProgramBody['libraryRole'],
    primaryOutcome: values.primaryOutcome as CreateProgramBody['primaryOutcome'],
    developmentModel: values.developmentModel as CreateProgramBody['developmentModel'],
    impactAreas: values.impactAreas.filter(IMPACT_AREAS.has),
    audienceScope: (specific ? 'specific-groups' : 'whole-community') as CreateProgramBody['audienceScope'],
    targetGroups: specific ? (values.targetGroups.filter((group) => PUBLICS.has(group) && group !== 'whole-community') as NonNullable<CreateProgramBody['targetGroups']>) : [],
    ageBands: values.ageBands.filter(AGE_BANDS.has),
    startsOn: values.startsOn,
    endsOn: values.endsOn || values.startsOn,
    status: values.status as ProgramStatus,
    statusReason: reason,
    statusNote: values.statusNote.trim() === '' ? null : values.statusNote.trim(),
    partnerCredited: values.partnerCredited,
    outcomeSummarySharedOn: values.outcomeSummarySharedOn || null,
  };
}

function checklistOf(values: ProgramFormValues): Record<ChecklistKey, string | null> {
  const checklist = {} as Record<ChecklistKey, string | null>;
  for (const { key } of CHECKLIST) checklist[key] = values.checklist[key] || null;
  return checklist;
}

/** A new program: empty optional fields are left out, so the API applies its defaults. */
export function toCreateProgramBody(values: ProgramFormValues): CreateProgramBody {
  const fields = toFields(values);
  const body: CreateProgramBody = {
    title: fields.title,
    topic: fields.topic,
    format: fields.format,
    location: fields.location,
    libraryRole: fields.libraryRole,
    primaryOutcome: fields.primaryOutcome,
    developmentModel: fields.developmentModel,
    audienceScope: fields.audienceScope,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
    status: fields.status,
  };
  if (fields.description.trim()) body.description = fields.description;
  if (fields.targetGroups.length) body.targetGroups = fields.targetGroups;
  if (fields.ageBands.length) body.ageBands = fields.ageBands;
  if (fields.impactAreas.length) body.impactAreas = fields.impactAreas;
  if (fields.statusReason) body.statusReason = fields.statusReason;
  if (fields.statusNote) body.statusNote = fields.statusNote;
  if (fields.partnerCredited) body.partnerCredited = true;
  if (fields.outcomeSummarySharedOn) body.outcomeSummarySharedOn = fields.outcomeSummarySharedOn;
  const checklist = Object.fromEntries(Object.entries(checklistOf(values)).filter(([, day]) => day !== null));
  if (Object.keys(checklist).length) body.checklist = checklist;
  if (values.roles.length) {
    body.roles = values.roles.map((row) => ({
      partnerId: row.partnerId,
      role: row.role as NonNullable<CreateProgramBody['roles']>[number]['role'],
      ...(row.responsibilities.trim() ? { responsibilities: row.responsibilities.trim() } : {}),
    }));
  }
  return body;
}

/**
 * An edit sends only what changed (and the version it started from): a field someone else changed meanwhile is
 * not overwritten with the old value. The checklist sends only the items that changed (null clears one).
 */
export function toUpdateProgramBody(values: ProgramFormValues, initial: ProgramFormValues, version: number): UpdateProgramBody {
  const next = toFields(values);
  const before = toFields(initial);
  const body: Record<string, unknown> = { version };
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) body[key] = next[key];
  }
  const checklistNext = checklistOf(values);
  const checklistBefore = checklistOf(initial);
  const checklist: Partial<Record<ChecklistKey, string | null>> = {};
  for (const { key } of CHECKLIST) if (checklistNext[key] !== checklistBefore[key]) checklist[key] = checklistNext[key];
  if (Object.keys(checklist).length) body.checklist = checklist;
  return body as UpdateProgramBody;
}
