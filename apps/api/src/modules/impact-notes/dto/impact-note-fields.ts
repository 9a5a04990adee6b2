import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { IMPACT_NOTE_KINDS, VALUE_DIMENSIONS } from '@common-ground/domain';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { IsHttpUrl, OptionalTextField, RequiredTextField, Trim, UnlessAbsent } from '../../../common/validation/text-fields';

export const NOTE_TEXT_MAX = 10_000;
export const ATTRIBUTION_MAX = 300;
export const SOURCE_URL_MAX = 2_000;

/**
 * How a field may be left out of a request:
 * - required: must be present;
 * - optional: may be left out (unchanged, or its default), but never null;
 * - nullable: may be left out, or null for none.
 */
export type Presence = 'required' | 'optional' | 'nullable';

function presence(p: Presence): PropertyDecorator[] {
  if (p === 'nullable') return [IsOptional()];
  if (p === 'optional') return [UnlessAbsent()];
  return [];
}

function doc(p: Presence, options: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty({ ...options, required: p === 'required', ...(p === 'nullable' ? { nullable: true } : {}) } as ApiPropertyOptions);
}

export const KindField = (p: Presence) =>
  applyDecorators(
    doc(p, { enum: IMPACT_NOTE_KINDS.keys }),
    ...presence(p),
    IsIn(IMPACT_NOTE_KINDS.keys, { message: `Choose the kind of note: ${IMPACT_NOTE_KINDS.keys.join(', ')}.` }),
  );

export const NoteTextField = (p: Presence) =>
  applyDecorators(
    doc(p, { type: String, minLength: 1, maxLength: NOTE_TEXT_MAX, example: '“My son read his first chapter book this summer.”' }),
    ...presence(p),
    RequiredTextField(NOTE_TEXT_MAX, {
      missing: 'Write the story, quote or lesson.',
      tooLong: `A note must be ${NOTE_TEXT_MAX.toLocaleString('en-US')} characters or fewer.`,
    }),
  );

export const AttributionField = () =>
  applyDecorators(
    doc('nullable', { type: String, maxLength: ATTRIBUTION_MAX, example: 'A parent at the summer reading finale' }),
    OptionalTextField(ATTRIBUTION_MAX, {
      notText: 'The attribution must be text.',
      tooLong: `The attribution must be ${ATTRIBUTION_MAX} characters or fewer.`,
    }),
  );

export const ValueDimensionField = (p: Presence) =>
  applyDecorators(
    doc(p, { enum: VALUE_DIMENSIONS.keys, description: 'NILPPA’s value model.' }),
    ...presence(p),
    IsIn(VALUE_DIMENSIONS.keys, { message: `Choose what the note shows: ${VALUE_DIMENSIONS.keys.join(', ')}.` }),
  );

export const ConsentToQuoteField = () =>
  applyDecorators(
    doc('optional', {
      type: Boolean,
      description: 'Whether the person agreed to be quoted. A quote without consent is never shown outside the staff app. Default: false.',
    }),
    UnlessAbsent(),
    IsBoolean({ message: 'consentToQuote must be true or false.' }),
  );

export const NotePartnerIdField = () =>
  applyDecorators(
    doc('nullable', { type: String, format: 'uuid', description: 'A partner in use; a note names a partner, a program, or both.' }),
    IsOptional(),
    IsUUID('all', { message: 'Choose a partner.' }),
  );

export const NoteProgramIdField = () =>
  applyDecorators(
    doc('nullable', { type: String, format: 'uuid', description: 'A program in use; a note names a partner, a program, or both.' }),
    IsOptional(),
    IsUUID('all', { message: 'Choose a program.' }),
  );

const DAY_SHAPE = 'Enter the date of the note as a date, like 2026-03-01.';

export const NotedOnField = () =>
  applyDecorators(
    doc('optional', { type: String, format: 'date', description: 'Default: today.' }),
    Trim(),
    UnlessAbsent(),
    IsString({ message: DAY_SHAPE }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DAY_SHAPE }),
    IsISO8601({ strict: true }, { message: 'Enter a real calendar date for the note, like 2026-03-01.' }),
  );

export const SourceUrlField = () =>
  applyDecorators(
    doc('nullable', { type: String, format: 'uri', maxLength: SOURCE_URL_MAX, description: 'For media mentions: where it appeared (http or https).' }),
    OptionalTextField(
      SOURCE_URL_MAX,
      { notText: 'The source must be a web address.', tooLong: `The web address must be ${SOURCE_URL_MAX.toLocaleString('en-US')} characters or fewer.` },
      IsHttpUrl('Enter the full web address, starting with http:// or https://.'),
    ),
  );
