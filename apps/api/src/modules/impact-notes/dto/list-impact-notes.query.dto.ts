import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IMPACT_NOTE_KINDS, type ImpactNoteKind, VALUE_DIMENSIONS, type ValueDimension } from '@common-ground/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { type ArchivedFilter, ArchivedFilterField } from '../../../common/records/archived-filter';
import { toBoolean } from '../../../common/validation/query-transforms';

export class ListImpactNotesQueryDto extends OmitType(PageQueryDto, ['q'] as const) {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner’s id.' })
  partnerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program’s id.' })
  programId?: string;

  @ApiPropertyOptional({ enum: VALUE_DIMENSIONS.keys, description: 'Notes of this value dimension.' })
  @IsOptional()
  @IsIn(VALUE_DIMENSIONS.keys, { message: `dimension must be one of: ${VALUE_DIMENSIONS.keys.join(', ')}.` })
  dimension?: ValueDimension;

  @ApiPropertyOptional({ enum: IMPACT_NOTE_KINDS.keys })
  @IsOptional()
  @IsIn(IMPACT_NOTE_KINDS.keys, { message: `kind must be one of: ${IMPACT_NOTE_KINDS.keys.join(', ')}.` })
  kind?: ImpactNoteKind;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only notes that may be shown outside the staff app (consented quotes and every other kind).',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsIn([true], { message: 'consented can only be true (leave it out for every note).' })
  @IsBoolean({ message: 'consented can only be true (leave it out for every note).' })
  consented?: boolean;

  @ArchivedFilterField('false: in use only; true: archived only; all: both.')
  archived?: ArchivedFilter;
}
