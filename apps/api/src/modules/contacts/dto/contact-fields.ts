import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

export const CONTACT_NAME_MAX = 200;
export const CONTACT_TITLE_MAX = 200;
export const CONTACT_PHONE_MAX = 50;
export const CONTACT_EMAIL_MAX = 254;

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
/** Optional text: trimmed, and an empty box means "none" (null). */
const trimToNull = Transform(({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
});

/** Present → validated; absent (undefined) → left alone. null is refused by the field's own rules. */
export const UnlessAbsent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export const ContactNameField = () =>
  applyDecorators(
    trim,
    IsString({ message: 'Enter the contact’s name.' }),
    IsNotEmpty({ message: 'Enter the contact’s name.' }),
    MaxLength(CONTACT_NAME_MAX, { message: `Name must be ${CONTACT_NAME_MAX} characters or fewer.` }),
  );

export const ContactTitleField = () =>
  applyDecorators(
    trimToNull,
    IsOptional(),
    IsString({ message: 'Enter the contact’s job title as text.' }),
    MaxLength(CONTACT_TITLE_MAX, { message: `Title must be ${CONTACT_TITLE_MAX} characters or fewer.` }),
  );

export const ContactEmailField = () =>
  applyDecorators(
    trimToNull,
    IsOptional(),
    IsString({ message: 'Enter an email address, like name@partner.org.' }),
    IsEmail({}, { message: 'Enter an email address in the correct format, like name@partner.org.' }),
    MaxLength(CONTACT_EMAIL_MAX, { message: `Email must be ${CONTACT_EMAIL_MAX} characters or fewer.` }),
  );

export const ContactPhoneField = () =>
  applyDecorators(
    trimToNull,
    IsOptional(),
    IsString({ message: 'Enter the phone number as text, like 555-0134.' }),
    MaxLength(CONTACT_PHONE_MAX, { message: `Phone must be ${CONTACT_PHONE_MAX} characters or fewer.` }),
  );

export const PrimaryField = () => IsBoolean({ message: 'isPrimary must be true or false.' });

/** A calendar day, 'YYYY-MM-DD', or null / empty for none. */
export const OptionalDateField = (label: string) =>
  applyDecorators(
    trimToNull,
    IsOptional(),
    IsString({ message: `Enter the ${label} as a date, like 2026-03-01.` }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `Enter the ${label} as a date, like 2026-03-01.` }),
    IsISO8601({ strict: true }, { message: `Enter a real calendar date for the ${label}, like 2026-03-01.` }),
  );
