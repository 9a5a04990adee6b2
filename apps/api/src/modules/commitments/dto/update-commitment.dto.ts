import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMITMENT_DESCRIPTION_MAX_LENGTH,
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  SIDES,
  type Side,
  STATUS_REASON_MAX_LENGTH,
} from '@common-ground/domain';
import { IsOptional } from 'class-validator';
import { UnlessAbsent } from '../../../common/validation/text-fields';
import { VersionDto } from '../../../common/validation/version.dto';
import {
  CompletedOnField,
  DescriptionField,
  OwnerContactIdField,
  OwnerSideField,
  OwnerUserIdField,
  ProgramIdField,
  ReasonField,
  RequiredDueOnField,
  StatusField,
} from './commitment-fields';

/** Every field optional (absent = unchanged), plus the version you read. */
export class UpdateCommitmentDto extends VersionDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: COMMITMENT_DESCRIPTION_MAX_LENGTH })
  @UnlessAbsent()
  @DescriptionField()
  description?: string;

  @ApiPropertyOptional({ type: String, format: 'date' })
  @UnlessAbsent()
  @RequiredDueOnField()
  dueOn?: string;

  @ApiPropertyOptional({ enum: SIDES.keys, description: 'Changing sides clears the other side’s owner.' })
  @UnlessAbsent()
  @OwnerSideField()
  ownerSide?: Side;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Library side only: an active staff member.' })
  @IsOptional()
  @OwnerUserIdField()
  ownerUserId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Partner side only; null: the partner organisation.' })
  @IsOptional()
  @OwnerContactIdField()
  ownerContactId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A program in use in which this partner has a role; null: no longer a program duty.',
  })
  @IsOptional()
  @ProgramIdField()
  programId?: string | null;

  @ApiPropertyOptional({
    enum: COMMITMENT_STATUSES.keys,
    description: 'From open to anything freely; from done, missed or cancelled to anything else only with a reason.',
  })
  @UnlessAbsent()
  @StatusField()
  status?: CommitmentStatus;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Only with status done; defaults to today; not in the future.' })
  @CompletedOnField()
  completedOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: STATUS_REASON_MAX_LENGTH, description: 'Why the status is changing; needed to leave done, missed or cancelled. Kept only with a change of status.' })
  @ReasonField()
  reason?: string | null;
}
