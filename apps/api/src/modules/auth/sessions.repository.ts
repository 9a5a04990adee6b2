import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StaffRole } from '@common-ground/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import { StaffSessionEntity } from './staff-session.entity';

export interface LiveSession {
  sessionId: string;
  lastSeenAt: Date;
  idleExpiresAt: Date;
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

  /**
   * A session counts only while it is within its idle window and its user is still active. Every request asks
   * this, so it is one prepared statement with a fixed text: no query building, and PostgreSQL plans it once per
   * connection.
   */
  async findLive(tokenHash: string, now: Date): Promise<LiveSession | undefined> {
    const rows = await preparedQuery<LiveSession>(
      this.dataSource,
      `SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt", s.idle_expires_at AS "idleExpiresAt", u.id AS "userId", u.name, u.email, u.role
         FROM staff_sessions s
         JOIN users u ON u.id = s.user_id AND u.active
        WHERE s.token_hash = $1 AND s.idle_expires_at > $2`,
      [tokenHash, now],
    );
    return rows[0];
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
