import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PageRequest } from '../../common/pagination/page';
import { UserEntity } from '../users/user.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { prepared } from '../../common/database/prepared-query';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
}

export interface AuditEntryWithActor extends AuditEntryEntity {
  actorName: string | null;
}

@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One INSERT for all the entries (one round trip); their sequence follows the array's order. */
  async append(entries: Omit<AuditEntryEntity, 'id' | 'sequence'>[], db: EntityManager = this.dataSource.manager): Promise<void> {
    await prepared(
      db,
      `INSERT INTO audit_entries (occurred_at, actor_id, entity_type, entity_id, action, changes, partner_id)
       SELECT e.occurred_at, e.actor_id, e.entity_type, e.entity_id, e.action, e.changes, e.partner_id
         FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::jsonb[], $7::uuid[]) WITH ORDINALITY
           AS e(occurred_at, actor_id, entity_type, entity_id, action, changes, partner_id, position)
        ORDER BY e.position`,
      [
        entries.map((e) => e.occurredAt),
        entries.map((e) => e.actorId),
        entries.map((e) => e.entityType),
        entries.map((e) => e.entityId),
        entries.map((e) => e.action),
        entries.map((e) => JSON.stringify(e.changes)),
        entries.map((e) => e.partnerId),
      ],
    );
  }

  async list(filter: AuditFilter, page: PageRequest): Promise<{ rows: AuditEntryWithActor[]; total: number }> {
    const query = this.dataSource
      .createQueryBuilder(AuditEntryEntity, 'a')
      .leftJoin(UserEntity, 'actor', 'actor.id = a.actorId')
      .addSelect('actor.name', 'actor_name');
    if (filter.entityType) query.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (filter.from) query.andWhere('a.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.occurredAt < :to', { to: filter.to });
    const total = await query.getCount();
    const { entities, raw } = await query
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.sequence', 'DESC')
      .offset(page.offset)
      .limit(page.limit)
      .getRawAndEntities<{ actor_name: string | null }>();
    const rows = entities.map((entity, i) => Object.assign(entity, { actorName: raw[i]?.actor_name ?? null }));
    return { rows, total };
  }
}
