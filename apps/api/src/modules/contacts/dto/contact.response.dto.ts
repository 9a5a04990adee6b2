import { ApiProperty } from '@nestjs/swagger';

export class ContactResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty({ example: 'Ana Ruiz' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'Volunteer coordinator' }) title: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'email' }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty() isPrimary: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) affiliationStart: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) affiliationEnd: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class ContactPageDto {
  @ApiProperty({ type: [ContactResponseDto] }) items: ContactResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
