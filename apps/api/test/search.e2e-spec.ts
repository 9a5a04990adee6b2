import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

type Result = { kind: string; id: string; title: string; subtitle: string; partnerId: string; archived: boolean };

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
    });
    const [ana] = await search('ana');
    expect(ana).toEqual({ kind: 'contact', id: ids.ana, title: 'Ana Ruiz', subtitle: 'Curator at Museum of the Prairie', partnerId: ids.museum, archived: false });
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
});
