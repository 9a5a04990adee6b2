import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Health snapshots, the monthly snapshot run, and the library's scoring policy. */
export class Health1764979200000 implements MigrationInterface {
  name = 'Health1764979200000';

  async up(db: QueryRunner): Promise<void> {
    // One scored state of a partnership on a day (SCORING.md "Trend"). factors: factor key → { score, se, lo, hi,
    // band, confidence, omega, flags[], library, partner } (the side means, for the portfolio's perception gaps);
    // profile: the counts per band, the summary, the weakest factor, the overall mean and the last assessed days.
    // The model version says which rules produced it, so an old snapshot can be reproduced.
    await db.query(`
      CREATE TABLE "health_snapshots" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "as_of" date NOT NULL,
        "reason" text NOT NULL,
        "model_version" text NOT NULL,
        "factors" jsonb NOT NULL,
        "profile" jsonb NOT NULL,
        "taken_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_health_snapshots" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_health_snapshots_reason" CHECK ("reason" IN ('monthly', 'assessment')),
        CONSTRAINT "UQ_health_snapshots_partner_day_reason" UNIQUE ("partner_id", "as_of", "reason"),
        CONSTRAINT "FK_health_snapshots_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT
      )`);
    // The history and "the latest snapshot of each partner" (DISTINCT ON partner_id … ORDER BY as_of DESC).
    await db.query(`CREATE INDEX "IDX_health_snapshots_partner_as_of" ON "health_snapshots" ("partner_id", "as_of", "taken_at")`);
    // The monthly run claims its month here (INSERT … ON CONFLICT DO NOTHING): it runs once across API processes.
    await db.query(`
      CREATE TABLE "health_snapshot_runs" (
        "month" date NOT NULL,
        "started_at" timestamptz NOT NULL,
        "finished_at" timestamptz,
        "partners" integer,
        CONSTRAINT "PK_health_snapshot_runs" PRIMARY KEY ("month")
      )`);
    // null = the default policy of libs/scoring; the model version changes with the policy (modelVersionOf).
    await db.query(`ALTER TABLE "library_settings" ADD "scoring_policy" jsonb`);
    await db.query(`ALTER TABLE "library_settings" ADD "scoring_model_version" text NOT NULL DEFAULT '1'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "library_settings" DROP COLUMN "scoring_model_version"`);
    await db.query(`ALTER TABLE "library_settings" DROP COLUMN "scoring_policy"`);
    await db.query(`DROP TABLE "health_snapshot_runs"`);
    await db.query(`DROP TABLE "health_snapshots"`);
  }
}
