import { DEFAULT_VOLUNTEER_HOUR_RATE } from '@common-ground/domain';
import { SETTINGS_AUDIT_ID } from '../src/modules/settings/settings.service';
import { auditEntriesOf, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

describe('Settings', () => {
  let t: TestApp;
  let manager: Staff;
  let admin: Staff;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asAdmin: SignedInAgent;

  const stored = async () =>
    (await t.db.query('SELECT library_name, volunteer_hour_rate::text AS rate, volunteer_rate_source, volunteer_rate_year, version FROM library_settings'))[0];

  beforeAll(async () => {
    ({ t, manager, admin, asManager, asLibrarian, asAdmin } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('shows every staff member the settings the migration made: the national volunteer-hour rate with its source and year', async () => {
    const res = await asLibrarian.get('/api/v1/settings').expect(200);
    expect(res.body).toEqual({
      libraryName: 'Our library',
      volunteerHourRate: DEFAULT_VOLUNTEER_HOUR_RATE.rate,
      volunteerRateSource: DEFAULT_VOLUNTEER_HOUR_RATE.source,
      volunteerRateYear: DEFAULT_VOLUNTEER_HOUR_RATE.year,
      scoringPolicy: expect.objectContaining({ prior: { mean: 3, strength: 1.5, sigma: 0.8 } }),
      scoringModelVersion: '1',
      defaultScoringPolicy: expect.objectContaining({ prior: { mean: 3, strength: 1.5, sigma: 0.8 } }),
      hasLogo: false,
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      version: 1,
    });
    await t.http().get('/api/v1/settings').expect(401);
  });

  it('lets managers and administrators change the settings, audited with before and after; librarians get 403', async () => {
    const refused = await asLibrarian.patch('/api/v1/settings').send({ version: 1, volunteerHourRate: 40 }).expect(403);
    expect(refused.body.title).toBe('You do not have permission to do this');
    expect(await stored()).toMatchObject({ rate: '34.79', version: 1 });

    const changed = await asManager
      .patch('/api/v1/settings')
      .send({ version: 1, volunteerHourRate: 33.49, volunteerRateSource: 'State volunteer value', volunteerRateYear: 2025 })
      .expect(200);
    expect(changed.body).toMatchObject({ volunteerHourRate: 33.49, volunteerRateSource: 'State volunteer value', volunteerRateYear: 2025, version: 2 });
    expect(await stored()).toMatchObject({ rate: '33.49', volunteer_rate_year: 2025, version: 2 });

    const renamed = await asAdmin.patch('/api/v1/settings').send({ version: 2, libraryName: '  Riverside Public Library ' }).expect(200);
    expect(renamed.body).toMatchObject({ libraryName: 'Riverside Public Library', volunteerHourRate: 33.49, version: 3 });
    expect((await asLibrarian.get('/api/v1/settings').expect(200)).body).toEqual(renamed.body);

    expect(await auditEntriesOf(t.db, SETTINGS_AUDIT_ID)).toEqual([
      {
        action: 'update',
        actor_id: manager.id,
        partner_id: null,
        entity_type: 'settings',
        changes: {
          volunteerHourRate: { before: 34.79, after: 33.49 },
          volunteerRateSource: { before: DEFAULT_VOLUNTEER_HOUR_RATE.source, after: 'State volunteer value' },
          volunteerRateYear: { before: 2024, after: 2025 },
        },
      },
      {
        action: 'update',
        actor_id: admin.id,
        partner_id: null,
        entity_type: 'settings',
        changes: { libraryName: { before: 'Our library', after: 'Riverside Public Library' } },
      },
    ]);

    // Saving what is stored: no new version, no audit entry.
    const same = await asManager.patch('/api/v1/settings').send({ version: 3, volunteerHourRate: 33.49, libraryName: 'Riverside Public Library' }).expect(200);
    expect(same.body.version).toBe(3);
    expect(await auditEntriesOf(t.db, SETTINGS_AUDIT_ID)).toHaveLength(2);

    // A change based on an older version is refused and the newer one kept.
    await asManager.patch('/api/v1/settings').send({ version: 2, volunteerHourRate: 10 }).expect(409);
    expect(await stored()).toMatchObject({ rate: '33.49', version: 3 });
  });

  it('answers bad input with a 400 naming the field and saves nothing', async () => {
    const before = await stored();
    const version = before.version as number;
    const cases: [Record<string, unknown>, string][] = [
      [{ volunteerHourRate: -1 }, 'volunteerHourRate'],
      [{ volunteerHourRate: 34.795 }, 'volunteerHourRate'],
      [{ volunteerHourRate: '34.79' }, 'volunteerHourRate'],
      [{ volunteerHourRate: null }, 'volunteerHourRate'],
      [{ volunteerHourRate: 1_000_000 }, 'volunteerHourRate'],
      [{ volunteerRateYear: 1989 }, 'volunteerRateYear'],
      [{ volunteerRateYear: 2024.5 }, 'volunteerRateYear'],
      [{ volunteerRateSource: '   ' }, 'volunteerRateSource'],
      [{ libraryName: 'x'.repeat(201) }, 'libraryName'],
      [{ libraryName: null }, 'libraryName'],
      [{ scoringPolicy: 'strict' }, 'scoringPolicy'],
      [{}, 'version'],
    ];
    for (const [body, field] of cases) {
      const res = await asManager.patch('/api/v1/settings').send(field === 'version' ? body : { version, ...body });
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({ status: 400, fields: [field] });
    }
    expect(await stored()).toEqual(before);
  });
});
