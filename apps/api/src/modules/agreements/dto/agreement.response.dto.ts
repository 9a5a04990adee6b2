import { ApiProperty } from '@nestjs/swagger';
import { AGREEMENT_KINDS, type AgreementKind } from '@common-ground/domain';

export class AgreementResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty({ enum: AGREEMENT_KINDS.keys }) kind: AgreementKind;
  @ApiProperty({ example: 'Summer reading MOU 2026' }) title: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startsOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endsOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The renewal or review date.' }) reviewOn: string | null;
  @ApiProperty() listsContributions: boolean;
  @ApiProperty({ type: String, format: 'uri', nullable: true }) attachmentUrl: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class AgreementPageDto {
  @ApiProperty({ type: [AgreementResponseDto] }) items: AgreementResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
