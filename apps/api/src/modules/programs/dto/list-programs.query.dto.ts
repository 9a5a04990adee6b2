import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  FOCUS_AREAS,
  type FocusArea,
  LIBRARY_ROLES,
  type LibraryRole,
  PROGRAM_STATUSES,
  type ProgramStatus,
} from '@common-ground/domain';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { type ArchivedFilter, ArchivedFilterField } from '../../../common/records/archived-filter';
import { OptionalDateField } from '../../../common/validation/date-fields';

export const PROGRAM_SORTS = ['startsOn', '-startsOn', 'title', '-title', 'status', '-status', 'attendance', '-attendance'] as const;
export type ProgramSort = (typeof PROGRAM_SORTS)[number];

/** A repeatable query parameter (`status=a&status=b`, or `status=a,b`) as a list. */
const toList = ({ value }: { value: unknown }) => {
  if (value === undefined || value === null) return value;
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : [v]));
};

export class ListProgramsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PROGRAM_STATUSES.keys, isArray: true, description: 'Repeatable: status=planned&status=held.' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(PROGRAM_STATUSES.keys, { each: true, message: `status must be one of: ${PROGRAM_STATUSES.keys.join(', ')}.` })
  status?: ProgramStatus[];

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'Programs in which this partner has a role in use.' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner’s id.' })
  partnerId?: string;

  @ApiPropertyOptional({ enum: FOCUS_AREAS.keys })
  @IsOptional()
  @IsIn(FOCUS_AREAS.keys, { message: `topic must be one of: ${FOCUS_AREAS.keys.join(', ')}.` })
  topic?: FocusArea;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'Programs running on or after this day (endsOn ≥ from).' })
  @OptionalDateField('from date')
  from?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'Programs running on or before this day (startsOn ≤ to).' })
  @OptionalDateField('to date')
  to?: string | null;

  @ApiPropertyOptional({ enum: LIBRARY_ROLES.keys })
  @IsOptional()
  @IsIn(LIBRARY_ROLES.keys, { message: `libraryRole must be one of: ${LIBRARY_ROLES.keys.join(', ')}.` })
  libraryRole?: LibraryRole;

  @ArchivedFilterField('false: in use only; true: archived only; all: both.')
  archived?: ArchivedFilter;

  @ApiPropertyOptional({
    enum: PROGRAM_SORTS,
    description: 'Default: -startsOn (latest first). status sorts planned, held, cancelled, postponed; attendance by the live sessions’ total.',
  })
  @IsOptional()
  @IsIn(PROGRAM_SORTS, { message: `sort must be one of: ${PROGRAM_SORTS.join(', ')}.` })
  sort?: ProgramSort;
}
