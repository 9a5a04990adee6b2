import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff accounts, their sessions, the audit log and the login rate-limit counters. */
export class Platform1764201600000 implements MigrationInterface {
  name = 'Platform1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "email" text NOT NULL,
        "role" text NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "password_hash" text NOT NULL,
        "last_signed_in_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "created_by" uuid,
        "updated_by" uuid,
        "version" integer NOT NULL,
        CONSTRAINT "PK_users" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_users_role" CHECK ("role" IN ('librarian', 'manager', 'admin'))
      )`);
    // Emails are unique whatever their case: "Ana@Library.org" and "ana@library.org" are one person.
    await db.query(`CREATE UNIQUE INDEX "UQ_users_email_lower" ON "users" (lower("email"))`);

    await db.query(`
      CREATE TABLE "staff_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" text NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_seen_at" timestamptz NOT NULL,
        "idle_expires_at" timestamptz NOT NULL,
        "user_agent" text,
        CONSTRAINT "PK_staff_sessions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_staff_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await db.query(`CREATE UNIQUE INDEX "IDX_staff_sessions_token_hash" ON "staff_sessions" ("token_hash")`);
    await db.query(`CREATE INDEX "IDX_staff_sessions_user_id" ON "staff_sessions" ("user_id")`);

    await db.query(`
      CREATE TABLE "audit_entries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "occurred_at" timestamptz NOT NULL,
        "sequence" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "actor_id" uuid,
        "entity_type" text NOT NULL,
        "entity_id" uuid NOT NULL,
        "action" text NOT NULL,
        "changes" jsonb NOT NULL,
        CONSTRAINT "PK_audit_entries" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE INDEX "IDX_audit_entries_occurred_at" ON "audit_entries" ("occurred_at")`);
    await db.query(`CREATE INDEX "IDX_audit_entries_actor_id" ON "audit_entries" ("actor_id")`);
    await db.query(
      `CREATE INDEX "IDX_audit_entries_entity" ON "audit_entries" ("entity_type", "entity_id", "occurred_at")`,
    );

    // Owned by rate-limiter-flexible (RateLimiterPostgres); created here so the schema stays in migrations.
    await db.query(`
      CREATE TABLE "rate_limits" (
        "key" varchar(255) PRIMARY KEY,
        "points" integer NOT NULL DEFAULT 0,
        "expire" bigint
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "rate_limits"`);
    await db.query(`DROP TABLE "audit_entries"`);
    await db.query(`DROP TABLE "staff_sessions"`);
    await db.query(`DROP TABLE "users"`);
  }
}
