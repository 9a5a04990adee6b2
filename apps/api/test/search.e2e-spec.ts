import { insertCommunication } from './factories/communications-sql.factory';
import { insertProgram, insertRole, setProgramArchived } from './factories/program.factory';
import { prefixTsQuerySql } from '../src/modules/search/prefix-tsquery';
import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

type Result = {
  kind: string;
  id: string;
  title: string;
  subtitle: string;
  partnerId: string | null;
  archived: boolean;
  partnerName: string | null;
  programId: string | null;
  channel: string | null;
  occurredAt: string | null;
};
/** The fields that came with programs, communications and notes, as partners and contacts have them. */
const NOTHING_MORE = { programId: null, channel: null, occurredAt: null };

describe('Search (header search box)', () => {
  let t: TestApp;
  let asLena: SignedInAgent;
  const ids: Record<string, string> = {};

  const search = async (q: string, extra: Record<string, unknown> = {}) =>
    (await asLena.get('/api/v1/search').query({ q, ...extra }).expect(200)).body.items as Result[];
  const titles = (items: Result[]) => items.map((item) => `${item.kind}:${item.title}`);

  beforeAll(async () => {
    t = await startTestApp();
    const lena = await t.createStaff('librarian', { name: 'Lena Okafor' });
    asLena = await t.signIn(lena.email);
    ids.lena = lena.id;
    const create = async (body: Record<string, unknown>) => (await asLena.post('/api/v1/partners').send(body).expect(201)).body.id as string;
    ids.riverside = await create({ name: 'Riverside Food Bank', type: 'social-service-nonprofit', stage: 'active' });
    ids.zenith = await create({ name: 'Zenith Makerspace', type: 'business', stage: 'sustaining', description: 'Robotics nights by the riverside park.' });
    ids.museum = await create({ name: 'Museum of the Prairie', type: 'museum', stage: 'prospect' });
    ids.oldRiver = await create({ name: 'Old River Players', type: 'arts-cultural', stage: 'ended' });
    await asLena.post(`/api/v1/partners/${ids.oldRiver}/archive`).send({ version: 1 }).expect(200);
    const contact = async (partnerId: string, name: string, title: string | null, email: string | null = null, archived = false) =>
      (
        await t.db.query(
          'INSERT INTO contacts (partner_id, name, title, email, version, archived_at) VALUES ($1, $2, $3, $4, 1, $5) RETURNING id',
          [partnerId, name, title, email, archived ? new Date() : null],
        )
      )[0].id as string;
    ids.ana = await contact(ids.museum, 'Ana Ruiz', 'Curator', 'ana@prairie-museum.example');
    ids.river = await contact(ids.zenith, 'River Song', null);
    ids.gone = await contact(ids.riverside, 'Rivka Gone', 'Volunteer lead', null, true);
  });
  afterAll(() => t.close());

  it('finds partners and contacts by word prefix, live first, name matches above description matches', async () => {
    const items = await search('riv');
    expect(titles(items)).toEqual([
      'partner:Riverside Food Bank',
      'contact:River Song',
      'partner:Zenith Makerspace',
      'partner:Old River Players',
      'contact:Rivka Gone',
    ]);
    expect(items.map((item) => item.archived)).toEqual([false, false, false, true, true]);
  });

  it('describes each result: type · stage for partners, title at partner for contacts', async () => {
    const [riverside] = await search('riverside food');
    expect(riverside).toEqual({
      kind: 'partner', id: ids.riverside, title: 'Riverside Food Bank', subtitle: 'Social service nonprofit · Active', partnerId: ids.riverside, archived: false,
      partnerName: 'Riverside Food Bank', ...NOTHING_MORE,
    });
    const [ana] = await search('ana');
    expect(ana).toEqual({
      kind: 'contact', id: ids.ana, title: 'Ana Ruiz', subtitle: 'Curator at Museum of the Prairie', partnerId: ids.museum, archived: false,
      partnerName: 'Museum of the Prairie', ...NOTHING_MORE,
    });
    const [river] = await search('river song');
    expect(river).toMatchObject({ kind: 'contact', subtitle: 'Contact at Zenith Makerspace', partnerId: ids.zenith });
    expect(titles(await search('curator'))).toEqual(['contact:Ana Ruiz']);
    expect(titles(await search('ana@prairie'))).toEqual(['contact:Ana Ruiz']);
  });

  it('limits results per kind', async () => {
    const items = await search('riv', { limit: 1 });
    expect(titles(items)).toEqual(['partner:Riverside Food Bank', 'contact:River Song']);
  });

  it('needs q (1–200 characters) and a sane limit', async () => {
    for (const query of [{}, { q: '' }, { q: '   ' }, { q: 'x'.repeat(201) }, { q: 'riv', limit: 21 }, { q: 'riv', limit: 0 }]) {
      const res = await asLena.get('/api/v1/search').query(query).expect(400);
      expect(res.body.errors.length).toBe(1);
    }
  });

  it('parses each word once when both configurations read it alike, and both ways when stemming differs', async () => {
    const tsquery = async (terms: string[]) => {
      const params: string[] = [];
      const sql = prefixTsQuerySql(terms, (term) => {
        params.push(term);
        return `$${params.length}`;
      });
      return ((await t.db.query(`SELECT (${sql})::text AS query`, params)) as { query: string }[])[0]!.query;
    };
    expect(await tsquery(['mar:*'])).toBe("'mar':*");
    expect(await tsquery(['robotics:*'])).toBe("'robotics':* | 'robot':*");
    expect(await tsquery(['mar:*', 'robotics:*'])).toBe("'mar':* & ( 'robotics':* | 'robot':* )");
  });

  it('never fails on search syntax in what people type', async () => {
    for (const q of ["O'Brien & (x)", '!', ':*', '<->', '"', '\\', 'riv & !zen']) {
      const res = await asLena.get('/api/v1/search').query({ q });
      expect({ q, status: res.status }).toEqual({ q, status: 200 });
    }
    expect(await search('&&&')).toEqual([]);
  });

  it('is closed to visitors without a session', async () => {
    await t.http().get('/api/v1/search').query({ q: 'riv' }).expect(401);
  });

  it('follows edits: the stored search documents change with the name, tags, email and title they are made of', async () => {
    const created = (await asLena.post('/api/v1/partners').send({ name: 'Quillfeather Press', type: 'media' }).expect(201)).body;
    await asLena.patch(`/api/v1/partners/${created.id}`).send({ version: created.version, name: 'Inkwell Gazette', tags: ['broadsheet'] }).expect(200);
    expect(titles(await search('quillfeather'))).toEqual([]);
    expect(titles(await search('inkwell'))).toEqual(['partner:Inkwell Gazette']);
    expect(titles(await search('broadsh'))).toEqual(['partner:Inkwell Gazette']);

    const person = (await asLena.post(`/api/v1/partners/${created.id}/contacts`).send({ name: 'Odile Varga', title: 'Editor' }).expect(201)).body;
    await asLena.patch(`/api/v1/contacts/${person.id}`).send({ version: person.version, title: 'Publisher', email: 'odile@inkwell.example' }).expect(200);
    expect(titles(await search('editor'))).toEqual([]);
    expect(titles(await search('publisher'))).toEqual(['contact:Odile Varga']);
    expect(titles(await search('odile@inkwell'))).toEqual(['contact:Odile Varga']);
  });

  /** Programs, communications and impact notes, written with SQL (the search documents are the database's work). */
  describe('programs, communications and impact notes', () => {
    const note = async (values: { kind: string; text: string; partnerId: string | null; programId: string | null; notedOn: string; archived?: boolean }) =>
      (
        await t.db.query(
          `INSERT INTO impact_notes (kind, text, value_dimension, partner_id, program_id, noted_on, version, archived_at)
           VALUES ($1, $2, 'deeper-impacts', $3, $4, $5, 1, $6) RETURNING id`,
          [values.kind, values.text, values.partnerId, values.programId, values.notedOn, values.archived ? new Date() : null],
        )
      )[0].id as string;

    beforeAll(async () => {
      const harvest = await insertProgram(t.db, { title: 'Harvest Festival 2026', startsOn: '2026-09-12' });
      ids.harvest = harvest.id;
      ids.harvestLast = (await insertProgram(t.db, { title: 'Harvest Festival 2025', startsOn: '2025-09-13', endsOn: '2025-09-14', status: 'held' })).id;
      ids.harvestOld = (await insertProgram(t.db, { title: 'Harvest Festival 2024', startsOn: '2024-09-14' })).id;
      await setProgramArchived(t.db, ids.harvestOld);
      await insertProgram(t.db, { title: 'Harvest Moon Storytime', startsOn: '2026-10-01' });
      await insertRole(t.db, harvest.id, ids.zenith!, 'lead');
      await insertRole(t.db, harvest.id, ids.riverside!, 'presenter');
      await insertRole(t.db, harvest.id, ids.museum!, 'promoter', { archivedAt: new Date() });

      const talk = (partnerId: string, occurredAt: string, summary: string, extra: { channel?: 'meeting' | 'call'; archivedAt?: Date } = {}) =>
        insertCommunication(t.db, partnerId, { occurredAt: new Date(occurredAt), summary, createdBy: ids.lena, ...extra });
      ids.meeting = (await talk(ids.riverside!, '2026-11-03T15:00:00Z', 'Talked through the harvest budget and the volunteer roster.')).id;
      ids.call = (await talk(ids.riverside!, '2026-10-20T09:30:00Z', 'Budget worries for next spring.', { channel: 'call' })).id;
      await talk(ids.riverside!, '2026-11-04T10:00:00Z', 'Budget draft, logged twice.', { archivedAt: new Date() });
      await talk(ids.oldRiver!, '2026-11-05T10:00:00Z', 'Their last budget meeting.');

      ids.quote = await note({ kind: 'quote', text: 'Volunteers made the harvest day joyful.', partnerId: ids.riverside!, programId: harvest.id, notedOn: '2026-09-13' });
      ids.story = await note({ kind: 'story', text: 'A teen built her first robot with the volunteers.', partnerId: ids.zenith!, programId: null, notedOn: '2026-05-01' });
      await note({ kind: 'story', text: 'Volunteers, archived.', partnerId: ids.riverside!, programId: null, notedOn: '2026-06-01', archived: true });
      await note({ kind: 'story', text: 'Volunteers of an archived program.', partnerId: null, programId: ids.harvestOld, notedOn: '2026-06-01' });
      await note({ kind: 'story', text: 'Volunteers of an archived partner.', partnerId: ids.oldRiver!, programId: null, notedOn: '2026-06-01' });
    });

    it('finds programs by the start of title words, newest start first, leaving archived ones out', async () => {
      const items = await search('harvest fest');
      expect(titles(items)).toEqual(['program:Harvest Festival 2026', 'program:Harvest Festival 2025']);
      expect(items[0]).toEqual({
        kind: 'program',
        id: ids.harvest,
        title: 'Harvest Festival 2026',
        subtitle: 'Planned · 12 Sep 2026 · with Riverside Food Bank and Zenith Makerspace',
        partnerId: null,
        archived: false,
        partnerName: null,
        programId: ids.harvest,
        channel: null,
        occurredAt: null,
      });
      expect(items[1]!.subtitle).toBe('Held · 13 Sep 2025 – 14 Sep 2025');
      expect(titles(await search('harv'))).toEqual([
        'program:Harvest Moon Storytime',
        'program:Harvest Festival 2026',
        'program:Harvest Festival 2025',
        'communication:Meeting with Riverside Food Bank',
        'impact-note:Volunteers made the harvest day joyful.',
      ]);
    });

    it('finds communications by the words of their summary, most recent first, with the partner, channel and date', async () => {
      const items = await search('budg');
      expect(items.map((item) => item.id)).toEqual([ids.meeting, ids.call]);
      expect(items[0]).toEqual({
        kind: 'communication',
        id: ids.meeting,
        title: 'Meeting with Riverside Food Bank',
        subtitle: '3 Nov 2026 · Talked through the harvest budget and the volunteer roster.',
        partnerId: ids.riverside,
        archived: false,
        partnerName: 'Riverside Food Bank',
        programId: null,
        channel: 'meeting',
        occurredAt: '2026-11-03T15:00:00.000Z',
      });
      expect(items[1]).toMatchObject({ title: 'Call with Riverside Food Bank', subtitle: '20 Oct 2026 · Budget worries for next spring.', channel: 'call' });
      // Stemmed: "talking" finds "Talked".
      expect(titles(await search('talking'))).toEqual(['communication:Meeting with Riverside Food Bank']);
    });

    it('finds impact notes by their text, leaving out archived ones and those of archived partners and programs', async () => {
      const items = await search('volunteer');
      expect(titles(items)).toEqual([
        'communication:Meeting with Riverside Food Bank',
        'impact-note:Volunteers made the harvest day joyful.',
        'impact-note:A teen built her first robot with the volunteers.',
        'contact:Rivka Gone',
      ]);
      expect(items[1]).toMatchObject({
        kind: 'impact-note',
        id: ids.quote,
        subtitle: 'Quote · Harvest Festival 2026 · Riverside Food Bank · 13 Sep 2026',
        partnerId: ids.riverside,
        partnerName: 'Riverside Food Bank',
        programId: ids.harvest,
      });
      expect(items[2]).toMatchObject({ id: ids.story, subtitle: 'Story · Zenith Makerspace · 1 May 2026', partnerId: ids.zenith, programId: null });
    });

    it('limits each kind, and puts partners and contacts first, archived ones last', async () => {
      expect(titles(await search('harv', { limit: 1 }))).toEqual([
        'program:Harvest Moon Storytime',
        'communication:Meeting with Riverside Food Bank',
        'impact-note:Volunteers made the harvest day joyful.',
      ]);
      expect(titles(await search('riverside')).slice(0, 2)).toEqual(['partner:Riverside Food Bank', 'partner:Zenith Makerspace']);
    });

    it('follows edits made through the API: titles, summaries and note texts', async () => {
      await asLena.patch(`/api/v1/programs/${ids.harvestLast}`).send({ version: 1, title: 'Autumn Fair 2025' }).expect(200);
      await asLena.patch(`/api/v1/communications/${ids.call}`).send({ version: 1, summary: 'Worries about the spring grant.' }).expect(200);
      await asLena.patch(`/api/v1/impact-notes/${ids.story}`).send({ version: 1, text: 'A teen built her first rover.' }).expect(200);
      expect(titles(await search('autumn'))).toEqual(['program:Autumn Fair 2025']);
      expect(titles(await search('harvest fest'))).toEqual(['program:Harvest Festival 2026']);
      expect((await search('grant')).map((item) => item.id)).toEqual([ids.call]);
      expect((await search('budg')).map((item) => item.id)).toEqual([ids.meeting]);
      expect((await search('rover')).map((item) => item.id)).toEqual([ids.story]);
      expect(titles(await search('robot'))).toEqual(['partner:Zenith Makerspace']); // its description; the note no longer says it
    });

    /**
     * More communications than the newest-first window (2,000) holds, all newer than the rest: words common among
     * the newest rows, words found only in old rows, and words found in a few of each must all give the newest
     * matches, newest first.
     */
    it('gives the newest matching communications whether the words are common, rare or only old', async () => {
      const partner = (await asLena.post('/api/v1/partners').send({ name: 'Window Test Library Friends', type: 'civic-community-group' }).expect(201)).body.id;
      await t.db.query(
        `INSERT INTO communications (partner_id, occurred_at, channel, initiated_by, two_way, substantive, summary, version, archived_at)
         SELECT $1, timestamptz '2030-01-01T00:00:00Z' + i * interval '1 minute', 'call', 'library', true, true,
                'Routine check-in number ' || i || CASE WHEN i <= 3 OR i % 400 = 0 THEN ', quarterly review' ELSE '' END
                                              || CASE WHEN i <= 10 THEN ', zeppelin museum' ELSE '' END,
                1, CASE WHEN i = 2100 THEN now() END
           FROM generate_series(1, 2100) i`,
        [partner],
      );
      const numbers = async (q: string, limit = 8) => (await search(q, { limit })).map((item) => Number(/number (\d+)/.exec(item.subtitle)![1]));
      // Common among the newest: the newest live ones (2100 is archived).
      expect(await numbers('routine')).toEqual([2099, 2098, 2097, 2096, 2095, 2094, 2093, 2092]);
      expect(await numbers('routine', 3)).toEqual([2099, 2098, 2097]);
      // Only in rows older than the newest 2,000.
      expect(await numbers('zeppelin')).toEqual([10, 9, 8, 7, 6, 5, 4, 3]);
      // A few among the newest, the rest older: all of them, newest first.
      expect(await numbers('quarterly')).toEqual([2000, 1600, 1200, 800, 400, 3, 2, 1]);
      expect(await numbers('quarterly', 4)).toEqual([2000, 1600, 1200, 800]);
    });
  });
});
