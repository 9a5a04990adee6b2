import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImpactNoteKind, ValueDimension } from '@common-ground/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Params } from '../../common/database/sql-params';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { ImpactNoteEntity } from './impact-note.entity';

/** One note as the API shows it, with its partner's name and program's title. */
export interface ImpactNoteRow {
  id: string;
  kind: ImpactNoteKind;
  text: string;
  attribution: string | null;
  value_dimension: ValueDimension;
  consent_to_quote: boolean;
  partner_id: string | null;
  partner_name: string | null;
  program_id: string | null;
  program_title: string | null;
  noted_on: string;
  source_url: string | null;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  version: number;
  archived_at: Date | null;
}

export interface ImpactNoteFilter {
  partnerId?: string;
  programId?: string;
  dimension?: ValueDimension;
  kind?: ImpactNoteKind;
  /** Only notes that may leave the staff app: a quote only with consent. */
  shareableOnly?: boolean;
  archived: ArchivedFilter;
}

export type NewImpactNote = Omit<ImpactNoteEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'partner' | 'program'>;

/**
 * The rule every outward path (reports, exports, the value view's shared notes) applies: a quote without consent
 * to quote stays inside the staff app. `n` is the impact_notes alias.
 */
export const SHAREABLE_NOTE_SQL = (n: string) => `(${n}.consent_to_quote OR ${n}.kind <> 'quote')`;

const VIEW_COLUMNS = `n.id, n.kind, n.text, n.attribution, n.value_dimension, n.consent_to_quote, n.partner_id, pa.name AS partner_name,
       n.program_id, pr.title AS program_title, n.noted_on::text AS noted_on, n.source_url,
       n.created_at, n.updated_at, n.created_by, n.version, n.archived_at`;

const VIEW_JOINS = `LEFT JOIN partners pa ON pa.id = n.partner_id
  LEFT JOIN programs pr ON pr.id = n.program_id`;

@Injectable()
export class ImpactNotesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findView(id: string, db: EntityManager = this.dataSource.manager): Promise<ImpactNoteRow | null> {
    const rows: ImpactNoteRow[] = await db.query(`SELECT ${VIEW_COLUMNS} FROM impact_notes n ${VIEW_JOINS} WHERE n.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Locks the row for the rest of the transaction, so two edits of one note are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<ImpactNoteEntity | null> {
    return db.getRepository(ImpactNoteEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A page of notes, newest first, in one statement (total from a window count). */
  async list(filter: ImpactNoteFilter, page: PageRequest): Promise<{ rows: ImpactNoteRow[]; total: number }> {
    const { sql, params } = buildListQuery(filter, page);
    const rows: (ImpactNoteRow & { total: number })[] = await this.dataSource.query(sql, params);
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    // Paged past the end: the window count came with no row; count once more to learn the total.
    const first = buildListQuery(filter, { limit: 1, offset: 0 });
    const firstRows: { total: number }[] = await this.dataSource.query(first.sql, first.params);
    return { rows, total: firstRows[0]?.total ?? 0 };
  }

  async insert(note: NewImpactNote, db: EntityManager): Promise<ImpactNoteEntity> {
    const repository = db.getRepository(ImpactNoteEntity);
    return repository.save(repository.create(note));
  }

  async save(note: ImpactNoteEntity, db: EntityManager): Promise<ImpactNoteEntity> {
    return db.getRepository(ImpactNoteEntity).save(note);
  }
}

function buildListQuery(filter: ImpactNoteFilter, page: PageRequest): { sql: string; params: unknown[] } {
  const params = new Params();
  const where: string[] = [];
  if (filter.archived === 'false') where.push('n.archived_at IS NULL');
  if (filter.archived === 'true') where.push('n.archived_at IS NOT NULL');
  if (filter.partnerId) where.push(`n.partner_id = ${params.add(filter.partnerId)}::uuid`);
  if (filter.programId) where.push(`n.program_id = ${params.add(filter.programId)}::uuid`);
  if (filter.dimension) where.push(`n.value_dimension = ${params.add(filter.dimension)}`);
  if (filter.kind) where.push(`n.kind = ${params.add(filter.kind)}`);
  if (filter.shareableOnly) where.push(SHAREABLE_NOTE_SQL('n'));
  const order = 'n.noted_on DESC, n.created_at DESC, n.id DESC';
  const sql = `WITH page AS (
      SELECT n.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS position
        FROM impact_notes n
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${order}
       LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}
    )
    SELECT ${VIEW_COLUMNS}, page.total::int AS total
      FROM page
      JOIN impact_notes n ON n.id = page.id
      ${VIEW_JOINS}
     ORDER BY page.position`;
  return { sql, params: params.values };
}
