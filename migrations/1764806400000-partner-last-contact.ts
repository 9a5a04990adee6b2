import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Both two-way and substantive, and in use: the communications that count as contact (IDX_communications_last_contact). */
const COUNTS_AS_CONTACT = (row: 'NEW' | 'OLD') => `(${row}.two_way AND ${row}.substantive AND ${row}.archived_at IS NULL)`;

/**
 * A row trigger function that calls `refresh(partner)` for the partner of the row written, and for both partners when
 * an update moved the row from one to another: locked (by `refresh`) in id order, so that two moves in opposite
 * directions cannot deadlock.
 */
const refreshPartnersOfRow = (name: string, refresh: string) => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    first_partner uuid;
    second_partner uuid;
  BEGIN
    IF TG_OP = 'DELETE' THEN
      first_partner := OLD.partner_id;
    ELSE
      first_partner := NEW.partner_id;
      IF TG_OP = 'UPDATE' AND OLD.partner_id <> NEW.partner_id THEN second_partner := OLD.partner_id; END IF;
    END IF;
    IF second_partner IS NOT NULL AND second_partner < first_partner THEN
      SELECT second_partner, first_partner INTO first_partner, second_partner;
    END IF;
    PERFORM ${refresh}(first_partner);
    IF second_partner IS NOT NULL THEN PERFORM ${refresh}(second_partner); END IF;
    RETURN NULL;
  END $$`;

/**
 * Each partner's last two-way substantive live contact, kept on the partner row by a trigger; each partner's live
 * contacts' words in one stored document (the list's search); and indexes that let the partner list read its common
 * sorts and filters, and the attention list its counts, from index pages.
 *
 * Before this, the partner list, the attention list and the home page found each partner's last contact with a
 * backward probe of IDX_communications_last_contact per partner: the attention list made 1,135 of them per request
 * (~6 ms of its ~20). The partner row now carries it, maintained like the programs' session totals: a row trigger on
 * communications recomputes the affected partner's value (one backward probe) whenever a change can move it.
 */
export class PartnerLastContact1764806400000 implements MigrationInterface {
  name = 'PartnerLastContact1764806400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "partners" ADD "last_contact_at" timestamptz`);

    // Recomputing (rather than taking the greater of the old value and the new date) also covers what lowers it: an
    // edit to an earlier date, archiving, flipping two-way or substantive off, a move to another partner, a delete.
    //
    // Why this is race-free: the partner row is locked (FOR NO KEY UPDATE) by a statement of its own before the
    // recomputation, and in READ COMMITTED each statement of a VOLATILE function takes a new snapshot. So the
    // recomputation runs after every other transaction that recomputed this partner has committed (they held the
    // lock until then) and sees their communications; a transaction that has written a communication but not yet
    // recomputed will recompute after us, under the same lock, and see ours. The last to recompute sees everything.
    // (Under REPEATABLE READ the lock would raise a serialization error instead of reading a stale snapshot.)
    // Communication writers take the same lock up front (PartnerReferenceRepository.requireLive with 'last-contact'):
    // two share locks both upgrading here would deadlock. The UPDATE writes last_contact_at only: no version,
    // updated_at or audit entry (a partner's optimistic lock is for people's edits), and the search-document trigger
    // fires only for UPDATE OF name, description, tags. It skips the write when the value is unchanged.
    await db.query(`
      CREATE FUNCTION partner_refresh_last_contact(partner uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        latest timestamptz;
      BEGIN
        PERFORM 1 FROM partners WHERE id = partner FOR NO KEY UPDATE;
        SELECT c.occurred_at INTO latest FROM communications c
         WHERE c.partner_id = partner AND c.two_way AND c.substantive AND c.archived_at IS NULL
         ORDER BY c.occurred_at DESC LIMIT 1;
        UPDATE partners SET last_contact_at = latest WHERE id = partner AND last_contact_at IS DISTINCT FROM latest;
      END $$`);
    await db.query(refreshPartnersOfRow('communications_refresh_partner_last_contact', 'partner_refresh_last_contact'));
    // WHEN clauses: only changes that can move a partner's last contact run the function (a summary edit, or a log
    // that is not two-way and substantive, costs nothing). The service writes every column on an edit, so the
    // update trigger compares values rather than trusting UPDATE OF alone.
    await db.query(`
      CREATE TRIGGER "TRG_communications_last_contact_insert" AFTER INSERT ON "communications"
      FOR EACH ROW WHEN ${COUNTS_AS_CONTACT('NEW')} EXECUTE FUNCTION communications_refresh_partner_last_contact()`);
    await db.query(`
      CREATE TRIGGER "TRG_communications_last_contact_update"
      AFTER UPDATE OF "partner_id", "occurred_at", "two_way", "substantive", "archived_at" ON "communications"
      FOR EACH ROW WHEN ((${COUNTS_AS_CONTACT('OLD')} OR ${COUNTS_AS_CONTACT('NEW')}) AND
        (OLD.partner_id, OLD.occurred_at, ${COUNTS_AS_CONTACT('OLD')}) IS DISTINCT FROM (NEW.partner_id, NEW.occurred_at, ${COUNTS_AS_CONTACT('NEW')}))
      EXECUTE FUNCTION communications_refresh_partner_last_contact()`);
    await db.query(`
      CREATE TRIGGER "TRG_communications_last_contact_delete" AFTER DELETE ON "communications"
      FOR EACH ROW WHEN ${COUNTS_AS_CONTACT('OLD')} EXECUTE FUNCTION communications_refresh_partner_last_contact()`);
    // Every logged conversation now writes its partner's row, which clears that heap page's all-visible bit, and the
    // list and attention queries read live partners from index pages (index-only scans) as long as it is set. The
    // table is small (2,000 rows on ~290 pages), so let autovacuum set the bits again after ~90 such writes rather than
    // the default 50 + 20% of the rows (~450).
    await db.query(`ALTER TABLE "partners" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 50)`);
    await db.query(`
      UPDATE "partners" p SET "last_contact_at" = lc.latest
        FROM (SELECT partner_id, max(occurred_at) AS latest FROM communications
               WHERE two_way AND substantive AND archived_at IS NULL GROUP BY partner_id) lc
       WHERE p.id = lc.partner_id`);

    // Each partner's live contacts' words in one document (positions and weights stripped: a contact match adds a
    // fixed amount to its partner's rank, so nothing ranks them), in a table of its own: the list's search finds the
    // partners with a matching contact with one GIN lookup over 2,000 short rows instead of 20,000 contacts' (for
    // "mar": ~1,600 contacts on ~740 heap pages, then a DISTINCT). Its own table rather than a partners column, so a
    // contact's change writes neither the wide partner row nor its dozen indexes, and contact writers, who hold a
    // share lock on the partner, never need to upgrade it. Rows appear with a partner's first contact. Merged and
    // without positions, it answers a query of single words exactly; the list sends phrases and several words to the
    // contacts themselves (see partner-list.query.ts).
    await db.query(`
      CREATE TABLE "partner_contact_documents" (
        "partner_id" uuid NOT NULL,
        "document" tsvector NOT NULL,
        CONSTRAINT "PK_partner_contact_documents" PRIMARY KEY ("partner_id"),
        CONSTRAINT "FK_partner_contact_documents_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX "IDX_partner_contact_documents_search" ON "partner_contact_documents" USING GIN ("document")`);
    // Race-free as the last contact is: the document row is locked by a statement of its own (made first if need
    // be), and the recomputation that follows takes a new snapshot. The triggers are deferred to the commit, so that
    // lock is the last a contact write takes: a write that locked the document and then waited for another contact
    // row (making a contact primary demotes the other one) could otherwise deadlock with a writer of that row.
    await db.query(`
      CREATE FUNCTION partner_refresh_contact_document(partner uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO partner_contact_documents (partner_id, document) VALUES (partner, '') ON CONFLICT (partner_id) DO NOTHING;
        PERFORM 1 FROM partner_contact_documents WHERE partner_id = partner FOR UPDATE;
        UPDATE partner_contact_documents d SET document = w.document
          FROM (SELECT array_to_tsvector(coalesce(array_agg(DISTINCT x.lexeme), '{}')) AS document
                  FROM contacts c CROSS JOIN LATERAL unnest(c.search_document) x
                 WHERE c.partner_id = partner AND c.archived_at IS NULL) w
         WHERE d.partner_id = partner AND d.document IS DISTINCT FROM w.document;
      END $$`);
    await db.query(refreshPartnersOfRow('contacts_refresh_partner_document', 'partner_refresh_contact_document'));
    // AFTER triggers see the search document the BEFORE trigger (TRG_contacts_search_document) has just made.
    const deferred = 'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW';
    await db.query(`
      CREATE CONSTRAINT TRIGGER "TRG_contacts_partner_document_insert" AFTER INSERT ON "contacts"
      ${deferred} WHEN (NEW.archived_at IS NULL) EXECUTE FUNCTION contacts_refresh_partner_document()`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER "TRG_contacts_partner_document_update"
      AFTER UPDATE OF "partner_id", "name", "email", "title", "archived_at" ON "contacts"
      ${deferred} WHEN ((OLD.archived_at IS NULL OR NEW.archived_at IS NULL) AND
        (OLD.partner_id, OLD.search_document, OLD.archived_at IS NULL) IS DISTINCT FROM (NEW.partner_id, NEW.search_document, NEW.archived_at IS NULL))
      EXECUTE FUNCTION contacts_refresh_partner_document()`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER "TRG_contacts_partner_document_delete" AFTER DELETE ON "contacts"
      ${deferred} WHEN (OLD.archived_at IS NULL) EXECUTE FUNCTION contacts_refresh_partner_document()`);
    await db.query(`
      INSERT INTO "partner_contact_documents" ("partner_id", "document")
      SELECT c.partner_id, array_to_tsvector(array_agg(DISTINCT x.lexeme))
        FROM contacts c CROSS JOIN LATERAL unnest(c.search_document) x
       WHERE c.archived_at IS NULL
       GROUP BY c.partner_id`);

    // The partner list's default order (name) and its sort by last change, over live partners, with the common
    // filters' columns: the page and its total come from an index-only scan (measured on the large data set: the
    // filtered list's scan 2.4 → 0.6 ms). name is included because PostgreSQL reads lower(name) from the index only
    // if the column itself is there. Archived views read the table.
    await db.query(`DROP INDEX "IDX_partners_updated_at"`);
    await db.query(
      `CREATE INDEX "IDX_partners_live_updated_at" ON "partners" ("updated_at", "id") INCLUDE ("stage", "type", "liaison_id") WHERE "archived_at" IS NULL`,
    );
    await db.query(
      `CREATE INDEX "IDX_partners_live_name" ON "partners" (lower("name"), "id") INCLUDE ("name", "stage", "type", "liaison_id") WHERE "archived_at" IS NULL`,
    );

    // The attention list counts every overdue follow-up and every review due of a live partner. Rather than hashing
    // all ~2,000 live partners once per rule to learn which are live, it leaves out the archived ones (a few dozen),
    // read from this index. (That the partner's row changes with every logged conversation does not touch it.)
    await db.query(`CREATE INDEX "IDX_partners_archived" ON "partners" ("id") WHERE "archived_at" IS NOT NULL`);
    // Goals due for review by a day, read from index pages instead of computing every goal's due day: the expression
    // is goalReviewDueOnSql's with its 12 months, frozen here (the query must spell it the same way for PostgreSQL to
    // use the index), and the columns it is made of are included so that the scan needs no heap visit.
    await db.query(
      `CREATE INDEX "IDX_goals_review_due" ON "goals" ((coalesce((last_reviewed_on + make_interval(months => 12))::date, (created_at AT TIME ZONE 'UTC')::date)))
       INCLUDE ("id", "partner_id", "last_reviewed_on", "created_at") WHERE "archived_at" IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_goals_review_due"`);
    await db.query(`DROP INDEX "IDX_partners_archived"`);
    await db.query(`DROP INDEX "IDX_partners_live_name"`);
    await db.query(`DROP INDEX "IDX_partners_live_updated_at"`);
    await db.query(`CREATE INDEX "IDX_partners_updated_at" ON "partners" ("updated_at")`);
    await db.query(`DROP TRIGGER "TRG_contacts_partner_document_delete" ON "contacts"`);
    await db.query(`DROP TRIGGER "TRG_contacts_partner_document_update" ON "contacts"`);
    await db.query(`DROP TRIGGER "TRG_contacts_partner_document_insert" ON "contacts"`);
    await db.query(`DROP FUNCTION contacts_refresh_partner_document()`);
    await db.query(`DROP FUNCTION partner_refresh_contact_document(uuid)`);
    await db.query(`DROP TABLE "partner_contact_documents"`);
    await db.query(`DROP TRIGGER "TRG_communications_last_contact_delete" ON "communications"`);
    await db.query(`DROP TRIGGER "TRG_communications_last_contact_update" ON "communications"`);
    await db.query(`DROP TRIGGER "TRG_communications_last_contact_insert" ON "communications"`);
    await db.query(`DROP FUNCTION communications_refresh_partner_last_contact()`);
    await db.query(`DROP FUNCTION partner_refresh_last_contact(uuid)`);
    await db.query(`ALTER TABLE "partners" RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold)`);
    await db.query(`ALTER TABLE "partners" DROP COLUMN "last_contact_at"`);
  }
}
