import { ApiPropertyOptional } from '@nestjs/swagger';
import { STAFF_ROLES, type StaffRole } from '@common-ground/domain';
import { IsOptional } from 'class-validator';
import { VersionDto } from '../../../common/validation/version.dto';
import { MIN_PASSWORD_LENGTH, EmailField, NameField, PasswordField, RoleField } from './user-fields';

export class UpdateUserDto extends VersionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @NameField()
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @EmailField()
  email?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @RoleField()
  role?: StaffRole;

  @ApiPropertyOptional({ minLength: MIN_PASSWORD_LENGTH, description: 'Sets a new password; signs the person out everywhere.' })
  @IsOptional()
  @PasswordField()
  password?: string;
}

