import { PARTNER_STAGES, PARTNER_TYPES } from '@common-ground/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { startTestApp, type TestApp } from '../../test/test-app';
import { CreateAgreementDto } from '../modules/agreements/dto/create-agreement.dto';
import { CreateContactDto } from '../modules/contacts/dto/create-contact.dto';
import { CreateGoalDto } from '../modules/goals/dto/create-goal.dto';
import { CreatePartnerDto } from '../modules/partners/dto/create-partner.dto';
import { demoServices } from '../server/first-start';
import { DEMO_PARTNERS } from './demo-partners';
import { agreementFields, contactFields, dayFrom, goalFields, partnerFields, loadDemoData } from './load-demo-data';

/** The same rules the API applies to a request body: unknown fields refused, every rule checked. */
async function problems(cls: new () => object, body: object): Promise<string[]> {
  const errors = await validate(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true });
  return errors.flatMap((e) => Object.values(e.constraints ?? {}).map((message) => `${e.property}: ${message}`));
}

describe('demo data', () => {
  it('passes the API’s own validation rules, field by field', async () => {
    const day = dayFrom(new Date());
    for (const demo of DEMO_PARTNERS) {
      expect({ partner: demo.name, problems: await problems(CreatePartnerDto, partnerFields(demo, '8b0f2a57-3c5e-4a57-9d3c-2f1e0c4b5a69')) }).toEqual({ partner: demo.name, problems: [] });
      for (const c of demo.contacts) expect(await problems(CreateContactDto, contactFields(c, day))).toEqual([]);
      for (const g of demo.goals) expect(await problems(CreateGoalDto, goalFields(g, day))).toEqual([]);
      for (const a of demo.agreements) expect(await problems(CreateAgreementDto, agreementFields(a, day))).toEqual([]);
    }
  });

  it('describes 25 partners across every type and stage, each with one primary contact, goals and at most two agreements', () => {
    expect(DEMO_PARTNERS).toHaveLength(25);
    expect(new Set(DEMO_PARTNERS.map((p) => p.name.toLowerCase())).size).toBe(25);
    expect(new Set(DEMO_PARTNERS.map((p) => p.type))).toEqual(new Set(PARTNER_TYPES.keys));
    expect(new Set(DEMO_PARTNERS.map((p) => p.stage))).toEqual(new Set(PARTNER_STAGES.keys));
    for (const p of DEMO_PARTNERS) {
      expect({ name: p.name, contacts: p.contacts.length >= 1 && p.contacts.length <= 3 }).toEqual({ name: p.name, contacts: true });
      expect({ name: p.name, primaries: p.contacts.filter((c) => c.primary).length }).toEqual({ name: p.name, primaries: 1 });
      expect(p.goals.length).toBeGreaterThanOrEqual(1);
      expect(p.goals.length).toBeLessThanOrEqual(3);
      expect(p.agreements.length).toBeLessThanOrEqual(2);
    }
    expect(new Set(DEMO_PARTNERS.map((p) => p.liaison))).toEqual(new Set(['Dana Whitfield', 'Marcus Reyes', 'Lena Okafor', null]));
  });

  describe('loaded through the services', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
      await loadDemoData(demoServices(t.app));
    }, 60_000);
    afterAll(() => t.close());

    it('creates the partners, contacts, goals and agreements, each audited on its partner', async () => {
      const count = async (sql: string) => ((await t.db.query(sql)) as { n: number }[])[0]!.n;
      expect(await count('SELECT count(*)::int AS n FROM users')).toBe(3);
      expect(await count('SELECT count(*)::int AS n FROM partners WHERE archived_at IS NULL')).toBe(25);
      expect(await count('SELECT count(*)::int AS n FROM contacts')).toBe(DEMO_PARTNERS.reduce((n, p) => n + p.contacts.length, 0));
      expect(await count('SELECT count(*)::int AS n FROM goals')).toBe(DEMO_PARTNERS.reduce((n, p) => n + p.goals.length, 0));
      expect(await count('SELECT count(*)::int AS n FROM agreements')).toBe(DEMO_PARTNERS.reduce((n, p) => n + p.agreements.length, 0));
      // One primary per partner, stored as such.
      expect(await count('SELECT count(*)::int AS n FROM contacts WHERE is_primary')).toBe(25);
      // Every record's creation is on its partner's timeline; moved partners also have their stage change.
      const records = DEMO_PARTNERS.reduce((n, p) => n + 1 + p.contacts.length + p.goals.length + p.agreements.length, 0);
      const moves = DEMO_PARTNERS.filter((p) => p.movedFrom).length;
      expect(await count('SELECT count(*)::int AS n FROM audit_entries WHERE partner_id IS NOT NULL')).toBe(records + moves);
      // Each record is made by the liaison who looks after it.
      const mismatched = await count(`SELECT count(*)::int AS n FROM partners WHERE liaison_id IS NOT NULL AND created_by <> liaison_id`);
      expect(mismatched).toBe(0);
    });

    it('looks current: some partners need a review soon, others do not', async () => {
      const admin = await t.signIn('admin@commonground.example', 'common-ground-demo');
      const due = await admin.get('/api/v1/partners?needsReview=true&limit=100').expect(200);
      const all = await admin.get('/api/v1/partners?limit=100').expect(200);
      expect(all.body.total).toBe(25);
      // 7 with an agreement review within 30 days or overdue, 4 with a goal past its yearly review (2 of them also
      // with such an agreement), 2 with a goal never reviewed.
      expect(due.body.total).toBe(11);
      const courier = (all.body.items as { name: string; needsReview: boolean; primaryContact: { name: string } | null; liaison: { name: string } | null }[]).find(
        (p) => p.name === 'The Millbrook Courier',
      );
      expect(courier).toMatchObject({ needsReview: false, primaryContact: { name: 'Rachel Nguyen' }, liaison: { name: 'Dana Whitfield' } });
    });
  });
});
