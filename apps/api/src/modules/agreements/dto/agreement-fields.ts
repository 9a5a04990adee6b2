import { applyDecorators } from '@nestjs/common';
import { AGREEMENT_KINDS } from '@common-ground/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateIf } from 'class-validator';

export const AGREEMENT_TITLE_MAX = 200;
export const ATTACHMENT_URL_MAX = 2000;

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const trimToNull = Transform(({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
});

/** Present → validated; absent (undefined) → left alone. null is refused by the field's own rules. */
export const UnlessAbsent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export const AgreementKindField = () =>
  IsIn(AGREEMENT_KINDS.keys, { message: `Choose the kind of agreement: ${AGREEMENT_KINDS.keys.join(', ')}.` });

export const AgreementTitleField = () =>
  applyDecorators(
    trim,
    IsString({ message: 'Enter a title for the agreement.' }),
    IsNotEmpty({ message: 'Enter a title for the agreement.' }),
    MaxLength(AGREEMENT_TITLE_MAX, { message: `Title must be ${AGREEMENT_TITLE_MAX} characters or fewer.` }),
  );

/** A calendar day, 'YYYY-MM-DD', or null / empty for none. */
export const OptionalDateField = (label: string) =>
  applyDecorators(
    trimToNull,
    IsOptional(),
    IsString({ message: `Enter the ${label} as a date, like 2026-03-01.` }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `Enter the ${label} as a date, like 2026-03-01.` }),
    IsISO8601({ strict: true }, { message: `Enter a real calendar date for the ${label}, like 2026-03-01.` }),
  );

export const ListsContributionsField = () => IsBoolean({ message: 'listsContributions must be true or false.' });

export const AttachmentUrlField = () =>
  applyDecorators(
    trimToNull,
    IsOptional(),
    IsString({ message: 'Enter the link to the signed document, starting with https://.' }),
    MaxLength(ATTACHMENT_URL_MAX, { message: `The link must be ${ATTACHMENT_URL_MAX} characters or fewer.` }),
    IsUrl(
      { require_protocol: true, protocols: ['http', 'https'] },
      { message: 'Enter the link to the signed document as a web address starting with http:// or https://.' },
    ),
  );
