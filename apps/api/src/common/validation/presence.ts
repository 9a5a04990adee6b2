import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { UnlessAbsent } from './text-fields';

/**
 * How a field may be left out of a request (one field decorator serves both the create and the update body):
 * - required: must be present;
 * - optional: may be left out (unchanged, or its default), but never null;
 * - nullable: may be left out, or null for none.
 */
export type Presence = 'required' | 'optional' | 'nullable';

/** The rules that let a field be left out, as its presence allows. */
export function presence(p: Presence): PropertyDecorator[] {
  if (p === 'nullable') return [IsOptional()];
  // Left out is fine; an explicit null goes on to the field's own rules and is refused in words.
  if (p === 'optional') return [UnlessAbsent()];
  return [];
}

/**
 * The field's OpenAPI property, required and nullable as its presence says. No OpenAPI `default` on request fields:
 * generated clients would then treat them as required.
 */
export function presenceDoc(p: Presence, options: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty({ ...options, required: p === 'required', ...(p === 'nullable' ? { nullable: true } : {}) } as ApiPropertyOptions);
}
