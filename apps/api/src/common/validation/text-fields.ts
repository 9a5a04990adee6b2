import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength, ValidateIf } from 'class-validator';

/**
 * Building blocks for request-body fields. Rule order matters: the validation pipe stops at a field's first broken
 * rule, so the rules run (and report) in the order they are listed here and in each field.
 */

/** Text arrives trimmed; anything that is not text is left for the field's own rules to refuse. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Optional text: trimmed, and an empty box means "none" (null). */
export const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });

/** Present → validated; absent (undefined) → left alone. null is refused by the field's own rules. */
export const UnlessAbsent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Required text: trimmed, not empty, at most `max` characters. `missing` is said when it is empty or not text. */
export const RequiredTextField = (max: number, messages: { missing: string; tooLong: string }) =>
  applyDecorators(
    Trim(),
    IsString({ message: messages.missing }),
    IsNotEmpty({ message: messages.missing }),
    MaxLength(max, { message: messages.tooLong }),
  );

/**
 * Optional text: trimmed, null or '' for none, at most `max` characters. A `format` rule (an email address, a web
 * address) runs after "is text" and before "not too long".
 */
export const OptionalTextField = (max: number, messages: { notText: string; tooLong: string }, format?: PropertyDecorator) =>
  applyDecorators(
    TrimToNull(),
    IsOptional(),
    IsString({ message: messages.notText }),
    ...(format ? [format] : []),
    MaxLength(max, { message: messages.tooLong }),
  );

export const IsEmailAddress = (message: string) => IsEmail({}, { message });

/** A full web address: http:// or https:// required. */
export const IsHttpUrl = (message: string) => IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message });
