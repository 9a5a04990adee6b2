import type { QueryRunner } from 'typeorm';
import { insertPartner } from './factories/partner.factory';
import { startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

const DAY = 24 * 60 * 60 * 1000;

/**
 * partners.last_contact_at and the partners' contact documents are kept by triggers (migration
 * 1764806400000-partner-last-contact): whatever writes communications or contacts, the API or plain SQL, the partner
 * row and the document follow, and nothing a person edits on the partner moves.
 */
describe('Each partner’s last contact and contact words, kept by triggers', () => {
  let t: TestApp;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;

  const daysAgo = (days: number) => new Date(t.clock.now().getTime() - days * DAY);
  const lastContactOf = async (partnerId: string): Promise<string | null> =>
    (await asLibrarian.get(`/api/v1/partners/${partnerId}`).expect(200)).body.lastContactAt;
  /** What a person's edit of the partner depends on: unchanged by anything the triggers do. */
  const stampsOf = async (partnerId: string) =>
    ((await t.db.query('SELECT version, updated_at, updated_by, search_document::text AS document FROM partners WHERE id = $1', [partnerId])) as unknown[])[0];
  const log = async (partnerId: string, occurredAt: Date, extra: Record<string, unknown> = {}) =>
    (await asLibrarian.post('/api/v1/communications').send({ partnerId, channel: 'meeting', occurredAt: occurredAt.toISOString(), ...extra }).expect(201))
      .body as { id: string; version: number };
  const edit = async (id: string, version: number, changes: Record<string, unknown>) =>
    (await asManager.patch(`/api/v1/communications/${id}`).send({ version, ...changes }).expect(200)).body as { id: string; version: number };

  beforeAll(async () => {
    ({ t, asManager, asLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('follows logging, editing the date, two-way and substantive, archiving and restoring, without touching the partner’s version', async () => {
    const partner = await insertPartner(t.db);
    const before = await stampsOf(partner.id);
    expect(await lastContactOf(partner.id)).toBeNull();

    const older = await log(partner.id, daysAgo(10));
    expect(await lastContactOf(partner.id)).toBe(daysAgo(10).toISOString());
    // Only two-way, substantive ones count; an earlier one changes nothing.
    await log(partner.id, daysAgo(1), { twoWay: false });
    await log(partner.id, daysAgo(1), { channel: 'email', substantive: false });
    await log(partner.id, daysAgo(20));
    expect(await lastContactOf(partner.id)).toBe(daysAgo(10).toISOString());

    let latest = await log(partner.id, daysAgo(3));
    expect(await lastContactOf(partner.id)).toBe(daysAgo(3).toISOString());
    // Moved to an earlier day: the one before it is the last again; moved back, it is the last.
    latest = await edit(latest.id, latest.version, { occurredAt: daysAgo(15).toISOString() });
    expect(await lastContactOf(partner.id)).toBe(daysAgo(10).toISOString());
    latest = await edit(latest.id, latest.version, { occurredAt: daysAgo(2).toISOString() });
    expect(await lastContactOf(partner.id)).toBe(daysAgo(2).toISOString());
    // Flipped to one-way, then back; not substantive, then back.
    latest = await edit(latest.id, latest.version, { twoWay: false });
    expect(await lastContactOf(partner.id)).toBe(daysAgo(10).toISOString());
    latest = await edit(latest.id, latest.version, { twoWay: true });
    expect(await lastContactOf(partner.id)).toBe(daysAgo(2).toISOString());
    latest = await edit(latest.id, latest.version, { substantive: false });
    expect(await lastContactOf(partner.id)).toBe(daysAgo(10).toISOString());
    latest = await edit(latest.id, latest.version, { substantive: true });
    // A summary edit is not a change of contact.
    latest = await edit(latest.id, latest.version, { summary: 'Went over the spring plans.' });
    expect(await lastContactOf(partner.id)).toBe(daysAgo(2).toISOString());

    // Archived: no longer contact; restored: contact again. Archiving every one leaves none.
    latest = (await asManager.post(`/api/v1/communications/${latest.id}/archive`).send({ version: latest.version }).expect(200)).body;
    expect(await lastContactOf(partner.id)).toBe(daysAgo(10).toISOString());
    latest = (await asManager.post(`/api/v1/communications/${latest.id}/restore`).send({ version: latest.version }).expect(200)).body;
    expect(await lastContactOf(partner.id)).toBe(daysAgo(2).toISOString());
    await t.db.query(`UPDATE communications SET archived_at = now() WHERE partner_id = $1`, [partner.id]);
    expect(await lastContactOf(partner.id)).toBeNull();
    await t.db.query(`UPDATE communications SET archived_at = NULL WHERE id = $1`, [older.id]);
    expect(await lastContactOf(partner.id)).toBe(daysAgo(10).toISOString());

    // None of it was an edit of the partner: same version, updated_at, search document; no audit entry for it.
    expect(await stampsOf(partner.id)).toEqual(before);
    expect(await t.db.query(`SELECT action FROM audit_entries WHERE entity_type = 'partner' AND entity_id = $1`, [partner.id])).toEqual([]);
  });

  it('lets a person save a partner edit with the version they read before a conversation was logged', async () => {
    const partner = (await asManager.post('/api/v1/partners').send({ name: 'Harbor Arts Collective', type: 'arts-cultural' }).expect(201)).body;
    await log(partner.id, daysAgo(4));
    const saved = (await asManager.patch(`/api/v1/partners/${partner.id}`).send({ version: partner.version, contactCadenceDays: 14 }).expect(200)).body;
    expect(saved).toMatchObject({ version: partner.version + 1, contactCadenceDays: 14, lastContactAt: daysAgo(4).toISOString() });
    // And the edit leaves the last contact alone.
    expect(await lastContactOf(partner.id)).toBe(daysAgo(4).toISOString());
  });

  it('recomputes both partners when a communication moves to another, and the partner when one is deleted', async () => {
    const [from, to] = [await insertPartner(t.db), await insertPartner(t.db)];
    const moved = await log(from.id, daysAgo(1));
    await log(from.id, daysAgo(6));
    await log(to.id, daysAgo(9));
    await t.db.query('UPDATE communications SET partner_id = $2 WHERE id = $1', [moved.id, to.id]);
    expect([await lastContactOf(from.id), await lastContactOf(to.id)]).toEqual([daysAgo(6).toISOString(), daysAgo(1).toISOString()]);

    await t.db.query('DELETE FROM audit_entries WHERE entity_id = $1', [moved.id]);
    await t.db.query('DELETE FROM communications WHERE id = $1', [moved.id]);
    expect(await lastContactOf(to.id)).toBe(daysAgo(9).toISOString());
  });

  it('ends with the later date when two conversations with one partner are logged at once', async () => {
    for (let round = 0; round < 5; round++) {
      const partner = await insertPartner(t.db);
      const [first, second] = [daysAgo(3 + round), daysAgo(2 + round)];
      // Both succeed (no deadlock between the two writers), in whichever order they commit.
      await Promise.all([log(partner.id, second), log(partner.id, first)]);
      expect(await lastContactOf(partner.id)).toBe(second.toISOString());
    }
  });

  it('sees a concurrent writer’s committed conversation, even one that did not lock the partner first', async () => {
    const partner = await insertPartner(t.db);
    const insert = (db: QueryRunner, occurredAt: Date) =>
      db.query(
        `INSERT INTO communications (partner_id, occurred_at, channel, initiated_by, two_way, substantive, version)
         VALUES ($1, $2, 'call', 'library', true, true, 1)`,
        [partner.id, occurredAt],
      );
    const [a, b] = [t.db.createQueryRunner(), t.db.createQueryRunner()];
    try {
      await a.startTransaction();
      await b.startTransaction();
      // A logs the later conversation and holds the partner until it commits; B's earlier one waits in its trigger.
      await insert(a, daysAgo(1));
      const waiting = insert(b, daysAgo(5));
      await waitUntilBlocked(t, 'INSERT INTO communications');
      await a.commitTransaction();
      await waiting;
      await b.commitTransaction();
    } finally {
      await Promise.all([a.release(), b.release()]);
    }
    // B recomputed after A committed, so it saw A's later conversation rather than writing its own earlier date.
    expect(await lastContactOf(partner.id)).toBe(daysAgo(1).toISOString());
  });

  it('finds a partner by its live contacts’ words as contacts are added, renamed, archived, restored and moved', async () => {
    const search = async (q: string) => ((await asLibrarian.get('/api/v1/partners').query({ q }).expect(200)).body.items as { id: string }[]).map((item) => item.id);
    const partner = await insertPartner(t.db, { name: 'Lakeview Community Garden' });
    const other = await insertPartner(t.db, { name: 'Northside Tenants Union' });
    expect(await search('quixote')).toEqual([]);

    const contact = (await asLibrarian.post(`/api/v1/partners/${partner.id}/contacts`).send({ name: 'Quentin Quixote', title: 'Garden Steward' }).expect(201)).body;
    await asLibrarian.post(`/api/v1/partners/${partner.id}/contacts`).send({ name: 'Zelda Brightwater', email: 'zelda@lakeview.example' }).expect(201);
    expect(await search('quix')).toEqual([partner.id]);
    expect(await search('stew')).toEqual([partner.id]);
    expect(await search('zelda@lakeview')).toEqual([partner.id]);
    // Words of two different contacts are not one contact's match.
    expect(await search('quentin quixote')).toEqual([partner.id]);
    expect(await search('quentin brightwater')).toEqual([]);

    const renamed = (await asLibrarian.patch(`/api/v1/contacts/${contact.id}`).send({ version: contact.version, name: 'Quentin Marsh' }).expect(200)).body;
    expect(await search('quix')).toEqual([]);
    expect(await search('marsh')).toEqual([partner.id]);
    const archived = (await asManager.post(`/api/v1/contacts/${contact.id}/archive`).send({ version: renamed.version }).expect(200)).body;
    expect(await search('marsh')).toEqual([]);
    await asManager.post(`/api/v1/contacts/${contact.id}/restore`).send({ version: archived.version }).expect(200);
    expect(await search('marsh')).toEqual([partner.id]);

    await t.db.query('UPDATE contacts SET partner_id = $2 WHERE id = $1', [contact.id, other.id]);
    expect(await search('marsh')).toEqual([other.id]);
    expect(await search('zelda')).toEqual([partner.id]);
    expect(
      await t.db.query('SELECT partner_id FROM partner_contact_documents WHERE partner_id = ANY($1) ORDER BY document::text', [[partner.id, other.id]]),
    ).toHaveLength(2);
  });
});

/** Waits until another session is waiting for a lock while running `statementStart`. */
async function waitUntilBlocked(t: TestApp, statementStart: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const rows = (await t.db.query(
      `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND ltrim(query) LIKE $1 || '%'`,
      [statementStart],
    )) as unknown[];
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`No session waited for a lock while running ${statementStart}`);
}
