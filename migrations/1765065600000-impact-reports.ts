import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved funder summaries (impact reports) and the library's logo for their PDF.
 *
 * A saved report keeps its definition (funder, grant reference, period, scope) beside the figures computed when it
 * was saved, frozen as JSONB: a report sent to a funder must never change afterwards, whatever happens to the records.
 */
export class ImpactReports1765065600000 implements MigrationInterface {
  name = 'ImpactReports1765065600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "impact_reports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "funder_name" text NOT NULL,
        "grant_reference" text NOT NULL DEFAULT '',
        "period_from" date NOT NULL,
        "period_to" date NOT NULL,
        "scope" jsonb NOT NULL,
        "figures" jsonb NOT NULL,
        "figures_computed_at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "created_by" uuid,
        "updated_by" uuid,
        "version" integer NOT NULL,
        "archived_at" timestamptz,
        CONSTRAINT "PK_impact_reports" PRIMARY KEY ("id"),
        CONSTRAINT "FK_impact_reports_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_impact_reports_period" CHECK ("period_to" >= "period_from" AND "period_to" < "period_from" + 5 * 366),
        CONSTRAINT "CHK_impact_reports_funder" CHECK (length(btrim("funder_name")) > 0)
      )`);
    // The saved reports list: newest first among those in use.
    await db.query(`CREATE INDEX "IDX_impact_reports_created" ON "impact_reports" ("created_at" DESC, "id") WHERE "archived_at" IS NULL`);
    await db.query(`CREATE INDEX "IDX_impact_reports_created_by" ON "impact_reports" ("created_by")`);

    // The logo printed on reports: a small PNG or JPEG (the two formats a PDF embeds directly).
    await db.query(`ALTER TABLE "library_settings" ADD "logo" bytea`);
    await db.query(`ALTER TABLE "library_settings" ADD "logo_media_type" text`);
    await db.query(`
      ALTER TABLE "library_settings" ADD CONSTRAINT "CHK_library_settings_logo" CHECK (
        ("logo" IS NULL) = ("logo_media_type" IS NULL) AND
        ("logo_media_type" IS NULL OR "logo_media_type" IN ('image/png', 'image/jpeg')) AND
        ("logo" IS NULL OR octet_length("logo") <= 262144))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "library_settings" DROP CONSTRAINT "CHK_library_settings_logo"`);
    await db.query(`ALTER TABLE "library_settings" DROP COLUMN "logo_media_type"`);
    await db.query(`ALTER TABLE "library_settings" DROP COLUMN "logo"`);
    await db.query(`DROP TABLE "impact_reports"`);
  }
}
