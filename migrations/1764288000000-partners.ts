import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen copies of the vocabularies as they were when this migration was written (a migration never changes;
// widening a list is a new migration that replaces the check constraint).
const PARTNER_TYPES = ['k12-school', 'college-university', 'health-provider', 'social-service-nonprofit', 'arts-cultural', 'museum', 'faith-based', 'government-agency', 'business', 'media', 'civic-community-group', 'other-library'];
const FOCUS_AREAS = ['civic-engagement', 'digital-learning', 'early-literacy', 'economic-development', 'lifelong-learning', 'health-wellness', 'arts-culture', 'media-literacy', 'summer-reading', 'stem', 'other'];
const PUBLICS = ['whole-community', 'children-0-5', 'children-6-11', 'teens', 'adults', 'older-adults', 'families', 'new-americans', 'job-seekers', 'people-with-disabilities', 'people-experiencing-homelessness', 'students', 'veterans', 'other'];
const INTERACTION_TYPES = ['sharing-expertise', 'providing-space', 'raising-awareness', 'co-planning', 'co-delivering', 'funding-materials', 'volunteers-staffing', 'referrals', 'sharing-data'];
const IMPACT_AREAS = ['connected', 'knowledgeable', 'creative', 'civically-engaged', 'healthy', 'economically-vital', 'welcoming', 'joyful', 'caring'];
const STAGES = ['prospect', 'exploring', 'active', 'sustaining', 'paused', 'ended'];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const oneOf = (column: string, values: string[]) => `"${column}" IN (${list(values)})`;
const allOf = (column: string, values: string[]) => `"${column}" <@ ARRAY[${list(values)}]::text[]`;

/** Standard bookkeeping columns of every record (DOMAIN.md "Records"). */
const RECORD_COLUMNS = `
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "created_by" uuid,
  "updated_by" uuid,
  "version" integer NOT NULL,
  "archived_at" timestamptz`;

/** Partners, their contacts, shared goals and agreements; full-text search; the partner link on audit entries. */
export class Partners1764288000000 implements MigrationInterface {
  name = 'Partners1764288000000';

  async up(db: QueryRunner): Promise<void> {
    // Search documents as IMMUTABLE functions, so the GIN expression indexes and the queries share one definition.
    // Names use the 'simple' configuration (no stemming: people type the start of a name); prose uses 'english'.
    await db.query(`
      CREATE FUNCTION partner_search_document(name text, description text, tags text[]) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('simple', coalesce(name, '')), 'A')
            || setweight(to_tsvector('simple', coalesce(array_to_string(tags, ' '), '')), 'B')
            || setweight(to_tsvector('english', coalesce(description, '')), 'C')
      $$`);
    await db.query(`
      CREATE FUNCTION contact_search_document(name text, email text, title text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('simple', coalesce(name, '')), 'A')
            || setweight(to_tsvector('simple', coalesce(email, '') || ' ' || replace(coalesce(email, ''), '@', ' ')), 'B')
            || setweight(to_tsvector('simple', coalesce(title, '')), 'C')
      $$`);

    await db.query(`
      CREATE TABLE "partners" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "type" text NOT NULL,
        "website" text,
        "address" text,
        "description" text NOT NULL DEFAULT '',
        "focus_areas" text[] NOT NULL DEFAULT '{}',
        "publics" text[] NOT NULL DEFAULT '{}',
        "interaction_types" text[] NOT NULL DEFAULT '{}',
        "impact_areas" text[] NOT NULL DEFAULT '{}',
        "stage" text NOT NULL,
        "liaison_id" uuid,
        "contact_cadence_days" integer NOT NULL DEFAULT 30,
        "collaboration_level_library" smallint,
        "collaboration_level_partner" smallint,
        "tags" text[] NOT NULL DEFAULT '{}',
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_partners" PRIMARY KEY ("id"),
        CONSTRAINT "FK_partners_liaison" FOREIGN KEY ("liaison_id") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "CHK_partners_type" CHECK (${oneOf('type', PARTNER_TYPES)}),
        CONSTRAINT "CHK_partners_stage" CHECK (${oneOf('stage', STAGES)}),
        CONSTRAINT "CHK_partners_focus_areas" CHECK (${allOf('focus_areas', FOCUS_AREAS)}),
        CONSTRAINT "CHK_partners_publics" CHECK (${allOf('publics', PUBLICS)}),
        CONSTRAINT "CHK_partners_interaction_types" CHECK (${allOf('interaction_types', INTERACTION_TYPES)}),
        CONSTRAINT "CHK_partners_impact_areas" CHECK (${allOf('impact_areas', IMPACT_AREAS)}),
        CONSTRAINT "CHK_partners_cadence" CHECK ("contact_cadence_days" BETWEEN 1 AND 3650),
        CONSTRAINT "CHK_partners_collaboration" CHECK (
          ("collaboration_level_library" IS NULL OR "collaboration_level_library" BETWEEN 0 AND 5) AND
          ("collaboration_level_partner" IS NULL OR "collaboration_level_partner" BETWEEN 0 AND 5))
      )`);
    // Unique among partners in use: an archived "Riverside Food Bank" does not block a new one.
    await db.query(`CREATE UNIQUE INDEX "UQ_partners_name_live" ON "partners" (lower("name")) WHERE "archived_at" IS NULL`);
    await db.query(`CREATE INDEX "IDX_partners_liaison_id" ON "partners" ("liaison_id")`);
    await db.query(`CREATE INDEX "IDX_partners_stage" ON "partners" ("stage")`);
    await db.query(`CREATE INDEX "IDX_partners_type" ON "partners" ("type")`);
    await db.query(`CREATE INDEX "IDX_partners_name_lower" ON "partners" (lower("name"), "id")`);
    await db.query(`CREATE INDEX "IDX_partners_updated_at" ON "partners" ("updated_at")`);
    await db.query(`CREATE INDEX "IDX_partners_focus_areas" ON "partners" USING GIN ("focus_areas")`);
    await db.query(`CREATE INDEX "IDX_partners_tags" ON "partners" USING GIN ("tags")`);
    await db.query(`CREATE INDEX "IDX_partners_search" ON "partners" USING GIN (partner_search_document("name", "description", "tags"))`);

    await db.query(`
      CREATE TABLE "contacts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "name" text NOT NULL,
        "title" text,
        "email" text,
        "phone" text,
        "is_primary" boolean NOT NULL DEFAULT false,
        "affiliation_start" date,
        "affiliation_end" date,
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_contacts" PRIMARY KEY ("id"),
        CONSTRAINT "FK_contacts_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_contacts_affiliation" CHECK ("affiliation_end" IS NULL OR "affiliation_start" IS NULL OR "affiliation_end" >= "affiliation_start")
      )`);
    await db.query(`CREATE INDEX "IDX_contacts_partner_id" ON "contacts" ("partner_id")`);
    // At most one primary contact per partner among contacts in use.
    await db.query(`CREATE UNIQUE INDEX "UQ_contacts_primary" ON "contacts" ("partner_id") WHERE "is_primary" AND "archived_at" IS NULL`);
    await db.query(`CREATE INDEX "IDX_contacts_search" ON "contacts" USING GIN (contact_search_document("name", "email", "title"))`);

    await db.query(`
      CREATE TABLE "goals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "text" text NOT NULL,
        "agreed_by" text NOT NULL,
        "last_reviewed_on" date,
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_goals" PRIMARY KEY ("id"),
        CONSTRAINT "FK_goals_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_goals_agreed_by" CHECK ("agreed_by" IN ('library', 'partner', 'both'))
      )`);
    await db.query(`CREATE INDEX "IDX_goals_partner_id" ON "goals" ("partner_id")`);

    await db.query(`
      CREATE TABLE "agreements" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "title" text NOT NULL,
        "starts_on" date,
        "ends_on" date,
        "review_on" date,
        "lists_contributions" boolean NOT NULL DEFAULT false,
        "attachment_url" text,
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_agreements" PRIMARY KEY ("id"),
        CONSTRAINT "FK_agreements_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_agreements_kind" CHECK ("kind" IN ('mou', 'contract', 'letter', 'informal')),
        CONSTRAINT "CHK_agreements_dates" CHECK ("ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on")
      )`);
    await db.query(`CREATE INDEX "IDX_agreements_partner_id" ON "agreements" ("partner_id")`);
    await db.query(`CREATE INDEX "IDX_agreements_review_on" ON "agreements" ("review_on")`);

    // The partner a change belongs to (the partner itself or one of its contacts, goals, agreements…), so the
    // partner timeline reads one index instead of joining every kind of record.
    await db.query(`ALTER TABLE "audit_entries" ADD "partner_id" uuid`);
    await db.query(`CREATE INDEX "IDX_audit_entries_partner" ON "audit_entries" ("partner_id", "occurred_at")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_audit_entries_partner"`);
    await db.query(`ALTER TABLE "audit_entries" DROP COLUMN "partner_id"`);
    await db.query(`DROP TABLE "agreements"`);
    await db.query(`DROP TABLE "goals"`);
    await db.query(`DROP TABLE "contacts"`);
    await db.query(`DROP TABLE "partners"`);
    await db.query(`DROP FUNCTION contact_search_document(text, text, text)`);
    await db.query(`DROP FUNCTION partner_search_document(text, text, text[])`);
  }
}
