import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '@common-ground/domain';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const SEARCH_DEFAULT_LIMIT = 8;
export const SEARCH_MAX_LIMIT = 20;
export const SEARCH_RESULT_KINDS = ['partner', 'contact', 'program', 'communication', 'impact-note'] as const;
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

/**
 * One hit. The fields after `archived` came with programs, communications and notes; they are always sent (null
 * where they do not apply) but not required in the schema, so clients written for partners and contacts still
 * type-check.
 */
export class SearchResultDto {
  @ApiProperty({ enum: SEARCH_RESULT_KINDS, description: 'What the hit is; more kinds may be added.' }) kind: SearchResultKind;
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({
    type: String,
    example: 'Riverside Food Bank',
    description: 'Partner or contact name, program title; a communication’s partner name; the start of a note’s text.',
  })
  title: string;
  @ApiProperty({
    type: String,
    example: 'Social service nonprofit · Active',
    description: 'Type · stage; title at partner; status · dates · partners; date · summary; kind · program · partner.',
  })
  subtitle: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The partner itself, or the contact’s, communication’s or note’s partner. Null for a program, and for a note about a program only.',
  })
  partnerId: string | null;
  @ApiProperty({ type: Boolean, description: 'Only partners and contacts are ever archived hits; archived programs, communications and notes are not found.' })
  archived: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Riverside Food Bank', description: 'The name of the partner in partnerId.' })
  partnerName: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The program itself, or the note’s program.' })
  programId: string | null;
  @ApiPropertyOptional({ enum: CHANNELS.keys, nullable: true, description: 'Communications only.' })
  channel: Channel | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'Communications only: when it happened.' })
  occurredAt: string | null;
}

export class SearchResultsDto {
  @ApiProperty({ type: [SearchResultDto] }) items: SearchResultDto[];
}
