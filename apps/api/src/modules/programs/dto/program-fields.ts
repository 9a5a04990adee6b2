import { applyDecorators } from '@nestjs/common';
import {
  AGE_BANDS,
  AUDIENCE_SCOPES,
  DEVELOPMENT_MODELS,
  FOCUS_AREAS,
  IMPACT_AREAS,
  LIBRARY_ROLES,
  PRIMARY_OUTCOMES,
  PROGRAM_FORMATS,
  PROGRAM_LOCATIONS,
  PROGRAM_STATUS_REASONS,
  PROGRAM_STATUSES,
  PROGRAM_STATUSES_NEEDING_REASON,
  PUBLICS,
} from '@common-ground/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateField, OptionalDateField } from '../../../common/validation/date-fields';
import { type Presence, presence, presenceDoc } from '../../../common/validation/presence';
import { RequiredTextField, Trim, TrimToNull, UnlessAbsent } from '../../../common/validation/text-fields';

export const PROGRAM_TITLE_MAX = 200;
export const PROGRAM_DESCRIPTION_MAX = 10_000;
export const PROGRAM_STATUS_NOTE_MAX = 2_000;
/** Roles sent with a new program; more are added one by one on the program's page. */
export const PROGRAM_ROLES_ON_CREATE_MAX = 20;

/** Target groups name specific publics; "whole community" is the other audience scope, not a group. */
export const TARGET_GROUPS = PUBLICS.keys.filter((key) => key !== 'whole-community');

function oneOf(label: string, keys: readonly string[], p: Presence, description?: string) {
  return applyDecorators(
    presenceDoc(p, { enum: keys, ...(description ? { description } : {}) }),
    ...presence(p),
    IsIn(keys, { message: `Choose ${label}: ${keys.join(', ')}.` }),
  );
}

function listOf(label: string, keys: readonly string[], description: string) {
  return applyDecorators(
    presenceDoc('optional', { enum: keys, isArray: true, description }),
    UnlessAbsent(),
    IsArray({ message: `${label} must be a list.` }),
    IsIn(keys, { each: true, message: `${label}: choose from ${keys.join(', ')}.` }),
    ArrayUnique({ message: `${label} lists the same value twice. Remove the repeat.` }),
  );
}

/** A calendar day that must be there (when the field is sent at all, for `optional`): never null. */
function dayField(p: 'required' | 'optional', label: string, description?: string) {
  return applyDecorators(
    presenceDoc(p, { type: String, format: 'date', ...(description ? { description } : {}) }),
    ...presence(p),
    DateField(label),
  );
}

/** A calendar day or null (none); '' counts as none. */
export const NullableDayField = (label: string, description?: string) =>
  applyDecorators(presenceDoc('nullable', { type: String, format: 'date', ...(description ? { description } : {}) }), OptionalDateField(label));

export const TitleField = (p: 'required' | 'optional') =>
  applyDecorators(
    presenceDoc(p, { type: String, minLength: 1, maxLength: PROGRAM_TITLE_MAX, example: 'Health fair with Riverside Clinic' }),
    ...presence(p),
    RequiredTextField(PROGRAM_TITLE_MAX, {
      missing: 'Enter the program’s title.',
      tooLong: `The title must be ${PROGRAM_TITLE_MAX} characters or fewer.`,
    }),
  );

export const DescriptionField = () =>
  applyDecorators(
    presenceDoc('optional', { type: String, maxLength: PROGRAM_DESCRIPTION_MAX, description: 'Empty when left out.' }),
    Trim(),
    UnlessAbsent(),
    IsString({ message: 'Write the description as text.' }),
    MaxLength(PROGRAM_DESCRIPTION_MAX, { message: `The description must be ${PROGRAM_DESCRIPTION_MAX.toLocaleString('en-US')} characters or fewer.` }),
  );

export const TopicField = (p: 'required' | 'optional') => oneOf('a topic', FOCUS_AREAS.keys, p, 'A key of FOCUS_AREAS.');
export const PrimaryOutcomeField = (p: 'required' | 'optional') =>
  oneOf('the primary intended outcome', PRIMARY_OUTCOMES.keys, p, 'NILPPA: what the program mainly sets out to change.');
export const DevelopmentModelField = (p: 'required' | 'optional') =>
  oneOf('how the program was developed', DEVELOPMENT_MODELS.keys, p, 'NILPPA: who developed the program.');
export const ProgramFormatField = (p: 'required' | 'optional') => oneOf('a format', PROGRAM_FORMATS.keys, p);
export const LocationField = (p: 'required' | 'optional') => oneOf('a location', PROGRAM_LOCATIONS.keys, p);
export const LibraryRoleField = (p: 'required' | 'optional') =>
  oneOf('the library’s role', LIBRARY_ROLES.keys, p, 'Outputs count in funder summaries only where the library sponsors or co-sponsors.');
export const AudienceScopeField = (defaultNote = '') =>
  oneOf('the audience', AUDIENCE_SCOPES.keys, 'optional', `Whole community, or specific groups (then targetGroups says which).${defaultNote}`);
export const StatusField = (defaultNote = '') =>
  oneOf('a status', PROGRAM_STATUSES.keys, 'optional', `Cancelled and postponed need a statusReason.${defaultNote}`);

export const StatusReasonField = () =>
  applyDecorators(
    presenceDoc('nullable', {
      enum: PROGRAM_STATUS_REASONS.keys,
      description: `Required exactly when the status is ${PROGRAM_STATUSES_NEEDING_REASON.join(' or ')}; absent or null otherwise.`,
    }),
    IsOptional(),
    IsIn(PROGRAM_STATUS_REASONS.keys, { message: `Choose a reason: ${PROGRAM_STATUS_REASONS.keys.join(', ')}.` }),
  );

export const StatusNoteField = () =>
  applyDecorators(
    presenceDoc('nullable', { type: String, maxLength: PROGRAM_STATUS_NOTE_MAX }),
    TrimToNull(),
    IsOptional(),
    IsString({ message: 'Write the status note as text.' }),
    MaxLength(PROGRAM_STATUS_NOTE_MAX, { message: `The status note must be ${PROGRAM_STATUS_NOTE_MAX.toLocaleString('en-US')} characters or fewer.` }),
  );

export const TargetGroupsField = () =>
  listOf('Target groups', TARGET_GROUPS, 'Keys of PUBLICS (not whole-community); at least one when audienceScope is specific-groups, none otherwise.');
export const AgeBandsField = () => listOf('Age bands', AGE_BANDS.keys, 'Keys of AGE_BANDS the program is meant for.');
export const ImpactAreasField = () => listOf('Impact areas', IMPACT_AREAS.keys, 'Keys of IMPACT_AREAS (NILPPA).');

export const StartsOnField = (p: 'required' | 'optional') => dayField(p, 'start date');
export const EndsOnField = (defaultNote = '') => dayField('optional', 'end date', `On or after startsOn.${defaultNote}`);

export const PartnerCreditedField = () =>
  applyDecorators(
    presenceDoc('optional', { type: Boolean, description: 'Whether the partner was credited in the promotion.' }),
    UnlessAbsent(),
    IsBoolean({ message: 'partnerCredited must be true or false.' }),
  );

export const OutcomeSummarySharedOnField = () => NullableDayField('date the outcome summary was shared', 'When the outcome summary was shared with the partners.');

/** A nested object of the request (the checklist). */
export const NestedObjectField = (type: new () => object, label: string, description: string) =>
  applyDecorators(
    presenceDoc('optional', { type, description }),
    UnlessAbsent(),
    IsObject({ message: `Send the ${label} as an object.` }),
    ValidateNested(),
    Type(() => type),
  );

/** A list of nested objects of the request (the roles sent with a new program). */
export const NestedListField = (type: new () => object, label: string, max: number, description: string) =>
  applyDecorators(
    presenceDoc('optional', { type, isArray: true, maxItems: max, description }),
    UnlessAbsent(),
    IsArray({ message: `List the ${label}.` }),
    ArrayMaxSize(max, { message: `Add at most ${max} ${label} at once.` }),
    ValidateNested({ each: true, message: `Each of the ${label} must be an object with its fields.` }),
    Type(() => type),
  );
