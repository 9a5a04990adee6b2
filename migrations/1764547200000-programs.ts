import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen copies of the vocabularies as they were when this migration was written (see the partners migration).
const FOCUS_AREAS = ['civic-engagement', 'digital-learning', 'early-literacy', 'economic-development', 'lifelong-learning', 'health-wellness', 'arts-culture', 'media-literacy', 'summer-reading', 'stem', 'other'];
const PUBLICS = ['whole-community', 'children-0-5', 'children-6-11', 'teens', 'adults', 'older-adults', 'families', 'new-americans', 'job-seekers', 'people-with-disabilities', 'people-experiencing-homelessness', 'students', 'veterans', 'other'];
const IMPACT_AREAS = ['connected', 'knowledgeable', 'creative', 'civically-engaged', 'healthy', 'economically-vital', 'welcoming', 'joyful', 'caring'];
const PRIMARY_OUTCOMES = ['new-knowledge', 'new-skills', 'changed-attitudes', 'changed-behaviours', 'resource-awareness', 'fun-inspiration', 'stronger-community'];
const DEVELOPMENT_MODELS = ['library', 'with-partner', 'national-regional'];
const PROGRAM_FORMATS = ['workshop-class', 'talk-presentation', 'discussion-group', 'storytime', 'club-series', 'drop-in-help', 'fair-festival', 'performance', 'exhibition', 'tour-visit', 'other'];
const LOCATIONS = ['library', 'partner-site', 'online', 'hybrid'];
const AUDIENCE_SCOPES = ['whole-community', 'specific-groups'];
const AGE_BANDS = ['age-0-5', 'age-6-11', 'age-12-18', 'age-19-plus', 'general'];
const LIBRARY_ROLES = ['sponsor', 'co-sponsor', 'promotion-only'];
const PROGRAM_STATUSES = ['planned', 'held', 'cancelled', 'postponed'];
const STATUS_REASONS = ['time', 'funding', 'staff', 'low-registration', 'weather', 'other'];
const PROGRAM_ROLES = ['lead', 'co-host', 'presenter', 'venue-host', 'promoter', 'funder', 'volunteer-provider', 'evaluator', 'other'];
const SESSION_FORMATS = ['in-person-onsite', 'in-person-offsite', 'live-virtual', 'recorded'];
const SIDES = ['library', 'partner'];
const CONTRIBUTION_TYPES = ['expertise', 'space', 'promotion', 'funding', 'volunteers', 'staff-time', 'materials'];
const CONTRIBUTION_UNITS = ['hours', 'days', 'sessions', 'items', 'people', 'dollars'];
const CONTRIBUTION_STAGES = ['planned', 'actual'];
const OUTCOME_MEASURES = ['knowledge', 'confidence', 'application', 'awareness'];
const OUTCOME_TIMINGS = ['immediate', 'follow-up'];
const NOTE_KINDS = ['story', 'quote', 'outcome', 'lesson', 'media-mention'];
const VALUE_DIMENSIONS = ['better-programs', 'deeper-impacts', 'expanded-capacities'];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const oneOf = (column: string, values: string[]) => `"${column}" IN (${list(values)})`;
const allOf = (column: string, values: string[]) => `"${column}" <@ ARRAY[${list(values)}]::text[]`;

const RECORD_COLUMNS = `
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "created_by" uuid,
  "updated_by" uuid,
  "version" integer NOT NULL,
  "archived_at" timestamptz`;

/**
 * Joint programs and what hangs off them: sessions with attendance, partners' roles, the contributions ledger,
 * participant outcome results and impact notes; the library's settings (volunteer-hour rate); commitments gain
 * their program.
 */
export class Programs1764547200000 implements MigrationInterface {
  name = 'Programs1764547200000';

  async up(db: QueryRunner): Promise<void> {
    // One row: the library's own settings. Later capabilities add columns (scoring policy, logo).
    await db.query(`
      CREATE TABLE "library_settings" (
        "id" smallint NOT NULL DEFAULT 1,
        "library_name" text NOT NULL DEFAULT 'Our library',
        "volunteer_hour_rate" numeric(8,2) NOT NULL,
        "volunteer_rate_source" text NOT NULL DEFAULT 'Independent Sector, national value of volunteer time',
        "volunteer_rate_year" integer NOT NULL DEFAULT 2024,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "updated_by" uuid,
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_library_settings" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_library_settings_single" CHECK ("id" = 1),
        CONSTRAINT "CHK_library_settings_rate" CHECK ("volunteer_hour_rate" >= 0 AND "volunteer_rate_year" BETWEEN 1990 AND 2200)
      )`);
    // Independent Sector's national value of volunteer time until the library sets its own.
    await db.query(`INSERT INTO "library_settings" ("id", "volunteer_hour_rate") VALUES (1, 34.79)`);

    await db.query(`
      CREATE TABLE "programs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "topic" text NOT NULL,
        "primary_outcome" text NOT NULL,
        "development_model" text NOT NULL,
        "format" text NOT NULL,
        "location" text NOT NULL,
        "audience_scope" text NOT NULL DEFAULT 'whole-community',
        "target_groups" text[] NOT NULL DEFAULT '{}',
        "age_bands" text[] NOT NULL DEFAULT '{}',
        "library_role" text NOT NULL,
        "impact_areas" text[] NOT NULL DEFAULT '{}',
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "status" text NOT NULL DEFAULT 'planned',
        "status_reason" text,
        "status_note" text,
        "agreement_done_on" date,
        "branding_approved_on" date,
        "volunteers_cleared_on" date,
        "space_booked_on" date,
        "timing_confirmed_on" date,
        "partner_credited" boolean NOT NULL DEFAULT false,
        "outcome_summary_shared_on" date,
        "search_document" tsvector NOT NULL,
        "session_count" integer NOT NULL DEFAULT 0,
        "attendance_total" integer NOT NULL DEFAULT 0,
        "recorded_views_total" integer NOT NULL DEFAULT 0,
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_programs" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_programs_topic" CHECK (${oneOf('topic', FOCUS_AREAS)}),
        CONSTRAINT "CHK_programs_primary_outcome" CHECK (${oneOf('primary_outcome', PRIMARY_OUTCOMES)}),
        CONSTRAINT "CHK_programs_development_model" CHECK (${oneOf('development_model', DEVELOPMENT_MODELS)}),
        CONSTRAINT "CHK_programs_format" CHECK (${oneOf('format', PROGRAM_FORMATS)}),
        CONSTRAINT "CHK_programs_location" CHECK (${oneOf('location', LOCATIONS)}),
        CONSTRAINT "CHK_programs_audience_scope" CHECK (${oneOf('audience_scope', AUDIENCE_SCOPES)}),
        CONSTRAINT "CHK_programs_target_groups" CHECK (${allOf('target_groups', PUBLICS)}),
        CONSTRAINT "CHK_programs_age_bands" CHECK (${allOf('age_bands', AGE_BANDS)}),
        CONSTRAINT "CHK_programs_library_role" CHECK (${oneOf('library_role', LIBRARY_ROLES)}),
        CONSTRAINT "CHK_programs_impact_areas" CHECK (${allOf('impact_areas', IMPACT_AREAS)}),
        CONSTRAINT "CHK_programs_dates" CHECK ("ends_on" >= "starts_on"),
        CONSTRAINT "CHK_programs_status" CHECK (${oneOf('status', PROGRAM_STATUSES)}),
        CONSTRAINT "CHK_programs_status_reason" CHECK (
          ("status" IN ('cancelled', 'postponed')) = ("status_reason" IS NOT NULL) AND
          ("status_reason" IS NULL OR ${oneOf('status_reason', STATUS_REASONS)}))
      )`);
    await db.query(`CREATE INDEX "IDX_programs_starts_on" ON "programs" ("starts_on", "id")`);
    await db.query(`CREATE INDEX "IDX_programs_status" ON "programs" ("status")`);
    await db.query(`CREATE INDEX "IDX_programs_topic" ON "programs" ("topic")`);
    // The header's search finds programs by the words of their title (unstemmed, like partners' names): a stored
    // document kept by a trigger and its GIN index, as for partners, contacts and communications.
    await db.query(`
      CREATE FUNCTION programs_refresh_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := to_tsvector('simple', NEW.title);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER "TRG_programs_search_document" BEFORE INSERT OR UPDATE OF "title"
      ON "programs" FOR EACH ROW EXECUTE FUNCTION programs_refresh_search_document()`);
    await db.query(`CREATE INDEX "IDX_programs_search" ON "programs" USING GIN ("search_document")`);

    await db.query(`
      CREATE TABLE "program_roles" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "program_id" uuid NOT NULL,
        "partner_id" uuid NOT NULL,
        "role" text NOT NULL,
        "responsibilities" text NOT NULL DEFAULT '',
        "owner_contact_id" uuid,
        "owner_named_on" date,
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_program_roles" PRIMARY KEY ("id"),
        CONSTRAINT "FK_program_roles_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_program_roles_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_program_roles_owner_contact" FOREIGN KEY ("owner_contact_id") REFERENCES "contacts"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_program_roles_role" CHECK (${oneOf('role', PROGRAM_ROLES)})
      )`);
    await db.query(`CREATE INDEX "IDX_program_roles_program" ON "program_roles" ("program_id")`);
    await db.query(`CREATE INDEX "IDX_program_roles_partner" ON "program_roles" ("partner_id", "program_id")`);
    // A partner plays a given role in a program once (among roles in use).
    await db.query(`CREATE UNIQUE INDEX "UQ_program_roles_live" ON "program_roles" ("program_id", "partner_id", "role") WHERE "archived_at" IS NULL`);

    await db.query(`
      CREATE TABLE "program_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "program_id" uuid NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "format" text NOT NULL,
        "attendance_age_0_5" integer NOT NULL DEFAULT 0,
        "attendance_age_6_11" integer NOT NULL DEFAULT 0,
        "attendance_age_12_18" integer NOT NULL DEFAULT 0,
        "attendance_age_19_plus" integer NOT NULL DEFAULT 0,
        "attendance_general" integer NOT NULL DEFAULT 0,
        "recorded_views" integer,
        "audience_matched" boolean,
        "notes" text NOT NULL DEFAULT '',
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_program_sessions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_program_sessions_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_program_sessions_format" CHECK (${oneOf('format', SESSION_FORMATS)}),
        CONSTRAINT "CHK_program_sessions_attendance" CHECK (
          "attendance_age_0_5" >= 0 AND "attendance_age_6_11" >= 0 AND "attendance_age_12_18" >= 0 AND
          "attendance_age_19_plus" >= 0 AND "attendance_general" >= 0 AND ("recorded_views" IS NULL OR "recorded_views" >= 0))
      )`);
    await db.query(`CREATE INDEX "IDX_program_sessions_program" ON "program_sessions" ("program_id", "starts_at")`);

    // Each program carries its live sessions' totals, so the programs list can total 20,000 programs without
    // summing 100,000 sessions per request. Kept by a trigger, like the search documents; recounting the program's
    // own sessions (a handful) on every change is simpler and safer than adding deltas. Session writers lock the
    // program FOR NO KEY UPDATE first, so two of them never deadlock on this UPDATE.
    await db.query(`
      CREATE FUNCTION program_session_totals_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE programs p SET
          session_count = t.sessions, attendance_total = t.attendance, recorded_views_total = t.views
        FROM (
          SELECT count(*)::int AS sessions,
                 coalesce(sum(s.attendance_age_0_5 + s.attendance_age_6_11 + s.attendance_age_12_18 +
                              s.attendance_age_19_plus + s.attendance_general), 0)::int AS attendance,
                 coalesce(sum(s.recorded_views), 0)::int AS views
            FROM program_sessions s
           WHERE s.program_id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.program_id ELSE NEW.program_id END)
             AND s.archived_at IS NULL
        ) t
        WHERE p.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.program_id ELSE NEW.program_id END);
        IF TG_OP = 'UPDATE' AND OLD.program_id <> NEW.program_id THEN
          UPDATE programs p SET
            session_count = t.sessions, attendance_total = t.attendance, recorded_views_total = t.views
          FROM (
            SELECT count(*)::int AS sessions,
                   coalesce(sum(s.attendance_age_0_5 + s.attendance_age_6_11 + s.attendance_age_12_18 +
                                s.attendance_age_19_plus + s.attendance_general), 0)::int AS attendance,
                   coalesce(sum(s.recorded_views), 0)::int AS views
              FROM program_sessions s WHERE s.program_id = OLD.program_id AND s.archived_at IS NULL
          ) t
          WHERE p.id = OLD.program_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER "TRG_program_sessions_totals" AFTER INSERT OR UPDATE OR DELETE ON "program_sessions"
      FOR EACH ROW EXECUTE FUNCTION program_session_totals_refresh()`);

    await db.query(`
      CREATE TABLE "contributions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "side" text NOT NULL,
        "partner_id" uuid,
        "program_id" uuid,
        "type" text NOT NULL,
        "stage" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "quantity" numeric(12,2),
        "unit" text,
        "money_value" numeric(12,2),
        "rate" numeric(10,2),
        "rate_source" text,
        "rate_year" integer,
        "contributed_on" date NOT NULL,
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_contributions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_contributions_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_contributions_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_contributions_side" CHECK (${oneOf('side', SIDES)}),
        -- A partner's contribution names the partner; the library's names the partnership or the program it went to.
        CONSTRAINT "CHK_contributions_link" CHECK ("partner_id" IS NOT NULL OR ("side" = 'library' AND "program_id" IS NOT NULL)),
        CONSTRAINT "CHK_contributions_type" CHECK (${oneOf('type', CONTRIBUTION_TYPES)}),
        CONSTRAINT "CHK_contributions_stage" CHECK (${oneOf('stage', CONTRIBUTION_STAGES)}),
        CONSTRAINT "CHK_contributions_unit" CHECK ("unit" IS NULL OR ${oneOf('unit', CONTRIBUTION_UNITS)}),
        CONSTRAINT "CHK_contributions_amounts" CHECK (
          ("quantity" IS NULL OR "quantity" >= 0) AND ("money_value" IS NULL OR "money_value" >= 0) AND
          ("quantity" IS NULL) = ("unit" IS NULL)),
        CONSTRAINT "CHK_contributions_rate" CHECK (("rate" IS NULL) = ("rate_source" IS NULL) AND ("rate" IS NULL) = ("rate_year" IS NULL))
      )`);
    await db.query(`CREATE INDEX "IDX_contributions_partner" ON "contributions" ("partner_id", "contributed_on")`);
    await db.query(`CREATE INDEX "IDX_contributions_program" ON "contributions" ("program_id")`);

    await db.query(`
      CREATE TABLE "outcome_results" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "program_id" uuid NOT NULL,
        "session_id" uuid,
        "timing" text NOT NULL,
        "measure" text NOT NULL,
        "respondents" integer NOT NULL,
        "strongly_disagree" integer NOT NULL DEFAULT 0,
        "disagree" integer NOT NULL DEFAULT 0,
        "neutral" integer NOT NULL DEFAULT 0,
        "agree" integer NOT NULL DEFAULT 0,
        "strongly_agree" integer NOT NULL DEFAULT 0,
        "non_responses" integer NOT NULL DEFAULT 0,
        "collected_on" date,
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_outcome_results" PRIMARY KEY ("id"),
        CONSTRAINT "FK_outcome_results_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_outcome_results_session" FOREIGN KEY ("session_id") REFERENCES "program_sessions"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_outcome_results_timing" CHECK (${oneOf('timing', OUTCOME_TIMINGS)}),
        CONSTRAINT "CHK_outcome_results_measure" CHECK (${oneOf('measure', OUTCOME_MEASURES)}),
        CONSTRAINT "CHK_outcome_results_counts" CHECK (
          "strongly_disagree" >= 0 AND "disagree" >= 0 AND "neutral" >= 0 AND "agree" >= 0 AND "strongly_agree" >= 0 AND
          "non_responses" >= 0 AND
          "strongly_disagree" + "disagree" + "neutral" + "agree" + "strongly_agree" + "non_responses" = "respondents")
      )`);
    await db.query(`CREATE INDEX "IDX_outcome_results_program" ON "outcome_results" ("program_id")`);
    // One result per measure and timing for the whole program, and one per session.
    await db.query(
      `CREATE UNIQUE INDEX "UQ_outcome_results_live" ON "outcome_results" ("program_id", coalesce("session_id", '00000000-0000-0000-0000-000000000000'::uuid), "timing", "measure") WHERE "archived_at" IS NULL`,
    );

    await db.query(`
      CREATE TABLE "impact_notes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "text" text NOT NULL,
        "attribution" text,
        "value_dimension" text NOT NULL,
        "consent_to_quote" boolean NOT NULL DEFAULT false,
        "partner_id" uuid,
        "program_id" uuid,
        "noted_on" date NOT NULL,
        "source_url" text,
        "search_document" tsvector NOT NULL,
        ${RECORD_COLUMNS},
        CONSTRAINT "PK_impact_notes" PRIMARY KEY ("id"),
        CONSTRAINT "FK_impact_notes_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_impact_notes_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_impact_notes_kind" CHECK (${oneOf('kind', NOTE_KINDS)}),
        CONSTRAINT "CHK_impact_notes_value_dimension" CHECK (${oneOf('value_dimension', VALUE_DIMENSIONS)}),
        CONSTRAINT "CHK_impact_notes_link" CHECK ("partner_id" IS NOT NULL OR "program_id" IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX "IDX_impact_notes_partner" ON "impact_notes" ("partner_id")`);
    await db.query(`CREATE INDEX "IDX_impact_notes_program" ON "impact_notes" ("program_id")`);
    // The header's search finds notes by the words of their text (stemmed, like communications' summaries), newest
    // first: a stored document kept by a trigger and its GIN index, and the notes in use by date.
    await db.query(`
      CREATE FUNCTION impact_notes_refresh_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := to_tsvector('english', NEW.text);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER "TRG_impact_notes_search_document" BEFORE INSERT OR UPDATE OF "text"
      ON "impact_notes" FOR EACH ROW EXECUTE FUNCTION impact_notes_refresh_search_document()`);
    await db.query(`CREATE INDEX "IDX_impact_notes_search" ON "impact_notes" USING GIN ("search_document")`);
    await db.query(`CREATE INDEX "IDX_impact_notes_noted_on" ON "impact_notes" ("noted_on", "id") WHERE "archived_at" IS NULL`);

    // Role duties and other program work are commitments linked to their program.
    await db.query(`ALTER TABLE "commitments" ADD "program_id" uuid`);
    await db.query(`ALTER TABLE "commitments" ADD CONSTRAINT "FK_commitments_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT`);
    await db.query(`CREATE INDEX "IDX_commitments_program" ON "commitments" ("program_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_commitments_program"`);
    await db.query(`ALTER TABLE "commitments" DROP CONSTRAINT "FK_commitments_program"`);
    await db.query(`ALTER TABLE "commitments" DROP COLUMN "program_id"`);
    await db.query(`DROP TABLE "impact_notes"`);
    await db.query(`DROP FUNCTION impact_notes_refresh_search_document()`);
    await db.query(`DROP TABLE "outcome_results"`);
    await db.query(`DROP TABLE "contributions"`);
    await db.query(`DROP TABLE "program_sessions"`);
    await db.query(`DROP FUNCTION program_session_totals_refresh()`);
    await db.query(`DROP TABLE "program_roles"`);
    await db.query(`DROP TABLE "programs"`);
    await db.query(`DROP FUNCTION programs_refresh_search_document()`);
    await db.query(`DROP TABLE "library_settings"`);
  }
}
