import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Sql } from './partner.factory';

/** A contact row inserted directly with SQL (no service, no audit entry), with a unique name unless one is given. */
export async function insertContact(
  db: Sql,
  partnerId: string,
  overrides: { name?: string; archivedAt?: Date | null } = {},
): Promise<{ id: string; name: string }> {
  const name = overrides.name ?? `Contact ${randomUUID().slice(0, 8)}`;
  const rows = (await db.query(
    'INSERT INTO contacts (partner_id, name, version, archived_at) VALUES ($1, $2, 1, $3) RETURNING id',
    [partnerId, name, overrides.archivedAt ?? null],
  )) as { id: string }[];
  return { id: rows[0]!.id, name };
}

/** 'YYYY-MM-DD' of an instant, in UTC (as the API shows dates). */
export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/** 'YYYY-MM-DD' plus whole days. */
export function plusDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

/** How many rows a table holds for a partner (communications, commitments), archived or not. */
export async function rowsForPartner(db: Sql, table: 'communications' | 'commitments', partnerId: string): Promise<number> {
  return ((await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE partner_id = $1`, [partnerId])) as { n: number }[])[0]!.n;
}

/** How many audit entries mention a partner. */
export async function auditCountForPartner(db: Sql, partnerId: string): Promise<number> {
  return ((await db.query('SELECT count(*)::int AS n FROM audit_entries WHERE partner_id = $1', [partnerId])) as { n: number }[])[0]!.n;
}

/**
 * The SQL statements the app sends while `work` runs (the test and the app share this process), leaving out the
 * auth guard's session look-ups. Shows whether a read is set-based: its statement count must not grow with rows.
 */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  const seen: string[] = [];
  prototype.query = function countingQuery(this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
    if (text && !/\bstaff_sessions\b/.test(text)) seen.push(text);
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return seen;
}
