import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A snapshot's profile in brief: how many factors are in concern, and its flags (concern, flags columns). */
const briefOf = (row: string) =>
  `coalesce((${row}.profile->>'concern')::int, 0), ARRAY(SELECT jsonb_array_elements_text(coalesce(${row}.profile->'flags', '[]'::jsonb)))`;

/** The partner's newest remaining snapshot as a partner_latest_health row (the column list of the upserts below). */
const newestSnapshotOf = (partner: string) => `
  SELECT h.partner_id, h.id, h.as_of, h.taken_at, ${briefOf('h')}
    FROM health_snapshots h WHERE h.partner_id = ${partner}
   ORDER BY h.as_of DESC, h.taken_at DESC LIMIT 1`;

/**
 * Keeps the row when the incoming snapshot is at least as new as the kept one (ties: the later writer wins, as
 * either would be "the latest" to ORDER BY as_of DESC, taken_at DESC), or when it is the kept snapshot itself.
 */
const UPSERT_TAIL = `
  ON CONFLICT (partner_id) DO UPDATE
     SET snapshot_id = EXCLUDED.snapshot_id, as_of = EXCLUDED.as_of, taken_at = EXCLUDED.taken_at,
         concern = EXCLUDED.concern, flags = EXCLUDED.flags
   WHERE (EXCLUDED.as_of, EXCLUDED.taken_at) >= (partner_latest_health.as_of, partner_latest_health.taken_at)
      OR partner_latest_health.snapshot_id = EXCLUDED.snapshot_id`;

/**
 * Two things the manager's attention list read row by row, kept where it can read them from a few pages.
 *
 * 1. Each partner's latest health snapshot, in brief (partner_latest_health): which snapshot, its day, how many
 *    factors are in concern and its flags. The "partnership health" rule found it with a backward probe of
 *    IDX_health_snapshots_partner_as_of per live partner and read each profile's JSON: 1,135 probes, 3.3–5.2 ms of
 *    the list's ~15–20 on the large data set. Now it is one scan of ~1,900 narrow rows (1.3 ms).
 *    A row trigger keeps it. Snapshots are inserted, taken again (the same partner, day and reason: an upsert that
 *    moves taken_at forward) or, only by hand, deleted; never moved to another partner. The insert/update branch is
 *    an upsert whose WHERE compares (as_of, taken_at): ON CONFLICT DO UPDATE locks the kept row and evaluates the
 *    WHERE against its newest committed version, so of two concurrent snapshots of one partner the newer is kept
 *    whichever commits first, with no lock of our own. A delete puts back the newest remaining snapshot (the foreign
 *    key has already removed the row if it pointed at the deleted one: RI triggers fire before "TRG_" ones).
 * 2. An index on the day a partner's contact falls due (the last contact's day, or the day it was added, plus its
 *    cadence), so "quiet partners" reads the ~170 partners past it instead of computing the days for all 2,000.
 */
export class AttentionIndexes1765324800000 implements MigrationInterface {
  name = 'AttentionIndexes1765324800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "partner_latest_health" (
        "partner_id" uuid NOT NULL,
        "snapshot_id" uuid NOT NULL,
        "as_of" date NOT NULL,
        "taken_at" timestamptz NOT NULL,
        "concern" integer NOT NULL,
        "flags" text[] NOT NULL,
        CONSTRAINT "PK_partner_latest_health" PRIMARY KEY ("partner_id"),
        CONSTRAINT "FK_partner_latest_health_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_partner_latest_health_snapshot" FOREIGN KEY ("snapshot_id") REFERENCES "health_snapshots"("id") ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX "IDX_partner_latest_health_snapshot" ON "partner_latest_health" ("snapshot_id")`);
    await db.query(`
      CREATE FUNCTION health_snapshots_keep_latest() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO partner_latest_health (partner_id, snapshot_id, as_of, taken_at, concern, flags)
          ${newestSnapshotOf('OLD.partner_id')}
          ${UPSERT_TAIL};
        ELSE
          INSERT INTO partner_latest_health (partner_id, snapshot_id, as_of, taken_at, concern, flags)
          VALUES (NEW.partner_id, NEW.id, NEW.as_of, NEW.taken_at, ${briefOf('NEW')})
          ${UPSERT_TAIL};
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER "TRG_health_snapshots_latest_write" AFTER INSERT OR UPDATE OF "as_of", "taken_at", "profile" ON "health_snapshots"
      FOR EACH ROW EXECUTE FUNCTION health_snapshots_keep_latest()`);
    await db.query(`
      CREATE TRIGGER "TRG_health_snapshots_latest_delete" AFTER DELETE ON "health_snapshots"
      FOR EACH ROW EXECUTE FUNCTION health_snapshots_keep_latest()`);
    await db.query(`
      INSERT INTO partner_latest_health (partner_id, snapshot_id, as_of, taken_at, concern, flags)
      SELECT DISTINCT ON (h.partner_id) h.partner_id, h.id, h.as_of, h.taken_at, ${briefOf('h')}
        FROM health_snapshots h
       ORDER BY h.partner_id, h.as_of DESC, h.taken_at DESC`);

    // The expression is contactDueOnSql (modules/attention/attention.repository.ts), character for character.
    await db.query(`
      CREATE INDEX "IDX_partners_contact_due" ON "partners"
        ((coalesce((last_contact_at AT TIME ZONE 'UTC')::date, (created_at AT TIME ZONE 'UTC')::date) + contact_cadence_days))
        WHERE archived_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_partners_contact_due"`);
    await db.query(`DROP TRIGGER "TRG_health_snapshots_latest_delete" ON "health_snapshots"`);
    await db.query(`DROP TRIGGER "TRG_health_snapshots_latest_write" ON "health_snapshots"`);
    await db.query(`DROP FUNCTION health_snapshots_keep_latest()`);
    await db.query(`DROP TABLE "partner_latest_health"`);
  }
}
