import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, searchAndChoose, signIn } from './helpers';

// The librarian's pages are phone-first (UX.md): this journey runs at a phone's width, one column, full-screen dialogs.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** A calendar day as the API writes it, `days` after today (UTC, the API's clock). */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The API as the signed-in page would call it (same cookies; the CSRF header the SPA sends on every request). */
async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(path, { method, data, headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

test('a librarian logs a meeting with a contact and two follow-ups from the home page, marks one done and finds the meeting on the timeline', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Unique per run, so the test also passes against a database that has seen it before.
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const partnerName = `Eastside Tool Library ${suffix}`;
  const contactName = `Priya Marlowe${suffix}`;
  const librarian = DEMO_USERS.librarian;
  const flyer = `Send the repair café flyer ${suffix}`;
  const room = `Book the maker room ${suffix}`;

  await signIn(page, librarian.email, DEMO_PASSWORD, librarian.firstName);

  // A partner of our own (the librarian as liaison) with one contact, so the journey does not depend on demo data.
  const me = await api<{ id: string }>(page, 'GET', '/api/v1/auth/me');
  const partner = await api<{ id: string }>(page, 'POST', '/api/v1/partners', {
    name: partnerName,
    type: 'civic-community-group',
    stage: 'active',
    liaisonId: me.id,
  });
  await api(page, 'POST', `/api/v1/partners/${partner.id}/contacts`, { name: contactName, title: 'Volunteer lead' });

  // Quick log from the home page, full screen on a phone.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${librarian.firstName}` })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Log a conversation', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a conversation' });
  await expect(dialog).toBeVisible();
  const dialogBox = await dialog.boundingBox();
  expect(dialogBox?.width).toBeGreaterThanOrEqual(389);

  // My partners come first; typing narrows them.
  const partnerField = dialog.getByRole('combobox', { name: 'Partner', exact: true });
  await partnerField.click();
  await expect(page.getByRole('listbox').getByText('My partners', { exact: true })).toBeVisible();
  await searchAndChoose(partnerField, partnerName.slice(0, -3), partnerName);

  // A meeting (the default on a fresh device), substantive by default.
  await expect(dialog.getByRole('radio', { name: 'Meeting', exact: true })).toBeChecked();
  await expect(dialog.getByRole('switch', { name: /^Substantive/ })).toBeChecked();

  // The partner's contact, found by a few letters.
  const contacts = dialog.getByRole('combobox', { name: `From ${partnerName}`, exact: true });
  await contacts.click();
  await contacts.fill('Priya');
  await page.getByRole('option', { name: `${contactName} (Volunteer lead)`, exact: true }).click();

  await dialog.getByRole('textbox', { name: 'Summary', exact: true }).fill('Planned a spring repair café at the Eastside branch.');

  // Two follow-ups, both mine, due this week.
  await dialog.getByRole('button', { name: 'Add a follow-up', exact: true }).click();
  const first = dialog.getByRole('group', { name: 'Follow-up 1', exact: true });
  await first.getByRole('textbox', { name: 'What needs doing', exact: true }).fill(flyer);
  await first.getByLabel('Due', { exact: true }).fill(dayFromToday(1));
  await dialog.getByRole('button', { name: 'Add another follow-up', exact: true }).click();
  const second = dialog.getByRole('group', { name: 'Follow-up 2', exact: true });
  await second.getByRole('textbox', { name: 'What needs doing', exact: true }).fill(room);
  await second.getByLabel('Due', { exact: true }).fill(dayFromToday(2));

  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Conversation with ${partnerName} logged, with 2 follow-ups` })).toBeVisible();
  await expect(dialog).toBeHidden();

  // Both follow-ups on the home page, and the meeting among what I logged.
  const dueThisWeek = page.getByRole('list', { name: 'Due this week' });
  const flyerItem = dueThisWeek.getByRole('listitem').filter({ hasText: flyer });
  const roomItem = dueThisWeek.getByRole('listitem').filter({ hasText: room });
  await expect(flyerItem).toBeVisible();
  await expect(roomItem).toBeVisible();
  await expect(page.getByRole('list', { name: 'What you logged lately' }).getByRole('listitem').filter({ hasText: partnerName }).first()).toBeVisible();

  // Done in one click.
  await flyerItem.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(flyerItem).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `Marked “${flyer}” done` })).toBeVisible();
  await page.reload();
  await expect(dueThisWeek.getByRole('listitem').filter({ hasText: room })).toBeVisible();
  await expect(dueThisWeek.getByRole('listitem').filter({ hasText: flyer })).toHaveCount(0);

  // The partner's follow-ups: one open, one done on time.
  await dueThisWeek.getByRole('listitem').filter({ hasText: room }).getByRole('link', { name: partnerName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: partnerName })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Follow-ups', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('list', { name: 'Open (1)' })).toContainText(room);
  await expect(page.getByRole('list', { name: 'Closed (1)' })).toContainText('Done on time');

  // The meeting on the timeline, with its contact and summary, also under the Communications filter.
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  const entries = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
  const meeting = entries.filter({ hasText: `${librarian.name} logged a meeting` });
  await expect(meeting).toHaveCount(1);
  await expect(meeting).toContainText(contactName);
  await expect(meeting).toContainText('Planned a spring repair café at the Eastside branch.');
  await expect(meeting).toContainText('2 follow-ups');
  await page.getByText('Communications', { exact: true }).click();
  await expect(page).toHaveURL(/kind=communication/);
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: `${librarian.name} logged a meeting` })).toHaveCount(1);
});
