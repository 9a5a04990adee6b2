import { HealthSnapshotsRepository } from '../src/modules/health/health-snapshots.repository';
import { HealthSnapshotsScheduler } from '../src/modules/health/health-snapshots.scheduler';
import { insertSnapshot, setClock } from './factories/health-world';
import { insertPartner } from './factories/partner.factory';
import { type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

type Item = { partner: { id: string; name: string; liaison: { id: string; name: string } | null }; profile: Record<string, unknown>; asOf: string; flags: string[] };

/**
 * The portfolio reads each live partner's latest snapshot. The snapshots here are fixtures with chosen bands and
 * flags (every factor not named is borderline at 3.2), so each filter's answer can be read off the table below.
 */
describe('Health portfolio', () => {
  let t: TestApp;
  let asManager: SignedInAgent;
  let asAdmin: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let manager: Staff;
  let librarian: Staff;
  const p: Record<string, string> = {};

  const portfolio = async (query = '') => (await asManager.get(`/api/v1/health/portfolio${query}`).expect(200)).body;
  const names = (items: Item[]) => items.map((i) => i.partner.name);

  beforeAll(async () => {
    ({ t, asManager, asAdmin, asLibrarian, manager, librarian } = await startPartnerWorld());
    await t.app.get(HealthSnapshotsScheduler).settled();
    await t.db.query('DELETE FROM health_snapshots');
    setClock(t.clock, '2026-06-15T12:00:00Z');
    const db = t.db;
    p.alpha = (await insertPartner(db, { name: 'Alpha Food Bank', liaisonId: manager.id })).id;
    p.bravo = (await insertPartner(db, { name: 'Bravo School District', liaisonId: librarian.id })).id;
    p.charlie = (await insertPartner(db, { name: 'Charlie Clinic' })).id;
    p.delta = (await insertPartner(db, { name: 'Delta Museum' })).id; // no snapshot yet: not listed
    p.echo = (await insertPartner(db, { name: 'Echo Archive', archivedAt: new Date() })).id; // archived: not listed
    p.foxtrot = (await insertPartner(db, { name: 'Foxtrot Youth Club' })).id;

    // Alpha's older snapshot was all strength; its latest has SA a declining concern (the weakest).
    const strong = { score: 4.4, band: 'strength' };
    await insertSnapshot(db, p.alpha, { asOf: '2026-05-01', factors: { SA: strong, TW: strong, CE: strong, IR: strong, OC: strong }, weakestFactor: 'SA' });
    await insertSnapshot(db, p.alpha, { asOf: '2026-06-01', factors: { SA: { score: 2.5, band: 'concern', flags: ['declining'] } }, weakestFactor: 'SA', lastAssessedOn: '2026-05-01' });
    await insertSnapshot(db, p.bravo, {
      asOf: '2026-06-01',
      reason: 'assessment',
      factors: { CE: { score: 4.3, band: 'strength', flags: ['perception-gap'], library: 4.5, partner: 3.0 }, IR: { score: 2.8, band: 'concern' } },
      weakestFactor: 'IR',
      lastAssessedOn: '2026-06-01',
    });
    await insertSnapshot(db, p.charlie, { asOf: '2026-06-01', factors: { TW: { score: 3.1, band: 'borderline' }, OC: { score: 3.2, band: 'borderline', flags: ['stale'] } }, weakestFactor: 'TW', lastAssessedOn: '2024-01-01' });
    await insertSnapshot(db, p.echo, { asOf: '2026-06-01', factors: { SA: { score: 1.5, band: 'concern' } }, weakestFactor: 'SA' });
    await insertSnapshot(db, p.foxtrot, { asOf: '2026-06-01', factors: { TW: { score: 3.0, band: 'insufficient', confidence: 'low' } }, weakestFactor: null });
  });
  afterAll(() => t.close());

  it('is for managers and administrators; librarians get 403', async () => {
    await asLibrarian.get('/api/v1/health/portfolio').expect(403);
    await asAdmin.get('/api/v1/health/portfolio').expect(200);
  });

  it('lists every live partner with a snapshot from its latest one, weakest first, with the distribution and the side lists', async () => {
    const body = await portfolio();
    expect(names(body.items)).toEqual(['Alpha Food Bank', 'Bravo School District', 'Charlie Clinic', 'Foxtrot Youth Club']);
    expect(body.total).toBe(4);
    expect(body.nextCursor).toBeNull();
    const alpha = body.items[0];
    expect(alpha).toMatchObject({
      partner: { id: p.alpha, name: 'Alpha Food Bank', stage: 'active', liaison: { id: manager.id, name: manager.name } },
      profile: { strength: 0, borderline: 4, concern: 1, insufficient: 0, weakestFactor: 'SA', text: '4 borderline · 1 concern' },
      flags: ['declining'],
      lastAssessedOn: '2026-05-01',
      asOf: '2026-06-01',
    });
    expect(alpha.factors.SA).toEqual({ score: 2.5, band: 'concern', confidence: 'medium', flags: ['declining'] });
    expect(body.distribution).toEqual({
      SA: { strength: 0, borderline: 3, concern: 1, insufficient: 0 },
      TW: { strength: 0, borderline: 3, concern: 0, insufficient: 1 },
      CE: { strength: 1, borderline: 3, concern: 0, insufficient: 0 },
      IR: { strength: 0, borderline: 3, concern: 1, insufficient: 0 },
      OC: { strength: 0, borderline: 4, concern: 0, insufficient: 0 },
    });
    expect(names(body.concernOrDeclining)).toEqual(['Alpha Food Bank', 'Bravo School District']);
    expect(body.perceptionGaps).toEqual([
      { partner: expect.objectContaining({ id: p.bravo, name: 'Bravo School District' }), factor: 'CE', library: 4.5, partnerMean: 3 },
    ]);
    expect(body.stale).toEqual([{ partner: expect.objectContaining({ id: p.charlie }), lastAssessedOn: '2024-01-01' }]);
  });

  it('filters by band, factor, flag, liaison and name', async () => {
    expect(names((await portfolio('?band=concern')).items)).toEqual(['Alpha Food Bank', 'Bravo School District']);
    expect(names((await portfolio('?band=concern&factor=IR')).items)).toEqual(['Bravo School District']);
    expect(names((await portfolio('?band=insufficient')).items)).toEqual(['Foxtrot Youth Club']);
    expect(names((await portfolio('?factor=TW')).items)).toEqual(['Charlie Clinic']); // weakest factor
    expect(names((await portfolio('?flag=stale')).items)).toEqual(['Charlie Clinic']);
    expect(names((await portfolio('?flag=perception-gap&factor=CE')).items)).toEqual(['Bravo School District']);
    expect((await portfolio('?flag=perception-gap&factor=SA')).items).toEqual([]);
    expect(names((await portfolio('?liaison=me')).items)).toEqual(['Alpha Food Bank']);
    expect(names((await portfolio(`?liaison=${librarian.id}`)).items)).toEqual(['Bravo School District']);
    const byName = await portfolio('?q=clinic');
    expect([names(byName.items), byName.total, byName.distribution.TW]).toEqual([['Charlie Clinic'], 1, { strength: 0, borderline: 1, concern: 0, insufficient: 0 }]);
    const bad = await asManager.get('/api/v1/health/portfolio?band=great&flag=x&sort=score').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['band', 'flag', 'sort']);
  });

  it('sorts by name or by concerns, and pages with a cursor', async () => {
    expect(names((await portfolio('?sort=name')).items)).toEqual(['Alpha Food Bank', 'Bravo School District', 'Charlie Clinic', 'Foxtrot Youth Club']);
    expect(names((await portfolio('?sort=-concerns')).items)).toEqual(['Alpha Food Bank', 'Bravo School District', 'Charlie Clinic', 'Foxtrot Youth Club']);
    const first = await portfolio('?sort=name&limit=3');
    expect([names(first.items), first.total]).toEqual([['Alpha Food Bank', 'Bravo School District', 'Charlie Clinic'], 4]);
    const second = await portfolio(`?sort=name&limit=3&cursor=${first.nextCursor}`);
    expect([names(second.items), second.nextCursor]).toEqual([['Foxtrot Youth Club'], null]);
  });

  it('gives the latest profile and flags of a set of partners in one call, for other lists to show beside theirs', async () => {
    const rows = await t.app.get(HealthSnapshotsRepository).latestFor([p.alpha!, p.delta!, p.bravo!]);
    expect(rows.sort((a, b) => a.partnerId.localeCompare(b.partnerId))).toEqual(
      [
        { partnerId: p.alpha, asOf: '2026-06-01', profile: expect.objectContaining({ weakestFactor: 'SA', concern: 1 }), flags: ['declining'] },
        { partnerId: p.bravo, asOf: '2026-06-01', profile: expect.objectContaining({ weakestFactor: 'IR' }), flags: ['perception-gap'] },
      ].sort((a, b) => a.partnerId!.localeCompare(b.partnerId!)),
    );
    expect((await t.app.get(HealthSnapshotsRepository).latestFor('all')).map((r) => r.partnerId).sort()).toEqual(
      [p.alpha, p.bravo, p.charlie, p.echo, p.foxtrot].sort(),
    );
  });

  it('shows the latest snapshot profile of each partner after a snapshot run, equal to the partner’s health that day', async () => {
    await asAdmin.post('/api/v1/health/snapshots').expect(200);
    const body = await portfolio('?sort=name');
    expect(names(body.items)).toEqual(['Alpha Food Bank', 'Bravo School District', 'Charlie Clinic', 'Delta Museum', 'Foxtrot Youth Club']);
    for (const item of body.items as Item[]) {
      expect(item.asOf).toBe('2026-06-15');
      const health = (await asManager.get(`/api/v1/partners/${item.partner.id}/health`).expect(200)).body;
      expect(item.profile).toEqual(health.profile);
    }
  });
});
