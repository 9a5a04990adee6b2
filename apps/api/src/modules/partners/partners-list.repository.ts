import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import type { PageRequest } from '../../common/pagination/page';
import { buildPartnerListQuery, type PartnerListFilter, type PartnerRow } from './partner-list.query';

/** Reads partners as the API shows them: with liaison, primary contact and next review, in one query. */
@Injectable()
export class PartnersListRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Prepared (see preparedQuery): the list's statement costs about as much to plan as to run. */
  async list(filter: PartnerListFilter, page: PageRequest, db?: EntityManager): Promise<{ rows: PartnerRow[]; total: number }> {
    const { sql, params } = buildPartnerListQuery(filter, page);
    const rows = await preparedQuery<PartnerRow>(this.dataSource, sql, params, db);
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    // Paged past the end: the window count came with no row; ask once more for the first row to learn the total.
    const first = buildPartnerListQuery(filter, { limit: 1, offset: 0 });
    const firstRows = await preparedQuery<PartnerRow>(this.dataSource, first.sql, first.params, db);
    return { rows, total: firstRows[0]?.total ?? 0 };
  }

  /** One partner, archived or not, as the list shows it; null when there is no such partner. */
  async findView(id: string, db?: EntityManager): Promise<PartnerRow | null> {
    const { rows } = await this.list({ ids: [id], archived: 'all' }, { limit: 1, offset: 0 }, db);
    return rows[0] ?? null;
  }
}
