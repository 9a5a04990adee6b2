import {
  DEFAULT_CONTACT_CADENCE_DAYS,
  FOCUS_AREAS,
  IMPACT_AREAS,
  INTERACTION_TYPES,
  PARTNER_STAGES,
  PARTNER_TYPES,
  PUBLICS,
  type PartnerType,
} from '@common-ground/domain';
import type { CreatePartnerBody, Partner, UpdatePartnerBody } from '../../lib/api-types';
import type { FormField } from '../../lib/form-problems';

/** What the form holds: strings and lists as the inputs give them; turned into the API's shape on submit. */
export interface PartnerFormValues {
  name: string;
  type: string;
  stage: string;
  website: string;
  address: string;
  description: string;
  focusAreas: string[];
  publics: string[];
  interactionTypes: string[];
  impactAreas: string[];
  /** '' for no liaison. */
  liaisonId: string;
  contactCadenceDays: number | string;
  /** '' for not set, else '0'–'5'. */
  collaborationLevelLibrary: string;
  collaborationLevelPartner: string;
  tags: string[];
}

export type PartnerField = keyof PartnerFormValues;

/** The API's field names and their inputs' ids, in the order they appear on screen (the error summary's order). */
export const PARTNER_FIELDS: readonly FormField<PartnerField>[] = [
  { name: 'name', id: 'partner-name' },
  { name: 'type', id: 'partner-type' },
  { name: 'stage', id: 'partner-stage' },
  { name: 'website', id: 'partner-website' },
  { name: 'address', id: 'partner-address' },
  { name: 'description', id: 'partner-description' },
  { name: 'focusAreas', id: 'partner-focus-areas' },
  { name: 'publics', id: 'partner-publics' },
  { name: 'interactionTypes', id: 'partner-interaction-types' },
  { name: 'impactAreas', id: 'partner-impact-areas' },
  { name: 'liaisonId', id: 'partner-liaison' },
  { name: 'contactCadenceDays', id: 'partner-cadence' },
  { name: 'collaborationLevelLibrary', id: 'partner-collaboration-library' },
  { name: 'collaborationLevelPartner', id: 'partner-collaboration-partner' },
  { name: 'tags', id: 'partner-tags' },
];

export const fieldId = (name: PartnerField): string => PARTNER_FIELDS.find((field) => field.name === name)?.id ?? name;

export const NAME_MAX = 200;
export const LONG_TEXT_MAX = 10_000;
export const TAG_MAX = 50;
export const TAGS_MAX = 20;
export const CADENCE_MIN = 1;
export const CADENCE_MAX = 3650;
const LOOKS_LIKE_WEB_ADDRESS = /^https?:\/\/[^\s/.]+\.[^\s]+$/i;

export function emptyPartnerValues(defaults: { type: string; liaisonId: string }): PartnerFormValues {
  return {
    name: '',
    type: defaults.type,
    stage: 'prospect',
    website: '',
    address: '',
    description: '',
    focusAreas: [],
    publics: [],
    interactionTypes: [],
    impactAreas: [],
    liaisonId: defaults.liaisonId,
    contactCadenceDays: DEFAULT_CONTACT_CADENCE_DAYS,
    collaborationLevelLibrary: '',
    collaborationLevelPartner: '',
    tags: [],
  };
}

export function partnerToValues(partner: Partner): PartnerFormValues {
  return {
    name: partner.name,
    type: partner.type,
    stage: partner.stage,
    website: partner.website ?? '',
    address: partner.address ?? '',
    description: partner.description,
    focusAreas: [...partner.focusAreas],
    publics: [...partner.publics],
    interactionTypes: [...partner.interactionTypes],
    impactAreas: [...partner.impactAreas],
    liaisonId: partner.liaison?.id ?? '',
    contactCadenceDays: partner.contactCadenceDays,
    collaborationLevelLibrary: partner.collaborationLevelLibrary === null ? '' : String(partner.collaborationLevelLibrary),
    collaborationLevelPartner: partner.collaborationLevelPartner === null ? '' : String(partner.collaborationLevelPartner),
    tags: [...partner.tags],
  };
}

/** Checks in the browser what can be checked without asking the API, in words that say what to do. */
export const validatePartner = {
  name: (value: string) => {
    if (value.trim() === '') return "Enter the partner's name";
    return value.trim().length > NAME_MAX ? `Enter a name of ${NAME_MAX} characters or fewer` : null;
  },
  type: (value: string) => (PARTNER_TYPES.has(value) ? null : 'Choose the type of organisation'),
  stage: (value: string) => (PARTNER_STAGES.has(value) ? null : 'Choose a stage'),
  website: (value: string) =>
    value.trim() === '' || LOOKS_LIKE_WEB_ADDRESS.test(value.trim())
      ? null
      : 'Enter the full web address, starting with https:// (for example https://riverside.org)',
  address: (value: string) => (value.length > LONG_TEXT_MAX ? `Keep the address to ${LONG_TEXT_MAX.toLocaleString('en-GB')} characters or fewer` : null),
  description: (value: string) =>
    value.length > LONG_TEXT_MAX ? `Keep the description to ${LONG_TEXT_MAX.toLocaleString('en-GB')} characters or fewer` : null,
  contactCadenceDays: (value: number | string) => {
    const days = typeof value === 'number' ? value : Number(value);
    return Number.isInteger(days) && days >= CADENCE_MIN && days <= CADENCE_MAX
      ? null
      : `Enter how often to be in touch, in whole days from ${CADENCE_MIN} to ${CADENCE_MAX}`;
  },
  tags: (value: string[]) => {
    if (value.length > TAGS_MAX) return `Use ${TAGS_MAX} tags or fewer`;
    return value.some((tag) => tag.trim().length > TAG_MAX) ? `Keep each tag to ${TAG_MAX} characters or fewer` : null;
  },
};

const levelOf = (value: string): number | null => (value === '' ? null : Number(value));

/** Every field in the API's shape, with null for "none", so create and update read the same values the same way. */
function toFields(values: PartnerFormValues) {
  return {
    name: values.name.trim(),
    // Validation has checked type and stage before any body is built; these only satisfy the compiler.
    type: values.type as PartnerType,
    stage: PARTNER_STAGES.has(values.stage) ? values.stage : 'prospect',
    website: values.website.trim() || null,
    address: values.address.trim() === '' ? null : values.address,
    description: values.description,
    focusAreas: values.focusAreas.filter(FOCUS_AREAS.has),
    publics: values.publics.filter(PUBLICS.has),
    interactionTypes: values.interactionTypes.filter(INTERACTION_TYPES.has),
    impactAreas: values.impactAreas.filter(IMPACT_AREAS.has),
    liaisonId: values.liaisonId || null,
    contactCadenceDays: Number(values.contactCadenceDays),
    collaborationLevelLibrary: levelOf(values.collaborationLevelLibrary),
    collaborationLevelPartner: levelOf(values.collaborationLevelPartner),
    tags: values.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''),
  } satisfies Required<CreatePartnerBody>;
}

/** A new partner: empty optional fields are left out, so the API applies its defaults. */
export function toCreateBody(values: PartnerFormValues): CreatePartnerBody {
  const fields = toFields(values);
  const body: CreatePartnerBody = { name: fields.name, type: fields.type, stage: fields.stage, contactCadenceDays: fields.contactCadenceDays };
  if (fields.website) body.website = fields.website;
  if (fields.address) body.address = fields.address;
  if (fields.description) body.description = fields.description;
  if (fields.focusAreas.length) body.focusAreas = fields.focusAreas;
  if (fields.publics.length) body.publics = fields.publics;
  if (fields.interactionTypes.length) body.interactionTypes = fields.interactionTypes;
  if (fields.impactAreas.length) body.impactAreas = fields.impactAreas;
  if (fields.liaisonId) body.liaisonId = fields.liaisonId;
  if (fields.collaborationLevelLibrary !== null) body.collaborationLevelLibrary = fields.collaborationLevelLibrary;
  if (fields.collaborationLevelPartner !== null) body.collaborationLevelPartner = fields.collaborationLevelPartner;
  if (fields.tags.length) body.tags = fields.tags;
  return body;
}

/**
 * An edit sends only what changed (and the version it started from): a field someone else changed meanwhile is
 * not overwritten with the old value, and an unchanged liaison is never sent as a "reassignment".
 */
export function toUpdateBody(values: PartnerFormValues, initial: PartnerFormValues, version: number): UpdatePartnerBody {
  const next = toFields(values);
  const before = toFields(initial);
  const body: Record<string, unknown> = { version };
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) body[key] = next[key];
  }
  return body as UpdatePartnerBody;
}

const LAST_TYPE_KEY = 'common-ground:partners:last-type';

/** The type chosen for the last partner added on this device: most people add several of one kind in a row. */
export function rememberedPartnerType(): string {
  try {
    const value = window.localStorage.getItem(LAST_TYPE_KEY);
    return PARTNER_TYPES.has(value) ? value : '';
  } catch {
    return '';
  }
}

export function rememberPartnerType(type: string): void {
  try {
    window.localStorage.setItem(LAST_TYPE_KEY, type);
  } catch {
    // Private browsing or storage full: the default is a convenience, not worth an error.
  }
}
