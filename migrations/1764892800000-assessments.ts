import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen copies of the item bank's ids as they were when this migration was written (see the partners migration):
// a later item needs a migration that widens the check, never an edit here.
const HEALTH_ITEMS = ['SA', 'TW', 'CE', 'IR', 'OC'].flatMap((factor) => [1, 2, 3, 4, 5].map((n) => `${factor}${n}`));
const VALUE_ITEMS = ['V1', 'V2', 'V3'];
const SIDES = ['library', 'partner'];

const textArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;

/** Two-sided partnership assessments: waves, responses and one-time invitation links for partner contacts. */
export class Assessments1764892800000 implements MigrationInterface {
  name = 'Assessments1764892800000';

  async up(db: QueryRunner): Promise<void> {
    // A wave groups the answers of one round (staff answers and the links sent out within 90 days of its opening).
    await db.query(`
      CREATE TABLE "assessment_waves" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "opened_on" date NOT NULL,
        "opened_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assessment_waves" PRIMARY KEY ("id"),
        CONSTRAINT "FK_assessment_waves_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assessment_waves_opened_by" FOREIGN KEY ("opened_by") REFERENCES "users"("id") ON DELETE RESTRICT
      )`);
    // "The partner's latest wave" and the newest-first list of waves.
    await db.query(`CREATE INDEX "IDX_assessment_waves_partner_opened" ON "assessment_waves" ("partner_id", "opened_on")`);
    await db.query(`CREATE INDEX "IDX_assessment_waves_opened_by" ON "assessment_waves" ("opened_by")`);

    // Only the SHA-256 of the token is kept: a leaked table cannot be turned back into working links.
    await db.query(`
      CREATE TABLE "assessment_invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "contact_id" uuid NOT NULL,
        "wave_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "emailed_at" timestamptz,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assessment_invitations" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_assessment_invitations_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "FK_assessment_invitations_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assessment_invitations_contact" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assessment_invitations_wave" FOREIGN KEY ("wave_id") REFERENCES "assessment_waves"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assessment_invitations_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_assessment_invitations_token_hash" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
        CONSTRAINT "CHK_assessment_invitations_expiry" CHECK ("expires_at" > "created_at")
      )`);
    await db.query(`CREATE INDEX "IDX_assessment_invitations_partner" ON "assessment_invitations" ("partner_id", "created_at")`);
    await db.query(`CREATE INDEX "IDX_assessment_invitations_wave" ON "assessment_invitations" ("wave_id")`);
    await db.query(`CREATE INDEX "IDX_assessment_invitations_contact" ON "assessment_invitations" ("contact_id")`);
    await db.query(`CREATE INDEX "IDX_assessment_invitations_created_by" ON "assessment_invitations" ("created_by")`);

    // The answers' shape as a check: every health item present, each null ("don't know") or a whole number 1–5, value
    // items optional, nothing else. IMMUTABLE over its arguments only, so it is allowed in a CHECK.
    await db.query(`
      CREATE FUNCTION assessment_answers_valid(answers jsonb, required text[], allowed text[]) RETURNS boolean
      LANGUAGE sql IMMUTABLE AS $$
        SELECT jsonb_typeof(answers) = 'object'
           AND answers ?& required
           AND NOT EXISTS (
             SELECT 1 FROM jsonb_each(answers) AS e(key, value)
              WHERE NOT (e.key = ANY (allowed))
                 OR NOT (jsonb_typeof(e.value) = 'null' OR e.value::text IN ('1', '2', '3', '4', '5')))
      $$`);
    await db.query(`
      CREATE TABLE "assessments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "wave_id" uuid NOT NULL,
        "side" text NOT NULL,
        "respondent_user_id" uuid,
        "respondent_contact_id" uuid,
        "invitation_id" uuid,
        "answered_at" timestamptz NOT NULL,
        "answers" jsonb NOT NULL,
        "collaboration_level" smallint,
        "comments" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assessments" PRIMARY KEY ("id"),
        CONSTRAINT "FK_assessments_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assessments_wave" FOREIGN KEY ("wave_id") REFERENCES "assessment_waves"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assessments_respondent_user" FOREIGN KEY ("respondent_user_id") REFERENCES "users"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assessments_respondent_contact" FOREIGN KEY ("respondent_contact_id") REFERENCES "contacts"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assessments_invitation" FOREIGN KEY ("invitation_id") REFERENCES "assessment_invitations"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_assessments_side" CHECK ("side" IN (${SIDES.map((s) => `'${s}'`).join(', ')})),
        CONSTRAINT "CHK_assessments_respondent" CHECK (
          ("side" = 'library' AND "respondent_user_id" IS NOT NULL AND "respondent_contact_id" IS NULL AND "invitation_id" IS NULL)
          OR ("side" = 'partner' AND "respondent_contact_id" IS NOT NULL AND "respondent_user_id" IS NULL)),
        CONSTRAINT "CHK_assessments_answers" CHECK (
          assessment_answers_valid("answers", ${textArray(HEALTH_ITEMS)}, ${textArray([...HEALTH_ITEMS, ...VALUE_ITEMS])})),
        CONSTRAINT "CHK_assessments_collaboration_level" CHECK ("collaboration_level" BETWEEN 0 AND 5),
        CONSTRAINT "CHK_assessments_comments" CHECK (length("comments") <= 4000)
      )`);
    // A partner's responses by date (the health model reads each respondent's latest; the list reads by wave).
    await db.query(`CREATE INDEX "IDX_assessments_partner_answered" ON "assessments" ("partner_id", "answered_at")`);
    await db.query(`CREATE INDEX "IDX_assessments_wave" ON "assessments" ("wave_id")`);
    await db.query(`CREATE INDEX "IDX_assessments_respondent_user" ON "assessments" ("respondent_user_id")`);
    await db.query(`CREATE INDEX "IDX_assessments_respondent_contact" ON "assessments" ("respondent_contact_id")`);
    // One response per link, even if the single-use update were ever bypassed.
    await db.query(`CREATE UNIQUE INDEX "UQ_assessments_invitation" ON "assessments" ("invitation_id") WHERE "invitation_id" IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "assessments"`);
    await db.query(`DROP FUNCTION assessment_answers_valid(jsonb, text[], text[])`);
    await db.query(`DROP TABLE "assessment_invitations"`);
    await db.query(`DROP TABLE "assessment_waves"`);
  }
}
