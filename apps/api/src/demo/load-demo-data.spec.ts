import { ACTIVE_STAGES, PARTNER_STAGES, PARTNER_TYPES } from '@common-ground/domain';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { StaffMember } from '../common/auth/staff-member';
import { CreateAgreementDto } from '../modules/agreements/dto/create-agreement.dto';
import { CreateCommunicationDto } from '../modules/communications/dto/create-communication.dto';
import type { ContactResponseDto } from '../modules/contacts/dto/contact.response.dto';
import { CreateContactDto } from '../modules/contacts/dto/create-contact.dto';
import { CreateGoalDto } from '../modules/goals/dto/create-goal.dto';
import { CreatePartnerDto } from '../modules/partners/dto/create-partner.dto';
import type { PartnerResponseDto } from '../modules/partners/dto/partner.response.dto';
import { demoServices } from '../server/first-start';
import { DEMO_COMMUNICATIONS } from './demo-communications';
import { DEMO_PARTNERS, type DemoStaffName } from './demo-partners';
import { DEMO_STAFF } from './demo-staff';
import { buildDemoCommunications } from './load-demo-communications';
import { agreementFields, contactFields, dayFrom, goalFields, partnerFields, loadDemoData } from './load-demo-data';

/** The same rules the API applies to a request body: unknown fields refused, every rule checked. */
async function problems(cls: new () => object, body: object): Promise<string[]> {
  const errors = await validate(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true });
  const flatten = (e: ValidationError, path: string): string[] => [
    ...Object.values(e.constraints ?? {}).map((message) => `${path}${e.property}: ${message}`),
    ...(e.children ?? []).flatMap((child) => flatten(child, `${path}${e.property}.`)),
  ];
  return errors.flatMap((e) => flatten(e, ''));
}

/** The demo's history built against made-up ids (no database), as of `now`. */
function historyAt(now: Date) {
  const staff = new Map(
    DEMO_STAFF.map((s) => [s.name as DemoStaffName, { id: randomUUID(), name: s.name, email: s.email, role: s.role, sessionId: 'demo' } satisfies StaffMember]),
  );
  const partners = new Map(DEMO_PARTNERS.map((p) => [p.name, { id: randomUUID(), name: p.name } as PartnerResponseDto]));
  const contacts = new Map(DEMO_PARTNERS.map((p) => [p.name, p.contacts.map((c) => ({ id: randomUUID(), name: c.name }) as ContactResponseDto)]));
  return buildDemoCommunications({ now, staff, partners, contacts });
}

const DEMO_COMMUNICATION_COUNT = Object.values(DEMO_COMMUNICATIONS).reduce((n, log) => n + log.length, 0);
const DEMO_FOLLOW_UP_COUNT = Object.values(DEMO_COMMUNICATIONS).reduce((n, log) => n + log.reduce((m, c) => m + (c.followUps?.length ?? 0), 0), 0);

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

  it('logs a year of communications with every partner, through every channel, with follow-ups the API would accept', async () => {
    expect(Object.keys(DEMO_COMMUNICATIONS).sort()).toEqual(DEMO_PARTNERS.map((p) => p.name).sort());
    const history = historyAt(new Date());
    expect(history.communications).toHaveLength(DEMO_COMMUNICATION_COUNT);
    expect(history.commitments).toHaveLength(DEMO_FOLLOW_UP_COUNT);
    for (const c of history.communications) {
      expect({ summary: c.body.summary, problems: await problems(CreateCommunicationDto, c.body) }).toEqual({ summary: c.body.summary, problems: [] });
    }
    const bodies = history.communications.map((c) => c.body);
    expect(new Set(bodies.map((b) => b.channel))).toEqual(new Set(['meeting', 'call', 'email', 'video', 'site-visit', 'event']));
    expect(new Set(bodies.map((b) => b.initiatedBy))).toEqual(new Set(['library', 'partner']));
    const oldest = Math.max(...Object.values(DEMO_COMMUNICATIONS).flatMap((log) => log.map((c) => c.daysAgo)));
    expect(oldest).toBeGreaterThanOrEqual(330);
    expect(oldest).toBeLessThanOrEqual(365);
    // Follow-ups on both sides, closed every way the API knows, and some still open.
    const statuses = history.commitments.map((c) => (c.status === 'done' ? (c.completedOn! <= c.dueOn ? 'done on time' : 'done late') : c.status));
    expect(new Set(statuses)).toEqual(new Set(['open', 'done on time', 'done late', 'missed', 'cancelled']));
    expect(new Set(history.commitments.map((c) => c.ownerSide))).toEqual(new Set(['library', 'partner']));
    expect(history.factorTags.some((t) => t.sign === 'negative') && history.factorTags.some((t) => t.note === null)).toBe(true);
  });

  it('keeps the history in the past whatever time of day the demo starts', () => {
    for (const now of ['2026-03-02T00:00:01Z', '2026-03-02T00:59:00Z', '2026-07-15T12:00:00Z', '2026-12-31T23:59:59Z']) {
      const at = new Date(now);
      const history = historyAt(at);
      const today = now.slice(0, 10);
      for (const c of history.communications) expect(c.createdAt.getTime()).toBeLessThanOrEqual(at.getTime());
      const day = new Map(history.communications.map((c) => [c.id, c.body.occurredAt.slice(0, 10)]));
      for (const c of history.commitments) {
        expect(c.dueOn >= day.get(c.communicationId)!).toBe(true);
        if (c.completedOn) expect(c.completedOn >= day.get(c.communicationId)! && c.completedOn < today).toBe(true);
        if (c.statusChangedAt) expect(c.statusChangedAt.getTime()).toBeLessThan(at.getTime());
      }
      for (const a of history.auditEntries) expect(a.occurredAt.getTime()).toBeLessThanOrEqual(at.getTime());
    }
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
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE partner_id IS NOT NULL AND entity_type NOT IN ('communication', 'commitment')`)).toBe(
        records + moves,
      );
      // Each record is made by the liaison who looks after it.
      const mismatched = await count(`SELECT count(*)::int AS n FROM partners WHERE liaison_id IS NOT NULL AND created_by <> liaison_id`);
      expect(mismatched).toBe(0);
    });

    it('writes the year of communications and follow-ups, each audited on its partner by the person who did it', async () => {
      const count = async (sql: string) => ((await t.db.query(sql)) as { n: number }[])[0]!.n;
      expect(await count('SELECT count(*)::int AS n FROM communications')).toBe(DEMO_COMMUNICATION_COUNT);
      expect(await count('SELECT count(*)::int AS n FROM commitments')).toBe(DEMO_FOLLOW_UP_COUNT);
      expect(await count('SELECT count(*)::int AS n FROM commitments WHERE communication_id IS NULL')).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM communication_factor_tags')).toBeGreaterThan(DEMO_COMMUNICATION_COUNT / 5);
      // A 'create' entry for each record by its author, and an 'update' for each follow-up that was closed.
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries a JOIN communications c ON c.id = a.entity_id AND a.partner_id = c.partner_id
        WHERE a.entity_type = 'communication' AND a.action = 'create' AND a.actor_id = c.created_by AND a.occurred_at = c.created_at`)).toBe(DEMO_COMMUNICATION_COUNT);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries a JOIN commitments c ON c.id = a.entity_id AND a.partner_id = c.partner_id
        WHERE a.entity_type = 'commitment' AND a.action = 'create' AND a.actor_id = c.created_by AND a.changes->'status'->>'after' = 'open'`)).toBe(DEMO_FOLLOW_UP_COUNT);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries a JOIN commitments c ON c.id = a.entity_id
        WHERE a.entity_type = 'commitment' AND a.action = 'update' AND a.actor_id = c.status_changed_by AND a.occurred_at = c.status_changed_at
          AND a.changes->'status'->>'after' = c.status`)).toBe(await count(`SELECT count(*)::int AS n FROM commitments WHERE status <> 'open'`));
      // Nothing dated after the load.
      const now = t.clock.now().toISOString();
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE occurred_at > '${now}'`)).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM communications WHERE occurred_at > '${now}' OR created_at > '${now}' OR created_at < occurred_at`)).toBe(0);
    });

    it('gives the demo librarian a home page: follow-ups overdue and due this week, and partners going quiet', async () => {
      const today = t.clock.now().toISOString().slice(0, 10);
      const [lena] = (await t.db.query(`SELECT id FROM users WHERE email = 'librarian@commonground.example'`)) as { id: string }[];
      const followUps = (await t.db.query(
        `SELECT count(*) FILTER (WHERE due_on < $2::date)::int AS overdue,
                count(*) FILTER (WHERE due_on BETWEEN $2::date AND $2::date + 6)::int AS this_week
           FROM commitments WHERE owner_user_id = $1 AND status = 'open' AND archived_at IS NULL`,
        [lena!.id, today],
      )) as { overdue: number; this_week: number }[];
      expect(followUps[0]!.overdue).toBeGreaterThanOrEqual(3);
      expect(followUps[0]!.this_week).toBeGreaterThanOrEqual(3);

      // The attention rule: an active or sustaining partner with no live two-way substantive communication within its
      // cadence (days counted between UTC dates; exactly the cadence is not quiet yet).
      const quiet = (await t.db.query(
        `SELECT p.name, l.email, $1::date - max(c.occurred_at AT TIME ZONE 'UTC')::date AS days, p.contact_cadence_days AS cadence
           FROM partners p
           JOIN users l ON l.id = p.liaison_id
           LEFT JOIN communications c ON c.partner_id = p.id AND c.two_way AND c.substantive AND c.archived_at IS NULL
          WHERE p.archived_at IS NULL AND p.stage = ANY($2::text[])
          GROUP BY p.id, l.email`,
        [today, ACTIVE_STAGES],
      )) as { name: string; email: string; days: number; cadence: number }[];
      const quietNames = (email: string) => quiet.filter((p) => p.email === email && p.days > p.cadence).map((p) => p.name);
      expect(quietNames('librarian@commonground.example')).toEqual(['State University Extension – Millbrook County']);
      expect(quietNames('manager@commonground.example')).toEqual(['Oak Street Senior Center']);
      expect(quietNames('admin@commonground.example')).toEqual(['The Millbrook Courier']);
      // Going quiet (within a week of the cadence), and most partners comfortably within it.
      expect(quiet.filter((p) => p.days <= p.cadence && p.days >= p.cadence - 7).map((p) => p.name).sort()).toEqual([
        'Eastside Community Health Clinic',
        'Millbrook Arts Council',
        'Millbrook Parks and Recreation Department',
      ]);
      expect(quiet.filter((p) => p.days < p.cadence - 7).length).toBeGreaterThan(quiet.length / 2);
    });

    it('shows on the librarian’s home page and the manager’s attention list', async () => {
      const lena = await t.signIn('librarian@commonground.example', 'common-ground-demo');
      const day = (await lena.get('/api/v1/my-day').expect(200)).body as {
        overdueFollowUps: { description: string }[];
        dueThisWeek: { description: string }[];
        quietPartners: { partner: { name: string }; state: string }[];
        recentlyLogged: unknown[];
      };
      expect(day.overdueFollowUps.length).toBeGreaterThanOrEqual(3);
      expect(day.dueThisWeek.length).toBeGreaterThanOrEqual(3);
      expect(day.recentlyLogged).toHaveLength(5);
      expect(day.quietPartners.map((p) => [p.partner.name, p.state])).toEqual([
        ['State University Extension – Millbrook County', 'quiet'],
        ['Millbrook Parks and Recreation Department', 'going-quiet'],
      ]);
      const marcus = await t.signIn('manager@commonground.example', 'common-ground-demo');
      const attention = (await marcus.get('/api/v1/attention').expect(200)).body as { counts: { quietPartner: number; overdueCommitment: number } };
      expect(attention.counts.quietPartner).toBe(3);
      expect(attention.counts.overdueCommitment).toBeGreaterThan(10);
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
