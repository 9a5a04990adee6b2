import { ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, type Channel, COMMUNICATION_SUMMARY_MAX_LENGTH, SIDES, type Side } from '@common-ground/domain';
import { UnlessAbsent } from '../../../common/validation/text-fields';
import { VersionDto } from '../../../common/validation/version.dto';
import {
  ChannelField,
  FACTOR_TAGS_MAX,
  FactorTagsField,
  InitiatedByField,
  OccurredAtField,
  PARTICIPANTS_MAX,
  ParticipantIdsField,
  SubstantiveField,
  SummaryField,
  TwoWayField,
} from './communication-fields';
import { FactorTagDto } from './factor-tag.dto';

/** Every field optional (absent = unchanged; factorTags replaces the set), plus the version you read. Follow-ups are edited as commitments. */
export class UpdateCommunicationDto extends VersionDto {
  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @UnlessAbsent()
  @OccurredAtField()
  occurredAt?: string;

  @ApiPropertyOptional({ enum: CHANNELS.keys, description: 'Changing the channel leaves substantive as it is.' })
  @UnlessAbsent()
  @ChannelField()
  channel?: Channel;

  @ApiPropertyOptional({ enum: SIDES.keys })
  @UnlessAbsent()
  @InitiatedByField()
  initiatedBy?: Side;

  @ApiPropertyOptional()
  @UnlessAbsent()
  @TwoWayField()
  twoWay?: boolean;

  @ApiPropertyOptional()
  @UnlessAbsent()
  @SubstantiveField()
  substantive?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: PARTICIPANTS_MAX })
  @UnlessAbsent()
  @ParticipantIdsField('staff members')
  staffParticipantIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: PARTICIPANTS_MAX })
  @UnlessAbsent()
  @ParticipantIdsField('contacts')
  contactParticipantIds?: string[];

  @ApiPropertyOptional({ maxLength: COMMUNICATION_SUMMARY_MAX_LENGTH })
  @UnlessAbsent()
  @SummaryField()
  summary?: string;

  @ApiPropertyOptional({ type: [FactorTagDto], maxItems: FACTOR_TAGS_MAX, description: 'Replaces the set.' })
  @UnlessAbsent()
  @FactorTagsField(() => FactorTagDto)
  factorTags?: FactorTagDto[];
}
