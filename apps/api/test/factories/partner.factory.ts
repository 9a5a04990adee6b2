import type { FocusArea, PartnerStage, PartnerType } from '@common-ground/domain';
import { randomUUID } from 'node:crypto';

/** Anything that runs SQL: the test app's DataSource, an EntityManager, a QueryRunner. */
export interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface PartnerOverrides {
  name?: string;
  type?: PartnerType;
  stage?: PartnerStage;
  description?: string;
  focusAreas?: FocusArea[];
  tags?: string[];
  liaisonId?: string | null;
  contactCadenceDays?: number;
  createdBy?: string | null;
  /** Set to archive the partner (archived_at). */
  archivedAt?: Date | null;
}

export interface InsertedPartner {
  id: string;
  name: string;
  type: PartnerType;
  stage: PartnerStage;
  archivedAt: Date | null;
}

/**
 * A partner row inserted directly with SQL (no service, no audit entry), with a unique name unless one is given.
 * For tests of records that belong to a partner, independent of the partners API.
 */
export async function insertPartner(db: Sql, overrides: PartnerOverrides = {}): Promise<InsertedPartner> {
  const name = overrides.name ?? `Test Partner ${randomUUID().slice(0, 8)}`;
  const type = overrides.type ?? 'social-service-nonprofit';
  const stage = overrides.stage ?? 'active';
  const archivedAt = overrides.archivedAt ?? null;
  const rows = (await db.query(
    `INSERT INTO partners (name, type, stage, description, focus_areas, tags, liaison_id, contact_cadence_days, created_by, updated_by, version, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 1, $10)
     RETURNING id`,
    [
      name,
      type,
      stage,
      overrides.description ?? '',
      overrides.focusAreas ?? [],
      overrides.tags ?? [],
      overrides.liaisonId ?? null,
      overrides.contactCadenceDays ?? 30,
      overrides.createdBy ?? null,
      archivedAt,
    ],
  )) as { id: string }[];
  return { id: rows[0]!.id, name, type, stage, archivedAt };
}

/** Archives (or with `null`, restores) a partner row directly, bumping its version as the service would. */
export async function setPartnerArchived(db: Sql, partnerId: string, archivedAt: Date | null = new Date()): Promise<void> {
  await db.query('UPDATE partners SET archived_at = $2, version = version + 1 WHERE id = $1', [partnerId, archivedAt]);
}
