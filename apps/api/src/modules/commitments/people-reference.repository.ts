import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { prepared } from '../../common/database/prepared-query';

/** Names of the people a communication or commitment may name, keyed by id. */
export interface KnownPeople {
  /** Active staff users among the ids asked about. */
  staff: Map<string, string>;
  /** Contacts in use of the partner among the ids asked about. */
  contacts: Map<string, string>;
}

/** Who an id is, whatever its state: for explaining why it cannot be named. */
export interface PersonDescription {
  name: string;
  /** The contact's partner; null for a staff user. */
  partnerId: string | null;
}

/**
 * "These ids are people this record may name": active staff users, and contacts in use of one partner. Both
 * communications (participants) and commitments (owners) ask, in one statement for every id of a request; the
 * names that come back also serve the response, so nothing is read twice.
 */
@Injectable()
export class PeopleReferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(partnerId: string, staffIds: readonly string[], contactIds: readonly string[], db: EntityManager = this.dataSource.manager): Promise<KnownPeople> {
    const people: KnownPeople = { staff: new Map(), contacts: new Map() };
    if (staffIds.length === 0 && contactIds.length === 0) return people;
    const rows = await prepared<{ kind: 'staff' | 'contact'; id: string; name: string }>(
      db,
      `SELECT 'staff' AS kind, u.id, u.name FROM users u WHERE u.id = ANY($1::uuid[]) AND u.active
       UNION ALL
       SELECT 'contact', c.id, c.name FROM contacts c
        WHERE c.id = ANY($2::uuid[]) AND c.partner_id = $3 AND c.archived_at IS NULL`,
      [unique(staffIds), unique(contactIds), partnerId],
    );
    for (const row of rows) (row.kind === 'staff' ? people.staff : people.contacts).set(row.id, row.name);
    return people;
  }

  /**
   * Names of ids that failed `find`, whoever they belong to, so the refusal can say "Ana Ruiz is not a contact of
   * Riverside Food Bank" instead of quoting an id. Only asked on the way to a 400.
   */
  async describe(staffIds: readonly string[], contactIds: readonly string[], db: EntityManager = this.dataSource.manager): Promise<{
    staff: Map<string, PersonDescription>;
    contacts: Map<string, PersonDescription>;
  }> {
    const rows: { kind: 'staff' | 'contact'; id: string; name: string; partner_id: string | null }[] = await db.query(
      `SELECT 'staff' AS kind, u.id, u.name, NULL::uuid AS partner_id FROM users u WHERE u.id = ANY($1::uuid[])
       UNION ALL
       SELECT 'contact', c.id, c.name, c.partner_id FROM contacts c WHERE c.id = ANY($2::uuid[])`,
      [unique(staffIds), unique(contactIds)],
    );
    const staff = new Map<string, PersonDescription>();
    const contacts = new Map<string, PersonDescription>();
    for (const row of rows) (row.kind === 'staff' ? staff : contacts).set(row.id, { name: row.name, partnerId: row.partner_id });
    return { staff, contacts };
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
