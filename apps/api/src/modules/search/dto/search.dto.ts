import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const SEARCH_DEFAULT_LIMIT = 8;
export const SEARCH_MAX_LIMIT = 20;
export const SEARCH_RESULT_KINDS = ['partner', 'contact'] as const;
export type SearchResultKind = (typeof SEARCH_RESULT_KINDS)[number];

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

export class SearchQueryDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 200, description: 'Words to find; each matches the start of a word.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'Enter something to search for.' })
  @IsNotEmpty({ message: 'Enter something to search for.' })
  @MaxLength(200, { message: 'Search text can be at most 200 characters.' })
  q: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: SEARCH_MAX_LIMIT, default: SEARCH_DEFAULT_LIMIT, description: 'Results per kind.' })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'limit must be a whole number.' })
  @Min(1, { message: 'limit must be at least 1.' })
  @Max(SEARCH_MAX_LIMIT, { message: `limit can be at most ${SEARCH_MAX_LIMIT}.` })
  limit?: number;
}

export class SearchResultDto {
  @ApiProperty({ enum: SEARCH_RESULT_KINDS }) kind: SearchResultKind;
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Riverside Food Bank' }) title: string;
  @ApiProperty({ type: String, example: 'Social service nonprofit · Active' }) subtitle: string;
  @ApiProperty({ type: String, format: 'uuid', description: 'The partner itself, or the contact’s partner.' }) partnerId: string;
  @ApiProperty({ type: Boolean }) archived: boolean;
}

export class SearchResultsDto {
  @ApiProperty({ type: [SearchResultDto] }) items: SearchResultDto[];
}
