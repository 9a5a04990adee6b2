import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHANNELS,
  type Channel,
  COMMUNICATION_MAX_HOURS_AHEAD,
  COMMUNICATION_SUMMARY_MAX_LENGTH,
  FOLLOW_UPS_MAX,
  SIDES,
  type Side,
} from '@common-ground/domain';
import { IsOptional, IsUUID } from 'class-validator';
import {
  ChannelField,
  FACTOR_TAGS_MAX,
  FactorTagsField,
  FollowUpsField,
  InitiatedByField,
  OccurredAtField,
  PARTICIPANTS_MAX,
  ParticipantIdsField,
  SubstantiveField,
  SummaryField,
  TwoWayField,
} from './communication-fields';
import { FactorTagDto } from './factor-tag.dto';
import { FollowUpDto } from './follow-up.dto';

export class CreateCommunicationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Choose the partner this communication was with.' })
  partnerId: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: `When it happened; defaults to now. At most ${COMMUNICATION_MAX_HOURS_AHEAD} hours ahead.`,
  })
  @IsOptional()
  @OccurredAtField()
  occurredAt?: string;

  @ApiProperty({ enum: CHANNELS.keys })
  @ChannelField()
  channel: Channel;

  @ApiPropertyOptional({ enum: SIDES.keys, default: 'library', description: 'Who started it.' })
  @IsOptional()
  @InitiatedByField()
  initiatedBy?: Side;

  @ApiPropertyOptional({ default: true, description: 'Both sides took part (not a message left unanswered).' })
  @IsOptional()
  @TwoWayField()
  twoWay?: boolean;

  @ApiPropertyOptional({ description: 'Defaults by channel (SUBSTANTIVE_BY_DEFAULT): meetings and calls yes, emails and events no.' })
  @IsOptional()
  @SubstantiveField()
  substantive?: boolean;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: PARTICIPANTS_MAX,
    description: 'Active staff members who took part; defaults to you.',
  })
  @IsOptional()
  @ParticipantIdsField('staff members')
  staffParticipantIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: PARTICIPANTS_MAX, description: 'Contacts of this partner (in use) who took part.' })
  @IsOptional()
  @ParticipantIdsField('contacts')
  contactParticipantIds?: string[];

  @ApiPropertyOptional({ maxLength: COMMUNICATION_SUMMARY_MAX_LENGTH, default: '' })
  @IsOptional()
  @SummaryField()
  summary?: string;

  @ApiPropertyOptional({ type: [FactorTagDto], maxItems: FACTOR_TAGS_MAX, description: 'Each factor at most once.' })
  @IsOptional()
  @FactorTagsField(() => FactorTagDto)
  factorTags?: FactorTagDto[];

  @ApiPropertyOptional({ type: [FollowUpDto], maxItems: FOLLOW_UPS_MAX, description: 'Saved as commitments with the communication, or not at all.' })
  @IsOptional()
  @FollowUpsField(() => FollowUpDto)
  followUps?: FollowUpDto[];
}
