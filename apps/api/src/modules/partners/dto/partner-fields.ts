import { applyDecorators } from '@nestjs/common';
import {
  COLLABORATION_LEVEL_MAX,
  COLLABORATION_LEVEL_MIN,
  FOCUS_AREAS,
  IMPACT_AREAS,
  INTERACTION_TYPES,
  PARTNER_STAGES,
  PARTNER_TYPES,
  PUBLICS,
} from '@common-ground/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { type Presence, presence, presenceDoc } from '../../../common/validation/presence';
import { IsHttpUrl, RequiredTextField, Trim, TrimToNull } from '../../../common/validation/text-fields';

export const MAX_NAME_LENGTH = 200;
export const MAX_LONG_TEXT_LENGTH = 10_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;
export const LIAISON_MESSAGE = 'Choose an active staff member as liaison';

function listOf(label: string, keys: readonly string[], p: Presence, description: string) {
  const message = `${label}: choose from ${keys.join(', ')}.`;
  return applyDecorators(
    presenceDoc(p, { enum: keys, isArray: true, description }),
    ...presence(p),
    IsArray({ message: `${label} must be a list.` }),
    IsIn(keys, { each: true, message }),
    ArrayUnique({ message: `${label} lists the same value twice. Remove the repeat.` }),
  );
}

export const PartnerNameField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { type: String, maxLength: MAX_NAME_LENGTH, example: 'Riverside Food Bank' }),
    ...presence(p),
    RequiredTextField(MAX_NAME_LENGTH, { missing: 'Enter the organisation’s name.', tooLong: `Name must be ${MAX_NAME_LENGTH} characters or fewer.` }),
  );

export const PartnerTypeField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { enum: PARTNER_TYPES.keys, description: 'A key of PARTNER_TYPES.' }),
    ...presence(p),
    IsIn(PARTNER_TYPES.keys, { message: `Choose a type of organisation: ${PARTNER_TYPES.keys.join(', ')}.` }),
  );

export const PartnerStageField = (p: Presence, defaultStage?: string) =>
  applyDecorators(
    // No OpenAPI `default` on request fields: generated clients would then treat them as required.
    presenceDoc(p, { enum: PARTNER_STAGES.keys, description: `A key of PARTNER_STAGES (board order).${defaultStage ? ` Default: ${defaultStage}.` : ''}` }),
    ...presence(p),
    IsIn(PARTNER_STAGES.keys, { message: `Choose a stage: ${PARTNER_STAGES.keys.join(', ')}.` }),
  );

export const WebsiteField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { type: String, format: 'uri', maxLength: 2000, example: 'https://riverside-food.example' }),
    // Blank means "none". The address format is checked before the length here (unlike an agreement's attachment).
    TrimToNull(),
    ...presence(p),
    IsString({ message: 'Enter the website address, like https://example.org.' }),
    IsHttpUrl('Enter the full website address, starting with https:// or http://.'),
    MaxLength(2000, { message: 'Website must be 2,000 characters or fewer.' }),
  );

export const LongTextField = (p: Presence, label: string, example?: string) =>
  applyDecorators(
    presenceDoc(p, { type: String, maxLength: MAX_LONG_TEXT_LENGTH, ...(example ? { example } : {}) }),
    p === 'nullable' ? TrimToNull() : Trim(),
    ...presence(p),
    IsString({ message: `${label} must be text.` }),
    MaxLength(MAX_LONG_TEXT_LENGTH, { message: `${label} must be 10,000 characters or fewer.` }),
  );

export const FocusAreasField = (p: Presence) => listOf('Focus areas', FOCUS_AREAS.keys, p, 'Keys of FOCUS_AREAS.');
export const PublicsField = (p: Presence) => listOf('Publics', PUBLICS.keys, p, 'Keys of PUBLICS.');
export const InteractionTypesField = (p: Presence) => listOf('Interaction types', INTERACTION_TYPES.keys, p, 'Keys of INTERACTION_TYPES.');
export const ImpactAreasField = (p: Presence) => listOf('Impact areas', IMPACT_AREAS.keys, p, 'Keys of IMPACT_AREAS (NILPPA).');

export const LiaisonIdField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { type: String, format: 'uuid', description: 'An active staff member. Changing it on an existing partner needs a manager or administrator.' }),
    ...presence(p),
    IsUUID('all', { message: LIAISON_MESSAGE }),
  );

export const ContactCadenceField = (p: Presence, defaultDays?: number) =>
  applyDecorators(
    presenceDoc(p, { type: 'integer', minimum: 1, maximum: 3650, description: `Days between expected contacts.${defaultDays ? ` Default: ${defaultDays}.` : ''}` }),
    ...presence(p),
    IsInt({ message: 'Contact cadence must be a whole number of days.' }),
    Min(1, { message: 'Contact cadence must be at least 1 day.' }),
    Max(3650, { message: 'Contact cadence can be at most 3,650 days (ten years).' }),
  );

export const CollaborationLevelField = (p: Presence, side: 'library' | 'partner') =>
  applyDecorators(
    presenceDoc(p, {
      type: 'integer',
      minimum: COLLABORATION_LEVEL_MIN,
      maximum: COLLABORATION_LEVEL_MAX,
      description: `How collaborative the ${side} considers the relationship (${COLLABORATION_LEVEL_MIN}–${COLLABORATION_LEVEL_MAX}).`,
    }),
    ...presence(p),
    IsInt({ message: `Collaboration level must be a whole number from ${COLLABORATION_LEVEL_MIN} to ${COLLABORATION_LEVEL_MAX}.` }),
    Min(COLLABORATION_LEVEL_MIN, { message: `Collaboration level must be a whole number from ${COLLABORATION_LEVEL_MIN} to ${COLLABORATION_LEVEL_MAX}.` }),
    Max(COLLABORATION_LEVEL_MAX, { message: `Collaboration level must be a whole number from ${COLLABORATION_LEVEL_MIN} to ${COLLABORATION_LEVEL_MAX}.` }),
  );

export const TagsField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { type: String, isArray: true, maxItems: MAX_TAGS, description: `Free labels, each 1–${MAX_TAG_LENGTH} characters; stored trimmed.`, example: ['food', 'summer'] }),
    Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((tag) => (typeof tag === 'string' ? tag.trim() : tag)) : value)),
    ...presence(p),
    IsArray({ message: 'Tags must be a list.' }),
    ArrayMaxSize(MAX_TAGS, { message: `A partner can have at most ${MAX_TAGS} tags.` }),
    IsString({ each: true, message: 'Each tag must be text.' }),
    Length(1, MAX_TAG_LENGTH, { each: true, message: `Each tag must be 1 to ${MAX_TAG_LENGTH} characters.` }),
  );
