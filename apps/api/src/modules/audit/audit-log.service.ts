import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { type Page, pageRequest, toPage } from '../../common/pagination/page';
import type { AuditAction } from './audit-entry.entity';
import { auditChanges } from './audit-diff';
import { AuditLogRepository } from './audit-log.repository';
import { toAuditEntryResponse } from './audit-entry.mapper';
import type { AuditEntryResponseDto } from './dto/audit-entry.response.dto';
import type { ListAuditQueryDto } from './dto/list-audit.query.dto';

export interface AuditedChange {
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: AuditAction;
  /** The partner the record belongs to, so the change shows on that partner's timeline. */
  partnerId?: string | null;
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * The shared audit mechanism. Every module records its changes here, inside the same transaction as the change,
 * so a change without its audit entry (or the reverse) cannot exist.
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly entries: AuditLogRepository,
    private readonly clock: Clock,
  ) {}

  async record(db: EntityManager, change: AuditedChange): Promise<void> {
    await this.recordAll(db, [change]);
  }

  /** Several changes of one transaction in one statement (a communication's follow-ups, say), in the given order. */
  async recordAll(db: EntityManager, changes: readonly AuditedChange[]): Promise<void> {
    const occurredAt = this.clock.now();
    const entries = changes.flatMap((change) => {
      const diff = auditChanges(change.before, change.after);
      if (change.action === 'update' && Object.keys(diff).length === 0) return [];
      return [
        {
          occurredAt,
          actorId: change.actorId,
          entityType: change.entityType,
          entityId: change.entityId,
          action: change.action,
          changes: diff,
          partnerId: change.partnerId ?? null,
        },
      ];
    });
    if (entries.length > 0) await this.entries.append(entries, db);
  }

  async list(query: ListAuditQueryDto): Promise<Page<AuditEntryResponseDto>> {
    const page = pageRequest(query);
    const { rows, total } = await this.entries.list(
      {
        entityType: query.entityType,
        entityId: query.entityId,
        actorId: query.actorId,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
      },
      page,
    );
    return toPage(rows.map(toAuditEntryResponse), total, page);
  }
}
