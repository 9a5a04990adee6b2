import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stores each partner's and contact's search document instead of indexing an expression. With the expression
 * index, ranking (ts_rank) recomputed to_tsvector over every matching row, and the planner, thinking the function
 * cheap, often scanned the table instead: `q=mar` on 2,000 partners took ~75 ms a query. A trigger keeps the stored
 * document in step with the columns it is made of; the documents' definitions stay the two SQL functions.
 */
export class StoredSearchDocuments1764374400000 implements MigrationInterface {
  name = 'StoredSearchDocuments1764374400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "partners" ADD "search_document" tsvector`);
    await db.query(`ALTER TABLE "contacts" ADD "search_document" tsvector`);
    await db.query(`
      CREATE FUNCTION partners_refresh_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := partner_search_document(NEW.name, NEW.description, NEW.tags);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE FUNCTION contacts_refresh_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := contact_search_document(NEW.name, NEW.email, NEW.title);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER "TRG_partners_search_document" BEFORE INSERT OR UPDATE OF "name", "description", "tags"
      ON "partners" FOR EACH ROW EXECUTE FUNCTION partners_refresh_search_document()`);
    await db.query(`
      CREATE TRIGGER "TRG_contacts_search_document" BEFORE INSERT OR UPDATE OF "name", "email", "title"
      ON "contacts" FOR EACH ROW EXECUTE FUNCTION contacts_refresh_search_document()`);
    await db.query(`UPDATE "partners" SET "search_document" = partner_search_document("name", "description", "tags")`);
    await db.query(`UPDATE "contacts" SET "search_document" = contact_search_document("name", "email", "title")`);
    await db.query(`ALTER TABLE "partners" ALTER "search_document" SET NOT NULL`);
    await db.query(`ALTER TABLE "contacts" ALTER "search_document" SET NOT NULL`);
    await db.query(`DROP INDEX "IDX_partners_search"`);
    await db.query(`DROP INDEX "IDX_contacts_search"`);
    await db.query(`CREATE INDEX "IDX_partners_search" ON "partners" USING GIN ("search_document")`);
    await db.query(`CREATE INDEX "IDX_contacts_search" ON "contacts" USING GIN ("search_document")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_contacts_search"`);
    await db.query(`DROP INDEX "IDX_partners_search"`);
    await db.query(`DROP TRIGGER "TRG_contacts_search_document" ON "contacts"`);
    await db.query(`DROP TRIGGER "TRG_partners_search_document" ON "partners"`);
    await db.query(`DROP FUNCTION contacts_refresh_search_document()`);
    await db.query(`DROP FUNCTION partners_refresh_search_document()`);
    await db.query(`ALTER TABLE "contacts" DROP COLUMN "search_document"`);
    await db.query(`ALTER TABLE "partners" DROP COLUMN "search_document"`);
    await db.query(`CREATE INDEX "IDX_partners_search" ON "partners" USING GIN (partner_search_document("name", "description", "tags"))`);
    await db.query(`CREATE INDEX "IDX_contacts_search" ON "contacts" USING GIN (contact_search_document("name", "email", "title"))`);
  }
}
