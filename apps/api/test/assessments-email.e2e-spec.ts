import { assessmentRecordsOf, insertContactWithEmail, tokenOf } from './factories/assessment.factory';
import { insertPartner } from './factories/partner.factory';
import { openTestMailbox } from './factories/test-mailbox';
import type { SignedInAgent, TestApp } from './test-app';
import { startTestApp } from './test-app';

const APP_URL = 'https://crm.library.test';
const MAIL_FROM = 'Library Partnerships <partnerships@library.test>';

describe('Emailed assessment links (SMTP_URL set)', () => {
  let mailbox: Awaited<ReturnType<typeof openTestMailbox>>;
  let t: TestApp;
  let asManager: SignedInAgent;

  const invite = (partnerId: string, body: Record<string, unknown>) => asManager.post(`/api/v1/partners/${partnerId}/assessment-invitations`).send(body);

  beforeAll(async () => {
    mailbox = await openTestMailbox();
    t = await startTestApp({ env: { SMTP_URL: mailbox.url, APP_URL, MAIL_FROM } });
    const manager = await t.createStaff('manager', { name: 'Marcus Reyes' });
    asManager = await t.signIn(manager.email);
    await t.db.query(`UPDATE library_settings SET library_name = 'Springfield Public Library' WHERE id = 1`);
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('emails the link to the contact: who is asking, both names, the link and its expiry', async () => {
    const partner = await insertPartner(t.db, { name: 'Riverside Food Bank' });
    const contact = await insertContactWithEmail(t.db, partner.id, { name: 'Ana Ruiz', email: 'ana@riverside.test' });
    const res = await invite(partner.id, { contactId: contact.id, sendEmail: true }).expect(201);
    expect(res.body.link).toMatch(/^https:\/\/crm\.library\.test\/assessment\/[A-Za-z0-9_-]{43}$/);
    expect(res.body.invitation.emailedAt).toBe(t.clock.now().toISOString());

    expect(mailbox.messages).toHaveLength(1);
    const mail = mailbox.messages[0]!;
    expect(mail.to).toMatchObject({ value: [{ address: 'ana@riverside.test', name: 'Ana Ruiz' }] });
    expect(mail.from).toMatchObject({ value: [{ address: 'partnerships@library.test' }] });
    expect(mail.subject).toBe('Springfield Public Library and Riverside Food Bank: how is our partnership going?');
    const expires = new Date(res.body.invitation.expiresAt)
      .toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      .replace(/,/g, '');
    for (const text of [mail.text!, mail.html as string]) {
      expect(text).toContain('Hello Ana');
      expect(text).toContain('Marcus Reyes at Springfield Public Library');
      expect(text).toContain('Riverside Food Bank');
      expect(text).toContain(res.body.link);
      expect(text).toContain(`until ${expires}`);
    }
    const list = await asManager.get(`/api/v1/partners/${partner.id}/assessments`).expect(200);
    expect(list.body.emailEnabled).toBe(true);
    // The emailed link works.
    await t.http().get(`/api/v1/public/assessments/${tokenOf(res.body.link)}`).expect(200);
  });

  it('refuses a contact without an email address (400) when emailing, and saves nothing', async () => {
    const partner = await insertPartner(t.db);
    const contact = await insertContactWithEmail(t.db, partner.id, { name: 'No Mail', email: null });
    const res = await invite(partner.id, { contactId: contact.id, sendEmail: true }).expect(400);
    expect(res.body.errors).toEqual([{ field: 'contactId', message: expect.stringMatching(/^No Mail has no email address/) }]);
    expect(await assessmentRecordsOf(t.db, partner.id)).toEqual({ waves: 0, assessments: 0, invitations: 0, audit: 0 });
    // Without emailing, the same contact gets a link to copy.
    const copied = await invite(partner.id, { contactId: contact.id }).expect(201);
    expect(copied.body.invitation.emailedAt).toBeNull();
  });

  it('creates no link when the mail server refuses the message (502)', async () => {
    const partner = await insertPartner(t.db);
    const contact = await insertContactWithEmail(t.db, partner.id);
    mailbox.state.refusing = true;
    try {
      const res = await invite(partner.id, { contactId: contact.id, sendEmail: true }).expect(502);
      expect(res.body.detail).toContain('no link was created');
    } finally {
      mailbox.state.refusing = false;
    }
    expect(await assessmentRecordsOf(t.db, partner.id)).toEqual({ waves: 0, assessments: 0, invitations: 0, audit: 0 });
  });
});
