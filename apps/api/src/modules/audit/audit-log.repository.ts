import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PageRequest } from '../../common/pagination/page';
import { UserEntity } from '../users/user.entity';
import { AuditEntryEntity } from './audit-entry.entity';

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

  async append(entry: Omit<AuditEntryEntity, 'id' | 'sequence'>, db: EntityManager = this.dataSource.manager): Promise<void> {
    const repository = db.getRepository(AuditEntryEntity);
    await repository.save(repository.create(entry), { reload: false });
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
