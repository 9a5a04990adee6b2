import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StaffRole } from '@common-ground/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { StaffSessionEntity } from './staff-session.entity';

export interface LiveSession {
  sessionId: string;
  lastSeenAt: Date;
  userId: string;
  name: string;
  email: string;
  role: StaffRole;
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async open(session: Pick<StaffSessionEntity, 'tokenHash' | 'userId' | 'lastSeenAt' | 'idleExpiresAt' | 'userAgent'>): Promise<void> {
    await this.dataSource.getRepository(StaffSessionEntity).insert(session);
  }

  /** A session counts only while it is within its idle window and its user is still active. */
  async findLive(tokenHash: string, now: Date): Promise<LiveSession | undefined> {
    const row = await this.dataSource
      .createQueryBuilder(StaffSessionEntity, 's')
      .innerJoin('s.user', 'u')
      .select(['s.id AS "sessionId"', 's.lastSeenAt AS "lastSeenAt"', 'u.id AS "userId"', 'u.name AS name', 'u.email AS email', 'u.role AS role'])
      .where('s.tokenHash = :tokenHash', { tokenHash })
      .andWhere('s.idleExpiresAt > :now', { now })
      .andWhere('u.active = true')
      .getRawOne<LiveSession>();
    return row ?? undefined;
  }

  async touch(sessionId: string, lastSeenAt: Date, idleExpiresAt: Date): Promise<void> {
    await this.dataSource.getRepository(StaffSessionEntity).update({ id: sessionId }, { lastSeenAt, idleExpiresAt });
  }

  async close(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(StaffSessionEntity).delete({ id: sessionId });
  }

  async closeAllForUser(userId: string, db: EntityManager = this.dataSource.manager): Promise<void> {
    await db.getRepository(StaffSessionEntity).delete({ userId });
  }

  async closeExpired(now: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(StaffSessionEntity)
      .where('idle_expires_at <= :now', { now })
      .execute();
  }
}
