import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMITMENT_DESCRIPTION_MAX_LENGTH, SIDES, type Side } from '@common-ground/domain';
import { IsOptional, IsUUID } from 'class-validator';
import { DescriptionField, OwnerContactIdField, OwnerSideField, OwnerUserIdField, ProgramIdField, RequiredDueOnField } from './commitment-fields';

export class CreateCommitmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Choose the partner this follow-up belongs to.' })
  partnerId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A communication with this partner it came from.' })
  @IsOptional()
  @IsUUID('all', { message: 'communicationId must be the id of a communication with this partner.' })
  communicationId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The program this is a duty of (a role’s work): a program in use in which this partner has a role.',
  })
  @IsOptional()
  @ProgramIdField()
  programId?: string | null;

  @ApiProperty({ minLength: 1, maxLength: COMMITMENT_DESCRIPTION_MAX_LENGTH, example: 'Send the flyer' })
  @DescriptionField()
  description: string;

  @ApiPropertyOptional({ enum: SIDES.keys, default: 'library' })
  @IsOptional()
  @OwnerSideField()
  ownerSide?: Side;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'Library side only; defaults to you. An active staff member.' })
  @IsOptional()
  @OwnerUserIdField()
  ownerUserId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Partner side only; a contact of this partner in use. Absent: the partner organisation owns it.',
  })
  @IsOptional()
  @OwnerContactIdField()
  ownerContactId?: string | null;

  @ApiProperty({ type: String, format: 'date', description: 'On or after the day of its communication, if any.' })
  @RequiredDueOnField()
  dueOn: string;
}
