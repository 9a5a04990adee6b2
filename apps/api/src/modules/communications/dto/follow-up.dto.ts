import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMITMENT_DESCRIPTION_MAX_LENGTH, DEFAULT_FOLLOW_UP_DAYS, SIDES, type Side } from '@common-ground/domain';
import { IsOptional } from 'class-validator';
import {
  DescriptionField,
  OptionalDueOnField,
  OwnerContactIdField,
  OwnerSideField,
  OwnerUserIdField,
} from '../../commitments/dto/commitment-fields';

/** A follow-up entered with a communication; it becomes a commitment in the same transaction. */
export class FollowUpDto {
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
    description: 'Partner side only: a contact of this partner in use. Absent: the partner organisation owns it.',
  })
  @IsOptional()
  @OwnerContactIdField()
  ownerContactId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: `Defaults to ${DEFAULT_FOLLOW_UP_DAYS} days after the communication; not before its day.`,
  })
  @OptionalDueOnField()
  dueOn?: string | null;
}
