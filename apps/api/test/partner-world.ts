import type { Sql } from './factories/partner.factory';
import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

export type Staff = { id: string; email: string; name: string };
export type FieldError = { field: string; message: string };
export type AuditRow = {
  action: string;
  actor_id: string | null;
  partner_id: string | null;
  entity_type: string;
  changes: Record<string, { before: unknown; after: unknown }>;
};

/** The staff every partner-record suite works with: an administrator, a manager and two librarians, each signed in. */
export interface PartnerWorld {
  t: TestApp;
  admin: Staff;
  manager: Staff;
  librarian: Staff;
  otherLibrarian: Staff;
  asAdmin: SignedInAgent;
  asManager: SignedInAgent;
  asLibrarian: SignedInAgent;
  asOtherLibrarian: SignedInAgent;
}

export async function startPartnerWorld(): Promise<PartnerWorld> {
  const t = await startTestApp();
  const [admin, manager, librarian, otherLibrarian] = await Promise.all([
    t.createStaff('admin'),
    t.createStaff('manager'),
    t.createStaff('librarian'),
    t.createStaff('librarian'),
  ]);
  const [asAdmin, asManager, asLibrarian, asOtherLibrarian] = await Promise.all([
    t.signIn(admin.email),
    t.signIn(manager.email),
    t.signIn(librarian.email),
    t.signIn(otherLibrarian.email),
  ]);
  return { t, admin, manager, librarian, otherLibrarian, asAdmin, asManager, asLibrarian, asOtherLibrarian };
}

/** The audit entries of one record, oldest first. */
export async function auditEntriesOf(db: Sql, entityId: string): Promise<AuditRow[]> {
  return (await db.query(
    'SELECT action, actor_id, partner_id, entity_type, changes FROM audit_entries WHERE entity_id = $1 ORDER BY occurred_at, sequence',
    [entityId],
  )) as AuditRow[];
}

/** How many rows of `table` (contacts, goals, agreements) a partner has, archived or not. */
export async function countForPartner(db: Sql, table: 'contacts' | 'goals' | 'agreements', partnerId: string): Promise<number> {
  return ((await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE partner_id = $1`, [partnerId])) as { n: number }[])[0]!.n;
}

/** The fields a validation problem names, in order. */
export const fieldsOf = (body: { errors?: FieldError[] }) => (body.errors ?? []).map((e) => e.field);
