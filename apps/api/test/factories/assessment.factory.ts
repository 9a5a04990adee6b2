import { ASSESSMENT_ITEMS } from '@common-ground/domain';
import { createHash, randomUUID } from 'node:crypto';
import type { Sql } from './partner.factory';

/** All 25 statements answered `value` (or as `overrides` say): a body the API accepts. */
export function fullAnswers(value: number | null = 4, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...Object.fromEntries(ASSESSMENT_ITEMS.map((item) => [item.id, value])), ...overrides };
}

/** A contact of the partner with an email address (unless `email: null`), inserted directly. */
export async function insertContactWithEmail(
  db: Sql,
  partnerId: string,
  overrides: { name?: string; email?: string | null; archivedAt?: Date | null } = {},
): Promise<{ id: string; name: string; email: string | null }> {
  const unique = randomUUID().slice(0, 8);
  const name = overrides.name ?? `Contact ${unique}`;
  const email = overrides.email === undefined ? `contact-${unique}@partner.test` : overrides.email;
  const rows = (await db.query('INSERT INTO contacts (partner_id, name, email, version, archived_at) VALUES ($1, $2, $3, 1, $4) RETURNING id', [
    partnerId,
    name,
    email,
    overrides.archivedAt ?? null,
  ])) as { id: string }[];
  return { id: rows[0]!.id, name, email };
}

/** The token at the end of an assessment link. */
export const tokenOf = (link: string): string => link.slice(link.lastIndexOf('/') + 1);

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** How many of each assessment record the partner has, and its audit entries about them. */
export async function assessmentRecordsOf(db: Sql, partnerId: string): Promise<{ waves: number; assessments: number; invitations: number; audit: number }> {
  const rows = (await db.query(
    `SELECT (SELECT count(*)::int FROM assessment_waves WHERE partner_id = $1) AS waves,
            (SELECT count(*)::int FROM assessments WHERE partner_id = $1) AS assessments,
            (SELECT count(*)::int FROM assessment_invitations WHERE partner_id = $1) AS invitations,
            (SELECT count(*)::int FROM audit_entries WHERE partner_id = $1 AND entity_type IN ('assessment', 'assessment-invitation')) AS audit`,
    [partnerId],
  )) as { waves: number; assessments: number; invitations: number; audit: number }[];
  return rows[0]!;
}
