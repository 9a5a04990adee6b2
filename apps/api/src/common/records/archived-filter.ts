import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** Which records a list shows: in use only (the default), archived only, or both. */
export const ARCHIVED_FILTERS = ['false', 'true', 'all'] as const;
export type ArchivedFilter = (typeof ARCHIVED_FILTERS)[number];

/** The `archived` query parameter of a list. */
export const ArchivedFilterField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ enum: ARCHIVED_FILTERS, default: 'false', description }),
    IsOptional(),
    IsIn(ARCHIVED_FILTERS, { message: 'archived must be false, true or all.' }),
  );
