import { createHash } from 'node:crypto';
import { TINY_PNG } from '../src/modules/reports/export/impact-report-figures.fixture';
import { LOGO_MAX_BYTES } from '../src/modules/settings/logo-upload';
import { SETTINGS_AUDIT_ID } from '../src/modules/settings/settings.service';
import { auditEntriesOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

/** The first bytes of a JPEG (SOI and an APP0 marker) and some padding: enough for the magic-byte check. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(200, 7)]);

describe('The library logo in settings', () => {
  let t: TestApp;
  let manager: Staff;
  let admin: Staff;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asAdmin: SignedInAgent;

  const stored = async () =>
    (await t.db.query('SELECT logo_media_type, octet_length(logo) AS bytes, version FROM library_settings'))[0] as {
      logo_media_type: string | null;
      bytes: number | null;
      version: number;
    };

  beforeAll(async () => {
    ({ t, manager, admin, asManager, asLibrarian, asAdmin } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('has none at first: the settings say so and the logo answers 404', async () => {
    expect((await asLibrarian.get('/api/v1/settings').expect(200)).body.hasLogo).toBe(false);
    const missing = await asLibrarian.get('/api/v1/settings/logo').expect(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });

  it('lets a manager upload a PNG, serves it to every staff member as uploaded, and audits the change without the image', async () => {
    const res = await asManager.put('/api/v1/settings/logo').set('Content-Type', 'image/png').send(TINY_PNG).expect(200);
    expect(res.body).toMatchObject({ hasLogo: true, version: 1 });
    expect(await stored()).toEqual({ logo_media_type: 'image/png', bytes: TINY_PNG.length, version: 1 });

    const served = await asLibrarian.get('/api/v1/settings/logo').buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(served.body as Buffer, TINY_PNG)).toBe(0);
    expect((await asLibrarian.get('/api/v1/settings').expect(200)).body.hasLogo).toBe(true);

    // The same image again changes nothing and records nothing.
    await asManager.put('/api/v1/settings/logo').set('Content-Type', 'image/png').send(TINY_PNG).expect(200);
    const entries = await auditEntriesOf(t.db, SETTINGS_AUDIT_ID);
    expect(entries).toEqual([
      {
        action: 'update',
        actor_id: manager.id,
        partner_id: null,
        entity_type: 'settings',
        changes: {
          logo: { before: null, after: { mediaType: 'image/png', bytes: TINY_PNG.length, sha256: createHash('sha256').update(TINY_PNG).digest('hex') } },
        },
      },
    ]);
    await t.http().get('/api/v1/settings/logo').expect(401);
  });

  it('trusts the file’s bytes over a mislabelled type, and lets an administrator remove the logo (audited)', async () => {
    await asAdmin.put('/api/v1/settings/logo').set('Content-Type', 'image/png').send(JPEG).expect(200);
    expect(await stored()).toMatchObject({ logo_media_type: 'image/jpeg', bytes: JPEG.length });
    expect((await asLibrarian.get('/api/v1/settings/logo').buffer(true).expect(200)).headers['content-type']).toBe('image/jpeg');

    const removed = await asAdmin.delete('/api/v1/settings/logo').expect(200);
    expect(removed.body.hasLogo).toBe(false);
    expect(await stored()).toEqual({ logo_media_type: null, bytes: null, version: 1 });
    await asLibrarian.get('/api/v1/settings/logo').expect(404);
    const last = (await auditEntriesOf(t.db, SETTINGS_AUDIT_ID)).at(-1);
    expect(last).toMatchObject({ actor_id: admin.id, changes: { logo: { before: { mediaType: 'image/jpeg', bytes: JPEG.length }, after: null } } });
    // Removing none is the same result, not an error.
    await asAdmin.delete('/api/v1/settings/logo').expect(200);
  });

  it('refuses librarians (403) and anything that is not a PNG or JPEG up to 256 KB, in plain words, storing nothing', async () => {
    await asLibrarian.put('/api/v1/settings/logo').set('Content-Type', 'image/png').send(TINY_PNG).expect(403);
    await asLibrarian.delete('/api/v1/settings/logo').expect(403);

    const gif = await asManager.put('/api/v1/settings/logo').set('Content-Type', 'image/gif').send(Buffer.from('GIF89a')).expect(400);
    expect(gif.body).toMatchObject({ status: 400, errors: [{ field: 'logo', message: expect.stringContaining('PNG or JPEG') }] });
    const json = await asManager.put('/api/v1/settings/logo').send({ logo: 'x' }).expect(400);
    expect(json.body.errors[0].field).toBe('logo');
    const notAnImage = await asManager.put('/api/v1/settings/logo').set('Content-Type', 'image/png').send(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')).expect(400);
    expect(notAnImage.body.detail).toBe('This file is not a PNG or JPEG image. Save the logo as PNG or JPEG and try again.');
    await asManager.put('/api/v1/settings/logo').set('Content-Type', 'image/jpeg').send(Buffer.alloc(0)).expect(400);

    const big = Buffer.concat([TINY_PNG, Buffer.alloc(LOGO_MAX_BYTES)]);
    const tooLarge = await asManager.put('/api/v1/settings/logo').set('Content-Type', 'image/png').send(big).expect(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    expect(tooLarge.body.detail).toContain('at most 256 KB');
    // Exactly at the limit is accepted.
    const largest = Buffer.concat([TINY_PNG, Buffer.alloc(LOGO_MAX_BYTES - TINY_PNG.length)]);
    await asManager.put('/api/v1/settings/logo').set('Content-Type', 'image/png').send(largest).expect(200);
    expect(await stored()).toMatchObject({ logo_media_type: 'image/png', bytes: LOGO_MAX_BYTES });
  });
});
