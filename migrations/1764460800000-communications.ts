import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen copies of the vocabularies as they were when this migration was written (see the partners migration).
const CHANNELS = ['meeting', 'call', 'email', 'video', 'site-visit', 'event'];
const SIDES = ['library', 'partner'];
const FACTORS = ['SA', 'TW', 'CE', 'IR', 'OC'];
const SIGNS = ['positive', 'negative'];
const COMMITMENT_STATUSES = ['open', 'done', 'missed', 'cancelled'];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const oneOf = (column: string, values: string[]) => `"${column}" IN (${list(values)})`;

const RECORD_COLUMNS = `
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "created_by" uuid,
  "updated_by" uuid,
  "version" integer NOT NULL,
  "archived_at" timestamptz`;

/**
 * Communications (logged interactions with a partner), their factor tags, and commitments (follow-ups and, later,
 * program role duties); plus the weekly digest's run log, which makes the digest go out once per week however many
 * API processes are running.
 */
export class Communications1764460800000 implements MigrationInterface {
  name = 'Communications1764460800000';

  async up(db: QueryRunner): Promise<void> {
    // Participants are id arrays rather than a join table: they are always read and written with their
    // communication, and the service checks each id (an active staff user, a contact of this partner) under the
    // partner's lock. Staff and contacts are never deleted (deactivated / archived), so the ids stay valid.
    await db.query(`
      CREATE TABLE "communications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "occurred_at" timestamptz NOT NULL,
        "channel" text NOT NULL,
        "initiated_by" text NOT NULL,
        "two_way" boolean NOT NULL,
        "substantive" boolean NOT NULL,
        "summary" text NOT NULL DEFAULT '',
        "staff_participant_ids" uuid[] NOT NULL DEFAULT '{}',
        "contact_participant_ids" uuid[] NOT NULL DEFAULT '{}',
        "search_document" tsvector NOT NULL,
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_communications" PRIMARY KEY ("id"),
        CONSTRAINT "FK_communications_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_communications_channel" CHECK (${oneOf('channel', CHANNELS)}),
        CONSTRAINT "CHK_communications_initiated_by" CHECK (${oneOf('initiated_by', SIDES)}),
        CONSTRAINT "CHK_communications_summary" CHECK (length("summary") <= 20000)
      )`);
    await db.query(`CREATE INDEX "IDX_communications_partner_occurred" ON "communications" ("partner_id", "occurred_at")`);
    // "Last two-way substantive contact" per partner: the cadence rule, the attention list, the partner list column.
    await db.query(
      `CREATE INDEX "IDX_communications_last_contact" ON "communications" ("partner_id", "occurred_at") WHERE "two_way" AND "substantive" AND "archived_at" IS NULL`,
    );
    // "The last things I logged" on the home page.
    await db.query(`CREATE INDEX "IDX_communications_created_by" ON "communications" ("created_by", "occurred_at")`);
    // The header's search finds communications by the words of their summary. The document is stored (kept by a
    // trigger, like the partners' and contacts' since the stored-search-documents migration) rather than an index
    // expression: filtering the newest communications by it must not run to_tsvector on each one, and the planner
    // only has statistics for it as a column. The newest-first scan reads the communications in use backwards.
    await db.query(`
      CREATE FUNCTION communications_refresh_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := to_tsvector('english', NEW.summary);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER "TRG_communications_search_document" BEFORE INSERT OR UPDATE OF "summary"
      ON "communications" FOR EACH ROW EXECUTE FUNCTION communications_refresh_search_document()`);
    await db.query(`CREATE INDEX "IDX_communications_search" ON "communications" USING GIN ("search_document")`);
    await db.query(`CREATE INDEX "IDX_communications_occurred" ON "communications" ("occurred_at", "id") WHERE "archived_at" IS NULL`);

    await db.query(`
      CREATE TABLE "communication_factor_tags" (
        "communication_id" uuid NOT NULL,
        "factor" text NOT NULL,
        "sign" text NOT NULL,
        "note" text,
        CONSTRAINT "PK_communication_factor_tags" PRIMARY KEY ("communication_id", "factor"),
        CONSTRAINT "FK_communication_factor_tags_communication" FOREIGN KEY ("communication_id") REFERENCES "communications"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_communication_factor_tags_factor" CHECK (${oneOf('factor', FACTORS)}),
        CONSTRAINT "CHK_communication_factor_tags_sign" CHECK (${oneOf('sign', SIGNS)})
      )`);

    await db.query(`
      CREATE TABLE "commitments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "communication_id" uuid,
        "owner_side" text NOT NULL,
        "owner_user_id" uuid,
        "owner_contact_id" uuid,
        "description" text NOT NULL,
        "due_on" date NOT NULL,
        "status" text NOT NULL DEFAULT 'open',
        "completed_on" date,
        "status_changed_at" timestamptz,
        "status_changed_by" uuid,
        "status_reason" text,
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_commitments" PRIMARY KEY ("id"),
        CONSTRAINT "FK_commitments_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_commitments_communication" FOREIGN KEY ("communication_id") REFERENCES "communications"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_commitments_owner_user" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_commitments_owner_contact" FOREIGN KEY ("owner_contact_id") REFERENCES "contacts"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_commitments_status_changed_by" FOREIGN KEY ("status_changed_by") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "CHK_commitments_owner_side" CHECK (${oneOf('owner_side', SIDES)}),
        CONSTRAINT "CHK_commitments_owner" CHECK (
          ("owner_side" = 'library' AND "owner_contact_id" IS NULL) OR ("owner_side" = 'partner' AND "owner_user_id" IS NULL)),
        CONSTRAINT "CHK_commitments_status" CHECK (${oneOf('status', COMMITMENT_STATUSES)}),
        CONSTRAINT "CHK_commitments_completed" CHECK (("status" = 'done') = ("completed_on" IS NOT NULL)),
        CONSTRAINT "CHK_commitments_description" CHECK (length("description") BETWEEN 1 AND 2000)
      )`);
    await db.query(`CREATE INDEX "IDX_commitments_partner_due" ON "commitments" ("partner_id", "due_on")`);
    await db.query(`CREATE INDEX "IDX_commitments_communication" ON "commitments" ("communication_id")`);
    // Open follow-ups by owner and by due date: the home page, overdue lists and the attention list.
    await db.query(
      `CREATE INDEX "IDX_commitments_open_owner" ON "commitments" ("owner_user_id", "due_on") WHERE "status" = 'open' AND "archived_at" IS NULL`,
    );
    // Covering: the attention list reads every overdue follow-up's partner and owner from the index alone.
    await db.query(
      `CREATE INDEX "IDX_commitments_open_due" ON "commitments" ("due_on") INCLUDE ("id", "partner_id", "owner_side", "owner_user_id", "owner_contact_id") WHERE "status" = 'open' AND "archived_at" IS NULL`,
    );

    // The live partners' few columns the attention list, the quiet rule and reviews join on, readable from the index
    // alone: partners rows are wide (descriptions, search documents), and those queries read every live partner.
    await db.query(
      `CREATE INDEX "IDX_partners_live" ON "partners" ("id") INCLUDE ("name", "stage", "liaison_id", "contact_cadence_days", "created_at") WHERE "archived_at" IS NULL`,
    );

    await db.query(`
      CREATE TABLE "digest_runs" (
        "week_starting" date NOT NULL,
        "started_at" timestamptz NOT NULL,
        "finished_at" timestamptz,
        "sent" integer NOT NULL DEFAULT 0,
        "failed" integer NOT NULL DEFAULT 0,
        CONSTRAINT "PK_digest_runs" PRIMARY KEY ("week_starting")
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "digest_runs"`);
    await db.query(`DROP INDEX "IDX_partners_live"`);
    await db.query(`DROP TABLE "commitments"`);
    await db.query(`DROP TABLE "communication_factor_tags"`);
    await db.query(`DROP TABLE "communications"`);
    await db.query(`DROP FUNCTION communications_refresh_search_document()`);
  }
}
