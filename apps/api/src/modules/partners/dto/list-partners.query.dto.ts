import { ApiPropertyOptional } from '@nestjs/swagger';
import { FOCUS_AREAS, type FocusArea, PARTNER_STAGES, PARTNER_TYPES, type PartnerStage, type PartnerType } from '@common-ground/domain';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { type ArchivedFilter, ArchivedFilterField } from '../../../common/records/archived-filter';
import { toBoolean } from '../../../common/validation/query-transforms';

export const PARTNER_SORTS = [
  'name', '-name', 'type', '-type', 'stage', '-stage', 'liaison', '-liaison', 'nextReviewOn', '-nextReviewOn',
  'lastContactAt', '-lastContactAt', 'updatedAt', '-updatedAt', 'createdAt', '-createdAt', 'weakestFactor', '-weakestFactor',
] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

/** A repeatable query parameter (`stage=a&stage=b`, or `stage=a,b`) as a list. */
const toList = ({ value }: { value: unknown }) => {
  if (value === undefined || value === null) return value;
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : [v]));
};

export class ListPartnersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PARTNER_STAGES.keys, isArray: true, description: 'Repeatable: stage=active&stage=sustaining.' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(PARTNER_STAGES.keys, { each: true, message: `stage must be one of: ${PARTNER_STAGES.keys.join(', ')}.` })
  stage?: PartnerStage[];

  @ApiPropertyOptional({ enum: PARTNER_TYPES.keys, isArray: true, description: 'Repeatable.' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(PARTNER_TYPES.keys, { each: true, message: `type must be one of: ${PARTNER_TYPES.keys.join(', ')}.` })
  type?: PartnerType[];

  @ApiPropertyOptional({ enum: FOCUS_AREAS.keys, isArray: true, description: 'Repeatable; partners with any of them.' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(FOCUS_AREAS.keys, { each: true, message: `focusArea must be one of: ${FOCUS_AREAS.keys.join(', ')}.` })
  focusArea?: FocusArea[];

  @ApiPropertyOptional({ type: String, description: 'A staff member’s id, or `me` for the caller.', example: 'me' })
  @IsOptional()
  @ValidateIf((query: ListPartnersQueryDto) => query.liaisonId !== 'me')
  @IsUUID('all', { message: 'liaisonId must be a staff member’s id, or me.' })
  liaisonId?: string;

  @ApiPropertyOptional({ type: String, description: 'Partners carrying this tag (exact).' })
  @IsOptional()
  @IsString()
  @Length(1, 50, { message: 'tag must be 1 to 50 characters.' })
  tag?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only partners whose review is due within 30 days or overdue.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'needsReview must be true or false.' })
  needsReview?: boolean;

  @ArchivedFilterField('false: live only; true: archived only; all: both.')
  archived?: ArchivedFilter;

  @ApiPropertyOptional({ enum: PARTNER_SORTS, description: 'Default: name, or relevance when q is given. stage sorts in board order; weakestFactor by the latest health snapshot’s weakest factor score, lowest first (partners without one last).' })
  @IsOptional()
  @IsIn(PARTNER_SORTS, { message: `sort must be one of: ${PARTNER_SORTS.join(', ')}.` })
  sort?: PartnerSort;
}
