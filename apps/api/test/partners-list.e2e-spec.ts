import { buildPartnerListQuery } from '../src/modules/partners/partner-list.query';
import { prefixSearchTerms } from '../src/modules/search/prefix-tsquery';
import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

type Staff = { id: string; email: string; name: string };
type Partner = { id: string; name: string; version: number };

const DAY = 24 * 60 * 60 * 1000;

describe('Partners list: filters, sorts, search, pages', () => {
  let t: TestApp;
  let lena: Staff;
  let marcus: Staff;
  let asLena: SignedInAgent;
  let asMarcus: SignedInAgent;
  const p: Record<'riverside' | 'adams' | 'zenith' | 'museum' | 'oldTown', Partner> = {} as never;

  const isoDay = (offsetDays: number) => new Date(t.clock.now().getTime() + offsetDays * DAY).toISOString().slice(0, 10);
  const names = (body: { items: { name: string }[] }) => body.items.map((item) => item.name);
  const list = async (query: Record<string, unknown>, agent = asLena) => (await agent.get('/api/v1/partners').query(query).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    lena = await t.createStaff('librarian', { name: 'Lena Okafor' });
    marcus = await t.createStaff('manager', { name: 'Marcus Reyes' });
    asLena = await t.signIn(lena.email);
    asMarcus = await t.signIn(marcus.email);
    const create = async (body: Record<string, unknown>) => (await asLena.post('/api/v1/partners').send(body).expect(201)).body as Partner;

    p.riverside = await create({
      name: 'Riverside Food Bank', type: 'social-service-nonprofit', stage: 'active', focusAreas: ['health-wellness'],
      tags: ['food'], liaisonId: lena.id, description: 'Weekly pantry and nutrition classes.',
    });
    p.adams = await create({
      name: 'Adams Elementary School', type: 'k12-school', stage: 'exploring', focusAreas: ['early-literacy', 'summer-reading'],
      tags: ['summer'], liaisonId: marcus.id, description: 'Reading buddies for second graders.',
    });
    p.zenith = await create({
      name: 'Zenith Makerspace', type: 'business', stage: 'sustaining', focusAreas: ['stem'], tags: ['summer', 'stem'],
      description: 'Hosts robotics nights for teens near the riverside park.',
    });
    p.museum = await create({ name: 'Museum of the Prairie', type: 'museum', stage: 'prospect', focusAreas: ['arts-culture'], liaisonId: lena.id });
    p.oldTown = await create({ name: 'Old Town Players', type: 'arts-cultural', stage: 'ended' });
    await asLena.post(`/api/v1/partners/${p.oldTown.id}/archive`).send({ version: 1 }).expect(200);
    // The last edit, so updatedAt orders Riverside last.
    p.riverside = (await asLena.patch(`/api/v1/partners/${p.riverside.id}`).send({ version: 1, contactCadenceDays: 21 }).expect(200)).body;

    const contact = (partnerId: string, name: string, extra: { title?: string; email?: string; primary?: boolean; archived?: boolean } = {}) =>
      t.db.query(
        `INSERT INTO contacts (partner_id, name, title, email, is_primary, version, archived_at) VALUES ($1, $2, $3, $4, $5, 1, $6)`,
        [partnerId, name, extra.title ?? null, extra.email ?? null, extra.primary ?? false, extra.archived ? t.clock.now() : null],
      );
    await contact(p.museum.id, 'Ana Ruiz', { title: 'Curator', email: 'ana@prairie-museum.example', primary: true });
    await contact(p.adams.id, "Oliver O'Brien", { title: 'Principal' });
    await contact(p.riverside.id, 'Gwendolyn Formerly', { archived: true, primary: true });

    // Last contact counts live, two-way, substantive communications only.
    const communication = (partnerId: string, daysAgo: number, extra: { twoWay?: boolean; substantive?: boolean; archived?: boolean } = {}) =>
      t.db.query(
        `INSERT INTO communications (partner_id, occurred_at, channel, initiated_by, two_way, substantive, version, archived_at)
         VALUES ($1, $2, 'meeting', 'library', $3, $4, 1, $5)`,
        [partnerId, new Date(t.clock.now().getTime() - daysAgo * DAY), extra.twoWay ?? true, extra.substantive ?? true, extra.archived ? t.clock.now() : null],
      );
    await communication(p.riverside.id, 3);
    await communication(p.riverside.id, 1, { twoWay: false });
    await communication(p.adams.id, 10);
    await communication(p.adams.id, 2, { substantive: false });
    await communication(p.museum.id, 1, { substantive: false });
    await communication(p.zenith.id, 1, { archived: true });

    const agreement = (partnerId: string, reviewOn: string, archived = false) =>
      t.db.query(`INSERT INTO agreements (partner_id, kind, title, review_on, version, archived_at) VALUES ($1, 'mou', 'MOU', $2, 1, $3)`, [
        partnerId, reviewOn, archived ? t.clock.now() : null,
      ]);
    await agreement(p.riverside.id, isoDay(10));
    await agreement(p.adams.id, isoDay(60));
    await agreement(p.museum.id, isoDay(-100), true);
    // Adams's goal was last reviewed so that it is due 45 days from now; the museum's goal was never reviewed.
    const reviewed = new Date(`${isoDay(45)}T00:00:00Z`);
    reviewed.setUTCFullYear(reviewed.getUTCFullYear() - 1);
    await t.db.query(`INSERT INTO goals (partner_id, text, agreed_by, last_reviewed_on, version) VALUES ($1, 'Double buddy sign-ups', 'both', $2, 1)`, [
      p.adams.id, reviewed.toISOString().slice(0, 10),
    ]);
    await t.db.query(`INSERT INTO goals (partner_id, text, agreed_by, version, created_at) VALUES ($1, 'Open a gallery corner', 'library', 1, $2)`, [
      p.museum.id, t.clock.now(),
    ]);
  });
  afterAll(() => t.close());

  it('lists live partners by name by default, with liaison, primary contact and next review', async () => {
    const body = await list({});
    expect(names(body)).toEqual(['Adams Elementary School', 'Museum of the Prairie', 'Riverside Food Bank', 'Zenith Makerspace']);
    expect(body.total).toBe(4);
    expect(body.nextCursor).toBeNull();
    const museum = body.items.find((item: { id: string }) => item.id === p.museum.id);
    expect(museum).toMatchObject({
      liaison: { id: lena.id, name: 'Lena Okafor' },
      primaryContact: { id: expect.any(String), name: 'Ana Ruiz', email: 'ana@prairie-museum.example', phone: null },
      nextReviewOn: isoDay(0),
      needsReview: true,
    });
    const byName = Object.fromEntries(body.items.map((item: { name: string }) => [item.name, item]));
    expect(byName['Riverside Food Bank']).toMatchObject({ nextReviewOn: isoDay(10), needsReview: true, primaryContact: null, contactCadenceDays: 21 });
    expect(byName['Adams Elementary School']).toMatchObject({ nextReviewOn: isoDay(45), needsReview: false, liaison: { id: marcus.id, name: 'Marcus Reyes' } });
    expect(byName['Zenith Makerspace']).toMatchObject({ nextReviewOn: null, needsReview: false, liaison: null });
    // The list and the single view agree.
    expect((await asLena.get(`/api/v1/partners/${p.museum.id}`).expect(200)).body).toEqual(museum);
  });

  it('filters by stage (repeatable), type, focus area (any of), tag', async () => {
    expect(names(await list({ stage: ['active', 'sustaining'] }))).toEqual(['Riverside Food Bank', 'Zenith Makerspace']);
    expect(names(await list({ stage: 'exploring' }))).toEqual(['Adams Elementary School']);
    expect(names(await list({ type: 'museum' }))).toEqual(['Museum of the Prairie']);
    expect(names(await list({ type: ['museum', 'business'] }))).toEqual(['Museum of the Prairie', 'Zenith Makerspace']);
    expect(names(await list({ focusArea: ['summer-reading', 'stem'] }))).toEqual(['Adams Elementary School', 'Zenith Makerspace']);
    expect(names(await list({ focusArea: 'arts-culture' }))).toEqual(['Museum of the Prairie']);
    expect(names(await list({ tag: 'summer' }))).toEqual(['Adams Elementary School', 'Zenith Makerspace']);
    expect(names(await list({ tag: 'food', stage: 'exploring' }))).toEqual([]);
  });

  it('filters by liaison, including "me"', async () => {
    expect(names(await list({ liaisonId: 'me' }, asLena))).toEqual(['Museum of the Prairie', 'Riverside Food Bank']);
    expect(names(await list({ liaisonId: 'me' }, asMarcus))).toEqual(['Adams Elementary School']);
    expect(names(await list({ liaisonId: marcus.id }, asLena))).toEqual(['Adams Elementary School']);
  });

  it('filters by needsReview using the clock', async () => {
    expect(names(await list({ needsReview: true }))).toEqual(['Museum of the Prairie', 'Riverside Food Bank']);
    expect(names(await list({ needsReview: false }))).toHaveLength(4);
    t.clock.advanceMinutes(20 * 24 * 60);
    try {
      // Twenty days on, every session has timed out: sign in again.
      const later = await list({ needsReview: true }, await t.signIn(lena.email));
      expect(names(later)).toEqual(['Adams Elementary School', 'Museum of the Prairie', 'Riverside Food Bank']);
      expect(later.items.every((item: { needsReview: boolean }) => item.needsReview)).toBe(true);
    } finally {
      t.clock.advanceMinutes(-20 * 24 * 60);
      asLena = await t.signIn(lena.email);
    }
  });

  it('shows live partners by default, archived ones with archived=true, both with archived=all', async () => {
    expect(names(await list({ archived: 'false' }))).toHaveLength(4);
    const archived = await list({ archived: true });
    expect(names(archived)).toEqual(['Old Town Players']);
    expect(archived.items[0].archivedAt).toEqual(expect.any(String));
    expect(names(await list({ archived: 'all' }))).toEqual([
      'Adams Elementary School', 'Museum of the Prairie', 'Old Town Players', 'Riverside Food Bank', 'Zenith Makerspace',
    ]);
  });

  it.each([
    ['name', ['Adams Elementary School', 'Museum of the Prairie', 'Riverside Food Bank', 'Zenith Makerspace']],
    ['-name', ['Zenith Makerspace', 'Riverside Food Bank', 'Museum of the Prairie', 'Adams Elementary School']],
    // By label: Business, K-12 school or district, Museum, Social service nonprofit.
    ['type', ['Zenith Makerspace', 'Adams Elementary School', 'Museum of the Prairie', 'Riverside Food Bank']],
    ['-type', ['Riverside Food Bank', 'Museum of the Prairie', 'Adams Elementary School', 'Zenith Makerspace']],
    // Board order: prospect, exploring, active, sustaining.
    ['stage', ['Museum of the Prairie', 'Adams Elementary School', 'Riverside Food Bank', 'Zenith Makerspace']],
    ['-stage', ['Zenith Makerspace', 'Riverside Food Bank', 'Adams Elementary School', 'Museum of the Prairie']],
    // Liaison name, then partner name; no liaison last either way.
    ['liaison', ['Museum of the Prairie', 'Riverside Food Bank', 'Adams Elementary School', 'Zenith Makerspace']],
    ['-liaison', ['Adams Elementary School', 'Museum of the Prairie', 'Riverside Food Bank', 'Zenith Makerspace']],
    ['nextReviewOn', ['Museum of the Prairie', 'Riverside Food Bank', 'Adams Elementary School', 'Zenith Makerspace']],
    ['-nextReviewOn', ['Adams Elementary School', 'Riverside Food Bank', 'Museum of the Prairie', 'Zenith Makerspace']],
    // Never contacted counts as longest ago; name breaks ties.
    ['lastContactAt', ['Museum of the Prairie', 'Zenith Makerspace', 'Adams Elementary School', 'Riverside Food Bank']],
    ['-lastContactAt', ['Riverside Food Bank', 'Adams Elementary School', 'Museum of the Prairie', 'Zenith Makerspace']],
    ['createdAt', ['Riverside Food Bank', 'Adams Elementary School', 'Zenith Makerspace', 'Museum of the Prairie']],
    ['-createdAt', ['Museum of the Prairie', 'Zenith Makerspace', 'Adams Elementary School', 'Riverside Food Bank']],
    ['updatedAt', ['Adams Elementary School', 'Zenith Makerspace', 'Museum of the Prairie', 'Riverside Food Bank']],
    ['-updatedAt', ['Riverside Food Bank', 'Museum of the Prairie', 'Zenith Makerspace', 'Adams Elementary School']],
  ])('sorts by %s', async (sort, expected) => {
    expect(names(await list({ sort }))).toEqual(expected);
  });

  it('shows when the last two-way, substantive contact happened', async () => {
    const lastContact = Object.fromEntries((await list({})).items.map((item: { name: string; lastContactAt: string | null }) => [item.name, item.lastContactAt]));
    expect(lastContact).toEqual({
      'Riverside Food Bank': new Date(t.clock.now().getTime() - 3 * DAY).toISOString(),
      'Adams Elementary School': new Date(t.clock.now().getTime() - 10 * DAY).toISOString(),
      'Museum of the Prairie': null,
      'Zenith Makerspace': null,
    });
    expect((await asLena.get(`/api/v1/partners/${p.adams.id}`).expect(200)).body.lastContactAt).toBe(lastContact['Adams Elementary School']);
  });

  it('shows each partner’s health profile from its latest snapshot and sorts by the weakest factor’s score', async () => {
    const snapshot = (partnerId: string, asOf: string, reason: string, weakest: string | null, score: number, text: string) =>
      t.db.query(
        `INSERT INTO health_snapshots (partner_id, as_of, reason, model_version, factors, profile, taken_at)
         VALUES ($1, $2, $3, '1', $4::jsonb, $5::jsonb, $6)`,
        [
          partnerId, asOf, reason,
          JSON.stringify({ SA: { score, band: 'borderline' }, TW: { score: 4.2 }, CE: { score: 4.3 }, IR: { score: 4.4 }, OC: { score: 4.5 } }),
          JSON.stringify({ strength: 4, borderline: 1, concern: 0, insufficient: 0, weakestFactor: weakest, overall: 4, text, flags: [], lastAssessedOn: null }),
          t.clock.now(),
        ],
      );
    // Riverside's older snapshot is superseded by the one after its assessment; Adams has no scored factor.
    await snapshot(p.riverside.id, isoDay(-40), 'monthly', 'SA', 2.1, 'old');
    await snapshot(p.riverside.id, isoDay(-3), 'assessment', 'SA', 3.4, '4 strength · 1 borderline');
    await snapshot(p.zenith.id, isoDay(-10), 'monthly', 'SA', 2.8, '4 strength · 1 borderline');
    await snapshot(p.adams.id, isoDay(-10), 'monthly', null, 3, '5 insufficient evidence');
    try {
      const body = await list({ sort: 'weakestFactor' });
      expect(names(body)).toEqual(['Zenith Makerspace', 'Riverside Food Bank', 'Adams Elementary School', 'Museum of the Prairie']);
      const riverside = body.items.find((item: { name: string }) => item.name === 'Riverside Food Bank');
      expect(riverside.health).toEqual({ strength: 4, borderline: 1, concern: 0, insufficient: 0, weakestFactor: 'SA', overall: 4, text: '4 strength · 1 borderline' });
      expect(body.items.find((item: { name: string }) => item.name === 'Museum of the Prairie').health).toBeNull();
      expect(names(await list({ sort: '-weakestFactor' }))).toEqual(['Riverside Food Bank', 'Zenith Makerspace', 'Adams Elementary School', 'Museum of the Prairie']);
      // One partner's page reads the same row.
      expect((await asLena.get(`/api/v1/partners/${p.riverside.id}`).expect(200)).body.health.text).toBe('4 strength · 1 borderline');
    } finally {
      await t.db.query('DELETE FROM health_snapshots');
    }
  });

  it('pages with limit and cursor, keeping the total', async () => {
    const first = await list({ limit: 3 });
    expect(names(first)).toEqual(['Adams Elementary School', 'Museum of the Prairie', 'Riverside Food Bank']);
    expect(first.total).toBe(4);
    const second = await list({ limit: 3, cursor: first.nextCursor });
    expect(names(second)).toEqual(['Zenith Makerspace']);
    expect(second).toMatchObject({ total: 4, nextCursor: null });
    expect(await list({ offset: 10 })).toEqual({ items: [], total: 4, nextCursor: null });
  });

  it('searches names, tags, descriptions and contacts by word prefix, ranking partner-name matches first', async () => {
    // "riv": Riverside's name, and Zenith's description ("near the riverside park").
    expect(names(await list({ q: 'riv' }))).toEqual(['Riverside Food Bank', 'Zenith Makerspace']);
    expect(names(await list({ q: 'Riverside' }))).toEqual(['Riverside Food Bank', 'Zenith Makerspace']);
    expect(names(await list({ q: 'riverside food' }))).toEqual(['Riverside Food Bank']);
    // A contact's name, title or email finds its partner; an archived contact does not.
    expect(names(await list({ q: 'ana' }))).toEqual(['Museum of the Prairie']);
    expect(names(await list({ q: 'curat' }))).toEqual(['Museum of the Prairie']);
    expect(names(await list({ q: 'ana@prairie' }))).toEqual(['Museum of the Prairie']);
    expect(names(await list({ q: "O'Brien" }))).toEqual(['Adams Elementary School']);
    expect(names(await list({ q: 'gwendolyn' }))).toEqual([]);
    // Tags, and stemmed description words typed in full.
    expect(names(await list({ q: 'stem' }))).toEqual(['Zenith Makerspace']);
    expect(names(await list({ q: 'robotics' }))).toEqual(['Zenith Makerspace']);
    expect(names(await list({ q: 'pantry' }))).toEqual(['Riverside Food Bank']);
    expect((await list({ q: 'nothing-like-this' })).total).toBe(0);
  });

  it('combines search with filters and an explicit sort', async () => {
    expect(names(await list({ q: 'riv', sort: '-name' }))).toEqual(['Zenith Makerspace', 'Riverside Food Bank']);
    expect(names(await list({ q: 'riv', stage: 'sustaining' }))).toEqual(['Zenith Makerspace']);
    expect(names(await list({ q: 'old', archived: 'all' }))).toEqual(['Old Town Players']);
    expect(names(await list({ q: 'old' }))).toEqual([]);
  });

  it('never fails on search syntax in what people type', async () => {
    for (const q of ["O'Brien & (x)", '!', '&&', 'a:*b', '"unclosed', '\\', '<->', 'riv | zen', '(((', '🎉', 'ÆØÅ', '図書館']) {
      const res = await asLena.get('/api/v1/partners').query({ q });
      expect({ q, status: res.status }).toEqual({ q, status: 200 });
    }
  });

  it('refuses unknown filter values and sorts (400 naming the parameter)', async () => {
    for (const [query, field] of [
      [{ stage: ['active', 'married'] }, 'stage'],
      [{ type: 'zoo' }, 'type'],
      [{ focusArea: 'astrology' }, 'focusArea'],
      [{ liaisonId: 'someone' }, 'liaisonId'],
      [{ archived: 'maybe' }, 'archived'],
      [{ needsReview: 'soon' }, 'needsReview'],
      [{ sort: 'password' }, 'sort'],
      [{ limit: 500 }, 'limit'],
      [{ q: 'x'.repeat(201) }, 'q'],
    ] as const) {
      const res = await asLena.get('/api/v1/partners').query(query).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
  });

  it('writes q so the GIN search indexes can serve it, on a few thousand partners', async () => {
    await t.db.query(`
      INSERT INTO partners (name, type, stage, description, tags, version)
      SELECT 'Bulk Partner ' || n, 'business', 'active', 'Generated partner number ' || n || ' for the plan check.', ARRAY['bulk'], 1
        FROM generate_series(1, 4000) AS n`);
    await t.db.query(`
      INSERT INTO contacts (partner_id, name, email, version)
      SELECT id, 'Person ' || substr(md5(id::text), 1, 8), substr(md5(id::text), 1, 8) || '@bulk.example', 1 FROM partners WHERE name LIKE 'Bulk Partner %'`);
    await t.db.query('ANALYZE partners; ANALYZE contacts');
    // Whether PostgreSQL prefers the index on a table this small is its own call (a scan of stored documents is
    // cheap too); what must hold is that the query is written so the GIN indexes can serve it.
    const planOf = (q: string) => {
      const { sql, params } = buildPartnerListQuery({ searchTerms: prefixSearchTerms(q), archived: 'false' }, { limit: 25, offset: 0 });
      return t.db.transaction(async (db) => {
        await db.query('SET LOCAL enable_seqscan = off');
        const rows: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN ${sql}`, params);
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
    };
    // Several words must match within one contact: the contacts themselves.
    const plan = await planOf('riverside foo');
    expect(plan).toContain('IDX_partners_search');
    expect(plan).toContain('IDX_contacts_search');
    expect(plan).not.toContain('IDX_partner_contact_documents_search');
    // One word (as people start typing): each partner's document of its contacts' words.
    expect(await planOf('riverside')).toContain('IDX_partner_contact_documents_search');
    expect(names(await list({ q: 'riverside foo' }))).toEqual(['Riverside Food Bank']);
    const bulk = await list({ q: 'bulk', limit: 5 });
    expect(bulk.total).toBe(4000);
  });
});
