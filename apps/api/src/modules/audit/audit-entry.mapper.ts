import type { AuditEntryWithActor } from './audit-log.repository';
import type { AuditEntryResponseDto } from './dto/audit-entry.response.dto';

export function toAuditEntryResponse(entry: AuditEntryWithActor): AuditEntryResponseDto {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actor: entry.actorId ? { id: entry.actorId, name: entry.actorName ?? 'Former staff member' } : null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    changes: entry.changes,
  };
}
