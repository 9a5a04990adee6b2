import { applyDecorators } from '@nestjs/common';
import { STAFF_ROLES } from '@common-ground/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

export const MIN_PASSWORD_LENGTH = 12;

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Field rules shared by the create and update forms, with messages that say what to do. */
export const NameField = () =>
  applyDecorators(
    trim,
    IsString({ message: 'Enter the person’s full name.' }),
    IsNotEmpty({ message: 'Enter the person’s full name.' }),
    MaxLength(120, { message: 'Name must be 120 characters or fewer.' }),
  );

export const EmailField = () =>
  applyDecorators(
    trim,
    IsString({ message: 'Enter an email address, like name@library.org.' }),
    IsEmail({}, { message: 'Enter an email address in the correct format, like name@library.org.' }),
    MaxLength(254, { message: 'Email must be 254 characters or fewer.' }),
  );

export const RoleField = () =>
  IsIn(STAFF_ROLES, { message: `Choose a role: ${STAFF_ROLES.join(', ')}.` });

export const PasswordField = () =>
  applyDecorators(
    IsString({ message: `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters.` }),
    MinLength(MIN_PASSWORD_LENGTH, { message: `Password must be at least ${MIN_PASSWORD_LENGTH} characters long.` }),
    MaxLength(200, { message: 'Password must be 200 characters or fewer.' }),
  );
