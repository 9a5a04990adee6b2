import { ApiProperty } from '@nestjs/swagger';
import type { AuditAction, AuditChanges } from '../audit-entry.entity';

export class AuditActorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class AuditEntryResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: AuditActorDto, nullable: true, description: 'Null for changes made by the system (demo data, start-up).' })
  actor: AuditActorDto | null;
  @ApiProperty({ example: 'user' }) entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({ enum: ['create', 'update', 'archive', 'restore', 'deactivate', 'sign-in'] }) action: AuditAction;
  @ApiProperty({
    description: 'Changed fields with their values before and after.',
    type: 'object',
    additionalProperties: { type: 'object', properties: { before: {}, after: {} } },
  })
  changes: AuditChanges;
}

export class AuditEntryPageDto {
  @ApiProperty({ type: [AuditEntryResponseDto] }) items: AuditEntryResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
