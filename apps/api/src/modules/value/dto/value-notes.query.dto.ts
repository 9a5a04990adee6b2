import { ApiProperty, IntersectionType, PickType } from '@nestjs/swagger';
import { VALUE_DIMENSIONS, type ValueDimension } from '@common-ground/domain';
import { IsIn } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { ValueYearQueryDto } from './value-year.query.dto';

/** A page of one value dimension's notes of a partner's year (the value view shows the newest few of each). */
export class ValueNotesQueryDto extends IntersectionType(PickType(PageQueryDto, ['limit', 'offset', 'cursor'] as const), ValueYearQueryDto) {
  @ApiProperty({ enum: VALUE_DIMENSIONS.keys, description: 'The value dimension whose notes are listed.' })
  @IsIn(VALUE_DIMENSIONS.keys, { message: `dimension must be one of: ${VALUE_DIMENSIONS.keys.join(', ')}.` })
  dimension: ValueDimension;
}
