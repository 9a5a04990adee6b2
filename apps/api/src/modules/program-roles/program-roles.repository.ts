import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PROGRAM_ROLES } from '@common-ground/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { ProgramRoleEntity } from './program-role.entity';

export type NewProgramRole = Omit<ProgramRoleEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'program' | 'partner' | 'ownerContact'>;

/** A role as the API shows it: with its partner's and owner's names. */
export interface ProgramRoleRow {
  id: string;
  program_id: string;
  partner_id: string;
  partner_name: string;
  role: string;
  responsibilities: string;
  owner_contact_id: string | null;
  owner_contact_name: string | null;
  owner_named_on: string | null;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  version: number;
  archived_at: Date | null;
}

const ROW_SELECT = `SELECT r.id, r.program_id, r.partner_id, pa.name AS partner_name, r.role, r.responsibilities,
         r.owner_contact_id, c.name AS owner_contact_name, r.owner_named_on::text AS owner_named_on,
         r.created_at, r.updated_at, r.created_by, r.version, r.archived_at
    FROM program_roles r
    JOIN partners pa ON pa.id = r.partner_id
    LEFT JOIN contacts c ON c.id = r.owner_contact_id`;

@Injectable()
export class ProgramRolesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Locks the row for the rest of the transaction, so two edits of one role are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<ProgramRoleEntity | null> {
    return db.getRepository(ProgramRoleEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findViews(ids: readonly string[], db: EntityManager = this.dataSource.manager): Promise<ProgramRoleRow[]> {
    if (ids.length === 0) return [];
    const rows: ProgramRoleRow[] = await db.query(`${ROW_SELECT} WHERE r.id = ANY($1::uuid[])`, [ids]);
    const order = new Map(ids.map((id, i) => [id, i]));
    return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  /** A program's roles, by partner name, then in the order of PROGRAM_ROLES. */
  async listForProgram(programId: string, archived: ArchivedFilter, page: PageRequest): Promise<{ rows: ProgramRoleRow[]; total: number }> {
    const archivedClause = archived === 'false' ? 'AND r.archived_at IS NULL' : archived === 'true' ? 'AND r.archived_at IS NOT NULL' : '';
    const rows: (ProgramRoleRow & { total: number })[] = await this.dataSource.query(
      `${ROW_SELECT.replace('SELECT', 'SELECT count(*) OVER ()::int AS total,')}
        WHERE r.program_id = $1 ${archivedClause}
        ORDER BY lower(pa.name), pa.id, array_position($2::text[], r.role), r.created_at, r.id
        LIMIT $3 OFFSET $4`,
      [programId, PROGRAM_ROLES.keys, page.limit, page.offset],
    );
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    const counted: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM program_roles r WHERE r.program_id = $1 ${archivedClause}`,
      [programId],
    );
    return { rows, total: counted[0]?.n ?? 0 };
  }

  /** Whether the partner already plays this role in the program (among roles in use), other than `exceptId`. */
  async liveRoleExists(programId: string, partnerId: string, role: string, exceptId: string | null, db: EntityManager): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM program_roles
        WHERE program_id = $1 AND partner_id = $2 AND role = $3 AND archived_at IS NULL AND ($4::uuid IS NULL OR id <> $4::uuid)`,
      [programId, partnerId, role, exceptId],
    );
    return rows.length > 0;
  }

  /** The names of those ids that are contacts in use of the partner. */
  async liveContactsOf(partnerId: string, contactIds: readonly string[], db: EntityManager): Promise<Map<string, string>> {
    if (contactIds.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await db.query(
      'SELECT id, name FROM contacts WHERE id = ANY($1::uuid[]) AND partner_id = $2 AND archived_at IS NULL',
      [[...new Set(contactIds)], partnerId],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async insert(role: NewProgramRole, db: EntityManager): Promise<ProgramRoleEntity> {
    const repository = db.getRepository(ProgramRoleEntity);
    return repository.save(repository.create(role));
  }

  async save(role: ProgramRoleEntity, db: EntityManager): Promise<ProgramRoleEntity> {
    return db.getRepository(ProgramRoleEntity).save(role);
  }
}
