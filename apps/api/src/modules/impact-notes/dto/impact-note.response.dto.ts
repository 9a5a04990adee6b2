import { ApiProperty } from '@nestjs/swagger';
import { IMPACT_NOTE_KINDS, type ImpactNoteKind, VALUE_DIMENSIONS, type ValueDimension } from '@common-ground/domain';

export class ImpactNotePartnerDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Riverside School District' }) name: string;
}

export class ImpactNoteProgramDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Homework help' }) title: string;
}

export class ImpactNoteResponseDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: IMPACT_NOTE_KINDS.keys }) kind: ImpactNoteKind;
  @ApiProperty({ type: String }) text: string;
  @ApiProperty({ type: String, nullable: true }) attribution: string | null;
  @ApiProperty({ enum: VALUE_DIMENSIONS.keys }) valueDimension: ValueDimension;
  @ApiProperty({ type: Boolean, description: 'A quote without consent is shown only inside the staff app.' }) consentToQuote: boolean;
  @ApiProperty({ type: ImpactNotePartnerDto, nullable: true }) partner: ImpactNotePartnerDto | null;
  @ApiProperty({ type: ImpactNoteProgramDto, nullable: true }) program: ImpactNoteProgramDto | null;
  @ApiProperty({ type: String, format: 'date' }) notedOn: string;
  @ApiProperty({ type: String, format: 'uri', nullable: true }) sourceUrl: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class ImpactNotePageDto {
  @ApiProperty({ type: [ImpactNoteResponseDto] }) items: ImpactNoteResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
