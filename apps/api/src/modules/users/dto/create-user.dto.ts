import { ApiProperty } from '@nestjs/swagger';
import { STAFF_ROLES, type StaffRole } from '@common-ground/domain';
import { MIN_PASSWORD_LENGTH, EmailField, NameField, PasswordField, RoleField } from './user-fields';

export class CreateUserDto {
  @ApiProperty({ example: 'Lena Okafor' })
  @NameField()
  name: string;

  @ApiProperty({ example: 'lena.okafor@library.example' })
  @EmailField()
  email: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @RoleField()
  role: StaffRole;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, description: 'A temporary password to pass on to the person.' })
  @PasswordField()
  password: string;
}
