import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, signIn } from './helpers';

test.use({ timezoneId: 'UTC' });

/** The API as the signed-in page would call it (same cookies; the CSRF header the SPA sends on every request). */
async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(path, { method, data, headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

interface Item {
  id: string;
  factor: string;
  reverse?: boolean;
  text: string;
}

/** Answers whose scored mean is `level` in every item of a factor: reverse-worded items are ticked 6 − level. */
function tick(item: Item, levels: Record<string, number>): number {
  const level = levels[item.factor]!;
  return item.reverse ? 6 - level : level;
}

test('a manager sends an assessment link, the partner answers on a phone, and the manager sees the factor move with the perception gap and evidence that opens its record', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const partnerName = `Riverbend Adult Learning ${suffix}`;
  const manager = DEMO_USERS.manager;
  await signIn(page, manager.email, DEMO_PASSWORD, manager.firstName);

  // A partnership of our own: an active partner, one contact, a meeting three days ago, and the library's answers
  // (communication rated 5 throughout), so only the partner's answers are missing.
  const partner = await api<{ id: string }>(page, 'POST', '/api/v1/partners', {
    name: partnerName,
    type: 'social-service-nonprofit',
    stage: 'active',
    description: 'Adult basic education and GED classes.',
    focusAreas: ['lifelong-learning'],
    publics: ['adults'],
  });
  const contact = await api<{ id: string }>(page, 'POST', `/api/v1/partners/${partner.id}/contacts`, {
    name: `Nadia Brennan ${suffix}`,
    email: `nadia.${suffix}@riverbend.example`,
    isPrimary: true,
  });
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
  await api(page, 'POST', '/api/v1/communications', {
    partnerId: partner.id,
    channel: 'meeting',
    occurredAt: threeDaysAgo,
    contactParticipantIds: [contact.id],
    summary: 'Planned the spring GED study nights.',
  });
  const bank = await api<{ items: Item[] }>(page, 'GET', '/api/v1/assessment-items');
  const libraryLevels = { SA: 4, TW: 4, CE: 5, IR: 4, OC: 4 };
  await api(page, 'POST', `/api/v1/partners/${partner.id}/assessments`, {
    answers: Object.fromEntries(bank.items.map((item) => [item.id, tick(item, libraryLevels)])),
  });

  // Before: the Communication & Expectations card, with the library's view only.
  await page.goto(`/partners/${partner.id}?tab=health`);
  const card = page.getByRole('article', { name: /Communication & Expectations/ });
  await expect(card).toBeVisible();
  const scoreLine = card.getByText(/likely between/);
  const before = await scoreLine.textContent();
  await expect(card.getByRole('group', { name: 'How each side sees it' })).toHaveCount(0);

  // The manager sends the link from the partner's assessments page and copies it.
  await page.goto(`/partners/${partner.id}/assessments`);
  await page.getByRole('button', { name: 'Send an assessment link' }).click();
  const dialog = page.getByRole('dialog');
  // The contact field is required, so its label carries an asterisk.
  await dialog.getByLabel(/^Who should answer\?/).click();
  await page.getByRole('option', { name: new RegExp(`^Nadia Brennan ${suffix}`) }).click();
  await dialog.getByRole('button', { name: 'Create a link to copy' }).click();
  const link = await dialog.getByLabel('Assessment link').inputValue();
  const path = new URL(link).pathname;
  expect(path).toMatch(/^\/assessment\/[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole('button', { name: 'Done' }).click();

  // The partner, on a phone, with no account: communication rated 2 throughout, the rest 4.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'UTC' });
  const partnerPage = await phone.newPage();
  await partnerPage.goto(path);
  await expect(partnerPage.getByText(partnerName).first()).toBeVisible();
  const form = await partnerPage.request.get(`/api/v1/public${path.replace('/assessment/', '/assessments/')}`);
  const worded = ((await form.json()) as { items: Item[] }).items;
  const partnerLevels = { SA: 4, TW: 4, CE: 2, IR: 4, OC: 4 };
  for (const item of worded) {
    const reverse = bank.items.find((i) => i.id === item.id)!.reverse;
    const value = tick({ ...item, reverse }, partnerLevels);
    const group = partnerPage.getByRole('radiogroup', { name: item.text });
    await group.getByRole('radio').nth(value - 1).check();
  }
  // Nothing sideways to scroll on a phone.
  expect(await partnerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await partnerPage.getByRole('button', { name: 'Send my answers' }).click();
  await expect(partnerPage.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await phone.close();

  // After: the factor moved, the perception gap is flagged with both sides' values.
  await page.goto(`/partners/${partner.id}?tab=health`);
  await expect(card).toBeVisible();
  await expect(scoreLine).not.toHaveText(before!);
  await expect(card.getByText('The library and the partner see this differently (library 5.0, partner 2.0)')).toBeVisible();
  const sides = card.getByRole('group', { name: 'How each side sees it' });
  await expect(sides).toContainText('Library');
  await expect(sides).toContainText('5.00');
  await expect(sides).toContainText('Partner');
  await expect(sides).toContainText('2.00');

  // An explanation sentence's link opens the record it cites: the meeting three days ago, on the partner's timeline.
  const meetingLink = card.getByRole('link', { name: /meeting/i }).first();
  await expect(meetingLink).toBeVisible();
  await meetingLink.click();
  await expect(page).toHaveURL(new RegExp(`/partners/${partner.id}\\?.*tab=timeline`));
  await expect(page.getByText('Planned the spring GED study nights.')).toBeVisible();
});
