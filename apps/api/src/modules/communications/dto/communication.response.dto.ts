import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, type Channel, SIDES, type Side } from '@common-ground/domain';
import { CommitmentResponseDto } from '../../commitments/dto/commitment.response.dto';
import { NamedRecordDto } from '../../commitments/dto/named-record.dto';
import { FactorTagResponseDto } from './factor-tag.dto';

export class CommunicationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty({ type: NamedRecordDto }) partner: NamedRecordDto;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ enum: CHANNELS.keys }) channel: Channel;
  @ApiProperty({ enum: SIDES.keys }) initiatedBy: Side;
  @ApiProperty() twoWay: boolean;
  @ApiProperty() substantive: boolean;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [NamedRecordDto] }) staffParticipants: NamedRecordDto[];
  @ApiProperty({ type: [NamedRecordDto] }) contactParticipants: NamedRecordDto[];
  @ApiProperty({ type: [FactorTagResponseDto] }) factorTags: FactorTagResponseDto[];
  @ApiProperty({ type: [CommitmentResponseDto], description: 'Its follow-ups in use, soonest due first.' })
  followUps: CommitmentResponseDto[];
  @ApiProperty({ type: NamedRecordDto, nullable: true, description: 'Who logged it.' }) author: NamedRecordDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class CommunicationPageDto {
  @ApiProperty({ type: [CommunicationResponseDto] }) items: CommunicationResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
