import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PageRequest } from '../../common/pagination/page';
import { buildPartnerListQuery, type PartnerListFilter, type PartnerRow } from './partner-list.query';

/** Reads partners as the API shows them: with liaison, primary contact and next review, in one query. */
@Injectable()
export class PartnersListRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: PartnerListFilter, page: PageRequest, db: EntityManager = this.dataSource.manager): Promise<{ rows: PartnerRow[]; total: number }> {
    const { sql, params } = buildPartnerListQuery(filter, page);
    const rows: PartnerRow[] = await db.query(sql, params);
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    // Paged past the end: the window count came with no row; ask once more for the first row to learn the total.
    const first = buildPartnerListQuery(filter, { limit: 1, offset: 0 });
    const firstRows: PartnerRow[] = await db.query(first.sql, first.params);
    return { rows, total: firstRows[0]?.total ?? 0 };
  }

  /** One partner, archived or not, as the list shows it; null when there is no such partner. */
  async findView(id: string, db: EntityManager = this.dataSource.manager): Promise<PartnerRow | null> {
    const { rows } = await this.list({ ids: [id], archived: 'all' }, { limit: 1, offset: 0 }, db);
    return rows[0] ?? null;
  }
}
