import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The index that lets the programs list read its totals and its page from index pages.
 *
 * The programs list sums every matching program's session totals and sorts by them (see program-list.query.ts).
 * Those columns lie after the wide ones (description, text arrays, the search document), so reading them from the
 * table cost ~12 ms for 20,000 live programs; this partial index carries them, and the filters' narrow columns, for
 * live programs: the totals and the page become index-only scans. On the large data set (fastest execution of 25,
 * on a busy machine) the default list went from 18.5 to 3.1 ms, this year's held and planned programs by
 * attendance from 48 to 7 ms. It replaces IDX_programs_starts_on, whose readers (the list's newest-first page, the
 * month calendar, search's newest programs) all ask for live programs; lists of archived programs scan the table,
 * as their totals did already.
 *
 * The price: a session written updates its program's totals (a trigger), which are now in an index, so that update
 * is no longer HOT and adds an entry to each of the program's indexes. Sessions are written by people, a few at a
 * time; the list is read on every visit.
 */
export class ProgramListIndexes1764720000000 implements MigrationInterface {
  name = 'ProgramListIndexes1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX "IDX_programs_live_list" ON "programs" ("starts_on", "id")
         INCLUDE ("ends_on", "status", "session_count", "attendance_total") WHERE "archived_at" IS NULL`,
    );
    await db.query(`DROP INDEX "IDX_programs_starts_on"`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "IDX_programs_starts_on" ON "programs" ("starts_on", "id")`);
    await db.query(`DROP INDEX "IDX_programs_live_list"`);
  }
}
