import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

/** limit/offset/cursor/q shared by every list. The cursor is opaque to clients; today it encodes an offset. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'limit must be a whole number.' })
  @Min(1, { message: 'limit must be at least 1.' })
  @Max(MAX_PAGE_SIZE, { message: `limit can be at most ${MAX_PAGE_SIZE}.` })
  limit?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'offset must be a whole number.' })
  @Min(0, { message: 'offset cannot be negative.' })
  offset?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'cursor is not one this service issued.' })
  cursor?: string;

  @ApiPropertyOptional({ description: 'Text to search for.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Search text can be at most 200 characters.' })
  q?: string;
}

export interface PageRequest {
  limit: number;
  offset: number;
}

export function pageRequest(query: PageQueryDto): PageRequest {
  const fromCursor = query.cursor ? Number.parseInt(Buffer.from(query.cursor, 'base64url').toString('utf8'), 10) : NaN;
  return {
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
    offset: Number.isInteger(fromCursor) && fromCursor >= 0 ? fromCursor : (query.offset ?? 0),
  };
}

export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

export function toPage<T>(items: T[], total: number, request: PageRequest): Page<T> {
  const next = request.offset + items.length;
  return { items, total, nextCursor: next < total ? Buffer.from(String(next), 'utf8').toString('base64url') : null };
}

/** `sort=name` or `sort=-name` → column and direction, for the fields a list allows. */
export function parseSort<F extends string>(sort: string | undefined, fallback: F): { field: F; direction: 'ASC' | 'DESC' } {
  if (!sort) return { field: fallback, direction: 'ASC' };
  return sort.startsWith('-') ? { field: sort.slice(1) as F, direction: 'DESC' } : { field: sort as F, direction: 'ASC' };
}
