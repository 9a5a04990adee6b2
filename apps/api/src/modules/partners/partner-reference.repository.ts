import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, notFound } from '../../common/problem/domain-error';
import { prepared } from '../../common/database/prepared-query';

export interface PartnerReference {
  id: string;
  name: string;
}

export const PARTNER_ARCHIVED_MESSAGE = 'This partner is archived. Restore it first.';

/**
 * How requireLive locks the partner row. 'share' (FOR SHARE): the partner cannot be archived while a record is added
 * to it, and share locks do not wait for each other. 'last-contact' (FOR NO KEY UPDATE) for communication writers:
 * the trigger that keeps partners.last_contact_at locks the row that way before it recomputes (see migration
 * 1764806400000-partner-last-contact), and two share-lock holders both upgrading there would deadlock; so they queue
 * here instead. Neither conflicts with the FOR KEY SHARE that inserting a record referencing the partner takes.
 */
export type PartnerLock = 'share' | 'last-contact';
const LOCK_CLAUSE: Record<PartnerLock | 'none', string> = { none: '', share: ' FOR SHARE', 'last-contact': ' FOR NO KEY UPDATE' };

/**
 * "This partner exists (and is in use)": the check every record that belongs to a partner (contacts, goals,
 * agreements…) makes before it is created, changed or restored.
 */
@Injectable()
export class PartnerReferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The partner, or 404 when there is none, or 400 on field partnerId when it is archived. Locks the partner row for
   * the rest of the transaction (see PartnerLock), so the partner cannot be archived while a record is added to it
   * (archiving locks the row for update and waits).
   */
  async requireLive(partnerId: string, db: EntityManager = this.dataSource.manager, lock: PartnerLock = 'share'): Promise<PartnerReference> {
    const partner = await this.find(partnerId, db, lock);
    if (partner.archivedAt) {
      throw new DomainError('validation_failed', PARTNER_ARCHIVED_MESSAGE, [{ field: 'partnerId', message: PARTNER_ARCHIVED_MESSAGE }]);
    }
    return { id: partner.id, name: partner.name };
  }

  /** The partner, archived or not (reading an archived partner's records is allowed); 404 when there is none. */
  async requireExisting(partnerId: string, db: EntityManager = this.dataSource.manager): Promise<PartnerReference & { archived: boolean }> {
    const partner = await this.find(partnerId, db, 'none');
    return { id: partner.id, name: partner.name, archived: partner.archivedAt !== null };
  }

  private async find(partnerId: string, db: EntityManager, lock: PartnerLock | 'none'): Promise<{ id: string; name: string; archivedAt: Date | null }> {
    const rows = await prepared<{ id: string; name: string; archived_at: Date | null }>(
      db,
      `SELECT id, name, archived_at FROM partners WHERE id = $1${LOCK_CLAUSE[lock]}`,
      [partnerId],
    );
    const row = rows[0];
    if (!row) throw notFound('partner');
    return { id: row.id, name: row.name, archivedAt: row.archived_at };
  }
}
