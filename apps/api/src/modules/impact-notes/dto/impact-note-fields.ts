import { applyDecorators } from '@nestjs/common';
import { IMPACT_NOTE_KINDS, VALUE_DIMENSIONS } from '@common-ground/domain';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { DateField } from '../../../common/validation/date-fields';
import { type Presence, presence, presenceDoc } from '../../../common/validation/presence';
import { IsHttpUrl, OptionalTextField, RequiredTextField, UnlessAbsent } from '../../../common/validation/text-fields';

export const NOTE_TEXT_MAX = 10_000;
export const ATTRIBUTION_MAX = 300;
export const SOURCE_URL_MAX = 2_000;

export const KindField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { enum: IMPACT_NOTE_KINDS.keys }),
    ...presence(p),
    IsIn(IMPACT_NOTE_KINDS.keys, { message: `Choose the kind of note: ${IMPACT_NOTE_KINDS.keys.join(', ')}.` }),
  );

export const NoteTextField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { type: String, minLength: 1, maxLength: NOTE_TEXT_MAX, example: '“My son read his first chapter book this summer.”' }),
    ...presence(p),
    RequiredTextField(NOTE_TEXT_MAX, {
      missing: 'Write the story, quote or lesson.',
      tooLong: `A note must be ${NOTE_TEXT_MAX.toLocaleString('en-US')} characters or fewer.`,
    }),
  );

export const AttributionField = () =>
  applyDecorators(
    presenceDoc('nullable', { type: String, maxLength: ATTRIBUTION_MAX, example: 'A parent at the summer reading finale' }),
    OptionalTextField(ATTRIBUTION_MAX, {
      notText: 'The attribution must be text.',
      tooLong: `The attribution must be ${ATTRIBUTION_MAX} characters or fewer.`,
    }),
  );

export const ValueDimensionField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { enum: VALUE_DIMENSIONS.keys, description: 'NILPPA’s value model.' }),
    ...presence(p),
    IsIn(VALUE_DIMENSIONS.keys, { message: `Choose what the note shows: ${VALUE_DIMENSIONS.keys.join(', ')}.` }),
  );

export const ConsentToQuoteField = () =>
  applyDecorators(
    presenceDoc('optional', {
      type: Boolean,
      description: 'Whether the person agreed to be quoted. A quote without consent is never shown outside the staff app. Default: false.',
    }),
    UnlessAbsent(),
    IsBoolean({ message: 'consentToQuote must be true or false.' }),
  );

export const NotePartnerIdField = () =>
  applyDecorators(
    presenceDoc('nullable', { type: String, format: 'uuid', description: 'A partner in use; a note names a partner, a program, or both.' }),
    IsOptional(),
    IsUUID('all', { message: 'Choose a partner.' }),
  );

export const NoteProgramIdField = () =>
  applyDecorators(
    presenceDoc('nullable', { type: String, format: 'uuid', description: 'A program in use; a note names a partner, a program, or both.' }),
    IsOptional(),
    IsUUID('all', { message: 'Choose a program.' }),
  );

export const NotedOnField = () =>
  applyDecorators(
    presenceDoc('optional', { type: String, format: 'date', description: 'Default: today.' }),
    UnlessAbsent(),
    DateField('date of the note', 'note'),
  );

export const SourceUrlField = () =>
  applyDecorators(
    presenceDoc('nullable', { type: String, format: 'uri', maxLength: SOURCE_URL_MAX, description: 'For media mentions: where it appeared (http or https).' }),
    OptionalTextField(
      SOURCE_URL_MAX,
      { notText: 'The source must be a web address.', tooLong: `The web address must be ${SOURCE_URL_MAX.toLocaleString('en-US')} characters or fewer.` },
      IsHttpUrl('Enter the full web address, starting with http:// or https://.'),
    ),
  );
