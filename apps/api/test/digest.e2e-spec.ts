import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DigestScheduler } from '../src/modules/digest/digest.scheduler';
import { DigestService } from '../src/modules/digest/digest.service';
import {
  insertAgreement,
  insertCommitment,
  insertCommunication,
  insertContact,
  setPartnerCreatedAt,
} from './factories/communications-sql.factory';
import { insertPartner } from './factories/partner.factory';
import type { Staff } from './partner-world';
import { type TestApp, startTestApp } from './test-app';

const DAY_MS = 86_400_000;
const APP_URL = 'https://crm.library.test';
const MAIL_FROM = 'Library Partnerships <partnerships@library.test>';

interface Received {
  envelope: { from: string; to: string[] };
  mail: ParsedMail;
}

/** A real SMTP server on a free local port, keeping every message it accepts. The only mail the tests send goes here. */
async function startSmtpServer(options: { refuse?: (address: string) => boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no TLS upgrade with a throwaway certificate.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(options.refuse?.(address.address) ? Object.assign(new Error('No such mailbox here'), { responseCode: 550 }) : null);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            },
            mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Minutes from `now` to the next Monday after today's date at hh:mm UTC. */
function minutesToNextMonday(now: Date, hours: number, minutes: number): number {
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hours, minutes));
  do target.setUTCDate(target.getUTCDate() + 1);
  while (target.getUTCDay() !== 1);
  return (target.getTime() - now.getTime()) / 60_000;
}

describe('Weekly email digest', () => {
  describe('with SMTP_URL', () => {
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let t: TestApp;
    let digest: DigestService;
    let amy: Staff;
    let zed: Staff;
    let partnerId: string;
    let quietId: string;

    beforeAll(async () => {
      smtp = await startSmtpServer({ refuse: (address) => address.startsWith('bounce') });
      t = await startTestApp({ env: { SMTP_URL: smtp.url, APP_URL, MAIL_FROM } });
      digest = t.app.get(DigestService);
      // Monday 06:59 UTC next week: everything below is dated from there.
      t.clock.advanceMinutes(minutesToNextMonday(t.clock.now(), 6, 59));
      const now = t.clock.now();
      const day = (offset: number) => new Date(now.getTime() + offset * DAY_MS).toISOString().slice(0, 10);

      amy = await t.createStaff('librarian', { name: 'Amy Archer' });
      zed = await t.createStaff('librarian', { name: 'Zed Zimmer' }); // nothing on his list: no email
      await t.createStaff('manager', { name: 'Marcus Reyes' }); // liaison for nothing: no email
      const gone = await t.createStaff('librarian', { name: 'Gone Away' });
      await t.db.query('UPDATE users SET active = false WHERE id = $1', [gone.id]);

      // Amy's partner: quiet (45 days), a follow-up overdue by 3 days, an agreement review in 10 days. Its name
      // needs escaping in HTML.
      const partner = await insertPartner(t.db, { name: 'Bread & <Roses> Co-op', stage: 'active', liaisonId: amy.id, contactCadenceDays: 30 });
      partnerId = partner.id;
      quietId = partner.id;
      await setPartnerCreatedAt(t.db, partner.id, new Date(now.getTime() - 400 * DAY_MS));
      await insertCommunication(t.db, partner.id, { occurredAt: new Date(now.getTime() - 45 * DAY_MS), createdBy: amy.id });
      await insertCommitment(t.db, partner.id, { description: 'Send the "flyer" draft', dueOn: day(-3), ownerUserId: amy.id });
      await insertAgreement(t.db, partner.id, { title: 'MOU 2026', reviewOn: day(10) });
      // A partner-side follow-up on Amy's partner comes to her too; Zed's own partner is fine (contacted yesterday).
      const ana = await insertContact(t.db, partner.id, 'Ana Ruiz');
      await insertCommitment(t.db, partner.id, { description: 'Confirm the venue', dueOn: day(-1), ownerSide: 'partner', ownerContactId: ana.id });
      const zeds = await insertPartner(t.db, { name: 'Zed Fine Partner', stage: 'active', liaisonId: zed.id });
      await insertCommunication(t.db, zeds.id, { occurredAt: new Date(now.getTime() - DAY_MS), createdBy: zed.id });
      // The deactivated librarian has an overdue follow-up; deactivated staff get no email.
      await insertCommitment(t.db, zeds.id, { description: 'Not for a deactivated account', dueOn: day(-2), ownerUserId: gone.id });
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });

    it('starts its timer with the app', () => {
      expect(t.app.get(DigestScheduler).started).toBe(true);
    });

    it('sends nothing before 07:00 UTC on Monday', async () => {
      expect(await digest.runIfDue()).toEqual({ status: 'not-due' });
      expect(smtp.received).toHaveLength(0);
      const runs = await t.db.query('SELECT count(*)::int AS n FROM digest_runs');
      expect(runs[0].n).toBe(0);
    });

    it('at Monday 07:xx sends one email to each active staff member with items, listing each with its reason and link', async () => {
      t.clock.advanceMinutes(6); // 07:05
      const result = await digest.runIfDue();
      const monday = t.clock.now().toISOString().slice(0, 10);
      expect(result).toEqual({ status: 'sent', weekStarting: monday, sent: 1, failed: 0 });

      expect(smtp.received).toHaveLength(1);
      const [{ envelope, mail }] = smtp.received as [Received];
      expect(envelope.to).toEqual([amy.email]);
      expect(envelope.from).toBe('partnerships@library.test');
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([{ address: amy.email, name: 'Amy Archer' }]);
      expect(mail.from?.value).toEqual([{ address: 'partnerships@library.test', name: 'Library Partnerships' }]);
      expect(mail.subject).toBe('Your week in Common Ground: 2 overdue follow-ups, 1 quiet partner, 1 review due');

      const text = mail.text ?? '';
      expect(text).toContain('Hello Amy Archer,');
      expect(text).toContain(`4 things need your attention in the week of ${dateWords(monday)}.`);
      expect(text).toContain('Overdue follow-ups (2)');
      expect(text).toContain(`- Bread & <Roses> Co-op: “Send the "flyer" draft” was due 3 days ago (`);
      expect(text).toContain(`  ${APP_URL}/partners/${partnerId}?tab=follow-ups`);
      expect(text).toContain('“Confirm the venue” was due yesterday');
      expect(text).toContain('Partners gone quiet (1)');
      expect(text).toContain('- Bread & <Roses> Co-op: No two-way contact for 45 days; the agreed cadence is 30 days.');
      expect(text).toContain(`  ${APP_URL}/partners/${quietId}\n`);
      expect(text).toContain('Reviews due (1)');
      expect(text).toContain('- Bread & <Roses> Co-op — agreement “MOU 2026”: Agreement review due in 10 days (');
      expect(text).toContain(`Your whole list: ${APP_URL}/attention`);
      expect(text).not.toContain('Not for a deactivated account');
      // Overdue first, then quiet, then reviews.
      expect(text.indexOf('Overdue follow-ups')).toBeLessThan(text.indexOf('Partners gone quiet'));
      expect(text.indexOf('Partners gone quiet')).toBeLessThan(text.indexOf('Reviews due'));

      const html = String(mail.html);
      expect(html).toContain('Bread &amp; &lt;Roses&gt; Co-op');
      expect(html).not.toContain('<Roses>');
      expect(html).toContain('“Send the &quot;flyer&quot; draft” was due 3 days ago');
      expect(html).toContain(`<a href="${APP_URL}/partners/${partnerId}?tab=follow-ups">`);
      expect(html).toContain('No two-way contact for 45 days; the agreed cadence is 30 days.');

      const runs = await t.db.query('SELECT week_starting::text AS week, sent, failed, finished_at FROM digest_runs');
      expect(runs).toEqual([{ week: monday, sent: 1, failed: 0, finished_at: expect.any(Date) }]);
    });

    it('sends nothing more that week, to a second process or after a restart', async () => {
      t.clock.advanceMinutes(3 * 60); // Monday 10:05, same week
      expect(await digest.runIfDue()).toEqual({ status: 'already-sent', weekStarting: expect.any(String) });
      // The scheduler's own check goes through the same claim.
      await t.app.get(DigestScheduler).check();
      expect(smtp.received).toHaveLength(1);
    });

    it('the next Monday, two processes asking at once send the digest once', async () => {
      t.clock.advanceMinutes(7 * 24 * 60);
      const results = await Promise.all([digest.runIfDue(), digest.runIfDue(), digest.runIfDue()]);
      expect(results.map((r) => r.status).sort()).toEqual(['already-sent', 'already-sent', 'sent']);
      expect(smtp.received).toHaveLength(2);
      expect(smtp.received[1]!.envelope.to).toEqual([amy.email]);
    });

    it('counts a refused address as failed and still sends everyone else’s', async () => {
      const bouncing = await t.createStaff('librarian', { name: 'Bounce Case', email: 'bounce@library.test' });
      const partner = await insertPartner(t.db, { name: 'Bouncing Partner Hall', stage: 'active', liaisonId: bouncing.id });
      await setPartnerCreatedAt(t.db, partner.id, new Date(t.clock.now().getTime() - 400 * DAY_MS));
      t.clock.advanceMinutes(7 * 24 * 60);
      const result = await digest.runIfDue();
      expect(result).toMatchObject({ status: 'sent', sent: 1, failed: 1 });
      expect(smtp.received).toHaveLength(3);
      expect(smtp.received[2]!.envelope.to).toEqual([amy.email]);
    });

    it('stops its timer when the app shuts down', async () => {
      const scheduler = t.app.get(DigestScheduler);
      await scheduler.onApplicationShutdown();
      expect(scheduler.started).toBe(false);
    });
  });

  describe('without SMTP_URL', () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

    beforeAll(async () => {
      smtp = await startSmtpServer();
      t = await startTestApp();
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });

    it('sends nothing, records no run and does not fail, even on a Monday morning with items due', async () => {
      expect(t.app.get(DigestScheduler).started).toBe(false);
      t.clock.advanceMinutes(minutesToNextMonday(t.clock.now(), 7, 30));
      const amy = await t.createStaff('librarian', { name: 'Amy Archer' });
      const partner = await insertPartner(t.db, { name: 'Quiet Without Mail', stage: 'active', liaisonId: amy.id });
      await setPartnerCreatedAt(t.db, partner.id, new Date(t.clock.now().getTime() - 400 * DAY_MS));
      expect(await t.app.get(DigestService).runIfDue()).toEqual({ status: 'disabled' });
      await t.app.get(DigestScheduler).check();
      const runs = await t.db.query('SELECT count(*)::int AS n FROM digest_runs');
      expect(runs[0].n).toBe(0);
      expect(smtp.received).toHaveLength(0);
    });
  });
});

/** "23 Nov 2026", written out here so a broken formatter fails the test. */
function dateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
}
