import { ApiProperty } from '@nestjs/swagger';
import { COMMITMENT_STATUSES, type CommitmentStatus, SIDES, type Side } from '@common-ground/domain';
import { NamedRecordDto } from './named-record.dto';

export const COMMITMENT_COMPLETIONS = ['on-time', 'late'] as const;
export type CommitmentCompletion = (typeof COMMITMENT_COMPLETIONS)[number];

/** A program someone can recognise and open: its id and its title. */
export class CommitmentProgramDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Health Fair' }) title: string;
}

export class CommitmentResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty({ type: NamedRecordDto }) partner: NamedRecordDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The communication this follow-up came from.' })
  communicationId: string | null;
  @ApiProperty({ type: CommitmentProgramDto, nullable: true, description: 'The program this is a duty of, if any.' })
  program: CommitmentProgramDto | null;
  @ApiProperty({ example: 'Send the flyer for the spring reading series' }) description: string;
  @ApiProperty({ enum: SIDES.keys }) ownerSide: Side;
  @ApiProperty({ type: NamedRecordDto, nullable: true, description: 'The staff member who owns it (library side).' })
  ownerUser: NamedRecordDto | null;
  @ApiProperty({ type: NamedRecordDto, nullable: true, description: 'The partner’s contact who owns it; null on the partner side means the organisation.' })
  ownerContact: NamedRecordDto | null;
  @ApiProperty({ type: String, format: 'date' }) dueOn: string;
  @ApiProperty({ enum: COMMITMENT_STATUSES.keys }) status: CommitmentStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Set exactly when status is done.' })
  completedOn: string | null;
  @ApiProperty({
    enum: COMMITMENT_COMPLETIONS,
    nullable: true,
    description: 'Done: on-time when completedOn is on or before dueOn, late after it. Null unless done.',
  })
  completion: CommitmentCompletion | null;
  @ApiProperty({ description: 'Open and due before today (UTC). Due today is not overdue.' }) overdue: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) statusChangedAt: string | null;
  @ApiProperty({ type: NamedRecordDto, nullable: true }) statusChangedBy: NamedRecordDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the status last changed, when that needed saying.' })
  statusReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class CommitmentPageDto {
  @ApiProperty({ type: [CommitmentResponseDto] }) items: CommitmentResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
