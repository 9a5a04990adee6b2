import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { toBoolean } from '../../../common/validation/query-transforms';

export const USER_SORTS = ['name', '-name', 'email', '-email', 'role', '-role', 'createdAt', '-createdAt', 'lastSignedInAt', '-lastSignedInAt'] as const;

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: USER_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(USER_SORTS, { message: `sort must be one of: ${USER_SORTS.join(', ')}.` })
  sort?: (typeof USER_SORTS)[number];

  @ApiPropertyOptional({ default: false, description: 'Include deactivated accounts.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'includeInactive must be true or false.' })
  includeInactive?: boolean;
}
