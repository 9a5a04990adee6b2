import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContributionStage, ContributionType, ContributionUnit, Side } from '@common-ground/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Params } from '../../common/database/sql-params';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { ContributionEntity } from './contribution.entity';

/** One line as the API shows it, with its partner's name and program's title (numeric columns as text). */
export interface ContributionRow {
  id: string;
  side: Side;
  partner_id: string | null;
  partner_name: string | null;
  program_id: string | null;
  program_title: string | null;
  type: ContributionType;
  stage: ContributionStage;
  description: string;
  quantity: string | null;
  unit: ContributionUnit | null;
  money_value: string | null;
  rate: string | null;
  rate_source: string | null;
  rate_year: number | null;
  contributed_on: string;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  version: number;
  archived_at: Date | null;
}

/** One (side, type, unit) group of the filtered set: the grain every total is folded from. */
export interface ContributionGroupRow {
  side: Side;
  type: ContributionType;
  unit: ContributionUnit | null;
  count: number;
  money_value: string;
  quantity: string | null;
}

export interface ContributionFilter {
  partnerId?: string;
  programId?: string;
  side?: Side;
  type?: ContributionType;
  stage?: ContributionStage;
  /** Contributed on or after this day. */
  from?: string;
  /** Contributed on or before this day. */
  to?: string;
  archived: ArchivedFilter;
  descending: boolean;
}

export type NewContribution = Omit<ContributionEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'partner' | 'program'>;

const VIEW_COLUMNS = `c.id, c.side, c.partner_id, pa.name AS partner_name, c.program_id, pr.title AS program_title, c.type, c.stage,
       c.description, c.quantity::text AS quantity, c.unit, c.money_value::text AS money_value, c.rate::text AS rate,
       c.rate_source, c.rate_year, c.contributed_on::text AS contributed_on,
       c.created_at, c.updated_at, c.created_by, c.version, c.archived_at`;

const VIEW_JOINS = `LEFT JOIN partners pa ON pa.id = c.partner_id
  LEFT JOIN programs pr ON pr.id = c.program_id`;

function whereClause(filter: ContributionFilter, params: Params): string {
  const where: string[] = [];
  if (filter.archived === 'false') where.push('c.archived_at IS NULL');
  if (filter.archived === 'true') where.push('c.archived_at IS NOT NULL');
  if (filter.partnerId) where.push(`c.partner_id = ${params.add(filter.partnerId)}::uuid`);
  if (filter.programId) where.push(`c.program_id = ${params.add(filter.programId)}::uuid`);
  if (filter.side) where.push(`c.side = ${params.add(filter.side)}`);
  if (filter.type) where.push(`c.type = ${params.add(filter.type)}`);
  if (filter.stage) where.push(`c.stage = ${params.add(filter.stage)}`);
  if (filter.from) where.push(`c.contributed_on >= ${params.add(filter.from)}::date`);
  if (filter.to) where.push(`c.contributed_on <= ${params.add(filter.to)}::date`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

@Injectable()
export class ContributionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findView(id: string, db: EntityManager = this.dataSource.manager): Promise<ContributionRow | null> {
    const rows: ContributionRow[] = await db.query(`SELECT ${VIEW_COLUMNS} FROM contributions c ${VIEW_JOINS} WHERE c.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Locks the row for the rest of the transaction, so two edits of one line are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<ContributionEntity | null> {
    return db.getRepository(ContributionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A page of lines in one statement: filter, sort and page the ids (total from a window count), then their names. */
  async list(filter: ContributionFilter, page: PageRequest): Promise<{ rows: ContributionRow[]; total: number }> {
    const { sql, params } = buildListQuery(filter, page);
    const rows: (ContributionRow & { total: number })[] = await this.dataSource.query(sql, params);
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    // Paged past the end: the window count came with no row; count once more to learn the total.
    const first = buildListQuery(filter, { limit: 1, offset: 0 });
    const firstRows: { total: number }[] = await this.dataSource.query(first.sql, first.params);
    return { rows, total: firstRows[0]?.total ?? 0 };
  }

  /**
   * The filtered set grouped by side, type and unit, in one statement. Sums stay exact numeric in SQL and come back
   * as text; there are at most 2 × 7 × 7 groups, so every total (per side, per type, per unit, volunteer hours)
   * is folded from these without another pass over the lines.
   */
  async groups(filter: ContributionFilter): Promise<ContributionGroupRow[]> {
    const params = new Params();
    return this.dataSource.query(
      `SELECT c.side, c.type, c.unit, count(*)::int AS count,
              coalesce(sum(c.money_value), 0)::text AS money_value, sum(c.quantity)::text AS quantity
         FROM contributions c
         ${whereClause(filter, params)}
        GROUP BY c.side, c.type, c.unit`,
      params.values,
    );
  }

  async insert(contribution: NewContribution, db: EntityManager): Promise<ContributionEntity> {
    const repository = db.getRepository(ContributionEntity);
    return repository.save(repository.create(contribution));
  }

  async save(contribution: ContributionEntity, db: EntityManager): Promise<ContributionEntity> {
    return db.getRepository(ContributionEntity).save(contribution);
  }
}

function buildListQuery(filter: ContributionFilter, page: PageRequest): { sql: string; params: unknown[] } {
  const params = new Params();
  const direction = filter.descending ? 'DESC' : 'ASC';
  const order = `c.contributed_on ${direction}, c.created_at ${direction}, c.id ${direction}`;
  const sql = `WITH page AS (
      SELECT c.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS position
        FROM contributions c
        ${whereClause(filter, params)}
       ORDER BY ${order}
       LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}
    )
    SELECT ${VIEW_COLUMNS}, page.total::int AS total
      FROM page
      JOIN contributions c ON c.id = page.id
      ${VIEW_JOINS}
     ORDER BY page.position`;
  return { sql, params: params.values };
}
