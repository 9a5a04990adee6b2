import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { PROGRAM_ROLES } from '@common-ground/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OptionalDateField } from '../../../common/validation/date-fields';
import { Trim, UnlessAbsent } from '../../../common/validation/text-fields';

export const RESPONSIBILITIES_MAX = 2_000;

export const PartnerIdField = () =>
  applyDecorators(
    ApiProperty({ type: String, format: 'uuid', description: 'A partner in use.' }),
    IsUUID('all', { message: 'Choose a partner from the list.' }),
  );

export const RoleField = (required: boolean) =>
  applyDecorators(
    ApiProperty({ enum: PROGRAM_ROLES.keys, required }),
    ...(required ? [] : [UnlessAbsent()]),
    IsIn(PROGRAM_ROLES.keys, { message: `Choose the partner’s role: ${PROGRAM_ROLES.keys.join(', ')}.` }),
  );

export const ResponsibilitiesField = () =>
  applyDecorators(
    ApiProperty({ type: String, required: false, maxLength: RESPONSIBILITIES_MAX, description: 'Who does what; empty when left out.' }),
    Trim(),
    UnlessAbsent(),
    IsString({ message: 'Write the responsibilities as text.' }),
    MaxLength(RESPONSIBILITIES_MAX, { message: `Responsibilities must be ${RESPONSIBILITIES_MAX.toLocaleString('en-US')} characters or fewer.` }),
  );

export const OwnerContactIdField = () =>
  applyDecorators(
    ApiProperty({ type: String, format: 'uuid', required: false, nullable: true, description: 'A contact in use of the role’s partner who owns the role.' }),
    IsOptional(),
    IsUUID('all', { message: 'Choose one of the partner’s contacts as the owner.' }),
  );

export const OwnerNamedOnField = () =>
  applyDecorators(
    ApiProperty({
      type: String,
      format: 'date',
      required: false,
      nullable: true,
      description: 'When an owner was named (SCORING.md "roles filled in time"); today when an owner contact is first given without it.',
    }),
    OptionalDateField('date the owner was named'),
  );
