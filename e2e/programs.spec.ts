import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseOption, DEMO_PASSWORD, DEMO_USERS, mainNav, searchAndChoose, signIn } from './helpers';

// Dates are compared as the API keeps them (UTC days); the browser reads and writes them in its own time zone, so
// both use UTC and a session typed for a day stays on that day.
test.use({ timezoneId: 'UTC' });

const DAY_MS = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Three weekly sessions in the current year, ending today when the year allows it (the value view shows a year
 * at a time): the last three weeks, or the first three of January.
 */
function weeklySessionDays(): [string, string, string] {
  const now = Date.now();
  const yearStart = Date.UTC(new Date(now).getUTCFullYear(), 0, 1);
  const first = Math.max(now - 14 * DAY_MS, yearStart);
  return [dayOf(first), dayOf(first + 7 * DAY_MS), dayOf(first + 14 * DAY_MS)];
}

const money = (value: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(value);

/** The API as the signed-in page would call it (same cookies; the CSRF header the SPA sends on every request). */
async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(path, { method, data, headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A labelled figure of a description list (<dt>label</dt><dd>value</dd>): the value. */
function figure(scope: Locator, label: string): Locator {
  return scope.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
}

/** In a value-view table (figure, this year, last year): the cell of this year in the row named `row`. */
function thisYear(table: Locator, row: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: row, exact: true }) }).getByRole('cell').first();
}

test('a librarian plans a program with two partners, enters three sessions in the grid, records volunteer hours and a consented quote, and sees the totals on the program and the partner’s Value tab', async ({
  page,
}) => {
  // The longest journey: a form, three tabs, two dialogs and a second page.
  test.setTimeout(120_000);
  // Unique per run, so the test also passes against a database that has seen it before.
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const clinicName = `Lakeview Family Health ${suffix}`;
  const volunteersName = `Harbor Volunteer Corps ${suffix}`;
  const title = `Healthy Cooking Nights ${suffix}`;
  const quote = `I cook with my kids now, and we read the labels together. ${suffix}`;
  const librarian = DEMO_USERS.librarian;
  const [first, second, third] = weeklySessionDays();

  await signIn(page, librarian.email, DEMO_PASSWORD, librarian.firstName);

  // Two partners of our own, so the journey does not depend on the demo's.
  const me = await api<{ id: string }>(page, 'GET', '/api/v1/auth/me');
  for (const [name, type] of [
    [clinicName, 'health-provider'],
    [volunteersName, 'civic-community-group'],
  ]) {
    await api(page, 'POST', '/api/v1/partners', { name, type, stage: 'active', liaisonId: me.id });
  }
  const settings = await api<{ volunteerHourRate: number }>(page, 'GET', '/api/v1/settings');
  const volunteerValue = money(Math.round(12 * settings.volunteerHourRate * 100) / 100);

  // ---- Plan the program, with both partners in different roles.
  await mainNav(page).getByRole('link', { name: 'Programs', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programs' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Add a program', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a program' })).toBeVisible();
  const main = page.getByRole('main');
  await main.getByLabel('Title', { exact: true }).fill(title);
  await chooseOption(main, 'Topic', 'Health and wellness');
  await chooseOption(main, 'Kind of program', 'Workshop or class');
  await chooseOption(main, 'Where', 'At the library');
  await chooseOption(main, 'The library’s role', 'Sponsor');
  await main.getByLabel('Starts on', { exact: true }).fill(first);
  await main.getByLabel('Ends on', { exact: true }).fill(third);
  await chooseOption(main, 'Main intended outcome', 'Changed behaviours');
  await chooseOption(main, 'Developed', 'By or with a community partner');

  const partnerRows: [string, string, string][] = [
    [clinicName, 'Lead', 'A dietitian teaches each class'],
    [volunteersName, 'Volunteer provider', 'Two kitchen volunteers each night'],
  ];
  for (const [index, [name, role, duties]] of partnerRows.entries()) {
    const n = index + 1;
    await main.getByRole('button', { name: index === 0 ? 'Add a partner' : 'Add another partner', exact: true }).click();
    const row = main.getByRole('group', { name: `Partner ${n}`, exact: true });
    const partner = row.getByRole('combobox', { name: `Partner ${n}`, exact: true });
    await searchAndChoose(partner, name.slice(0, -2), name);
    await chooseOption(row, `Role of partner ${n}`, role);
    await row.getByLabel(`Responsibilities of partner ${n} (optional)`, { exact: true }).fill(duties);
  }
  await main.getByRole('button', { name: 'Add program', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: `${title} added` })).toBeVisible();
  await expect(page).toHaveURL(/\/programs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const partnersFact = figure(main, 'Partners');
  await expect(partnersFact.getByRole('listitem').filter({ hasText: clinicName })).toContainText('Lead');
  await expect(partnersFact.getByRole('listitem').filter({ hasText: volunteersName })).toContainText('Volunteer provider');
  await expect(figure(main, 'Sessions')).toHaveText('0');

  // ---- Three weekly sessions in the attendance grid, saved in one go.
  await main.getByRole('tab', { name: 'Sessions & attendance', exact: true }).click();
  await main.getByRole('button', { name: 'Add a weekly series', exact: true }).click();
  const series = main.getByRole('group', { name: 'A weekly series', exact: true });
  await series.getByLabel('How many sessions', { exact: true }).fill('3');
  await series.getByLabel('First session', { exact: true }).fill(first);
  await series.getByLabel('Start time', { exact: true }).fill('12:00');
  await series.getByRole('button', { name: 'Add 3 sessions', exact: true }).click();

  const attendance: Record<string, string>[] = [
    { 'Children 6–11': '3', 'Adults 19+': '14' },
    { 'Children 6–11': '4', 'Adults 19+': '11' },
    { 'Children 0–5': '1', 'Children 6–11': '2', 'Adults 19+': '16' },
  ];
  for (const [index, counts] of attendance.entries()) {
    const session = `session ${index + 1}`;
    await expect(main.getByLabel(`Date, ${session}`, { exact: true })).toHaveValue([first, second, third][index]!);
    for (const [band, count] of Object.entries(counts)) await main.getByLabel(`${band}, ${session}`, { exact: true }).fill(count);
    await chooseOption(main, `Audience matched the target, ${session}`, 'Yes');
  }
  await expect(main.getByRole('cell', { name: 'Total attendance', exact: true })).toHaveText('51');
  await main.getByRole('button', { name: 'Save sessions', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sessions saved: 3 sessions' })).toBeVisible();
  await expect(main.getByText('All changes saved.', { exact: true })).toBeVisible();
  // The program's own totals follow at once.
  await expect(figure(main, 'Sessions')).toHaveText('3');
  await expect(figure(main, 'Attendance')).toHaveText('51');

  // ---- The volunteers' hours, valued at the rate in settings.
  await main.getByRole('tab', { name: 'Contributions', exact: true }).click();
  await main.getByRole('button', { name: 'Add a contribution', exact: true }).click();
  const contribution = page.getByRole('dialog', { name: 'Add a contribution' });
  await contribution.getByRole('radio', { name: 'The partner', exact: true }).check();
  await chooseOption(contribution, 'Partner', volunteersName);
  await chooseOption(contribution, 'What was contributed', 'Volunteers');
  await expect(contribution.getByLabel('Unit', { exact: true })).toHaveValue('hours');
  await contribution.getByRole('radio', { name: 'Given', exact: true }).check();
  await contribution.getByLabel('Quantity (optional)', { exact: true }).fill('12');
  await expect(contribution.getByText(`Will be valued at ${volunteerValue}: 12 hours`)).toBeVisible();
  await contribution.getByLabel('Description (optional)', { exact: true }).fill('Kitchen volunteers, two a night');
  await contribution.getByRole('button', { name: 'Add contribution', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contribution added' })).toBeVisible();
  await expect(contribution).toBeHidden();
  const ledgerTotals = main.getByRole('region', { name: 'Totals', exact: true });
  await expect(figure(ledgerTotals, 'Volunteer hours')).toHaveText('12');
  await expect(figure(ledgerTotals, 'Total value')).toHaveText(volunteerValue);

  // ---- A participant's words, with their consent to be quoted.
  await main.getByRole('tab', { name: 'Notes', exact: true }).click();
  await main.getByRole('button', { name: 'Add a note', exact: true }).click();
  const note = page.getByRole('dialog', { name: 'Add a note' });
  await chooseOption(note, 'Kind of note', 'Quote');
  await chooseOption(note, 'Partner (optional)', volunteersName);
  await note.getByLabel('What was said', { exact: true }).fill(quote);
  await note.getByLabel('Who said it (optional)', { exact: true }).fill('A parent at the third class');
  await note.getByRole('checkbox', { name: 'They agreed to be quoted', exact: true }).check();
  await note.getByRole('radio', { name: 'Deeper impacts', exact: true }).check();
  await note.getByRole('button', { name: 'Add note', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note added' })).toBeVisible();
  await expect(note).toBeHidden();
  const quoteCard = main.getByRole('listitem').filter({ hasText: quote });
  await expect(quoteCard).toContainText('Consent to quote');

  // ---- The volunteer partner's Value tab: this year's sessions, attendance, hours, value and the quote.
  await figure(main, 'Partners').getByRole('link', { name: volunteersName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: volunteersName })).toBeVisible();
  await main.getByRole('tab', { name: 'Value', exact: true }).click();
  const value = main.getByRole('region', { name: 'Value', exact: true });
  const programs = value.getByRole('table', { name: 'Programs where the partner has a role, and their sessions' });
  await expect(thisYear(programs, 'Programs planned')).toHaveText('1');
  await expect(thisYear(programs, 'Sessions held')).toHaveText('3');
  const ages = value.getByRole('table', { name: 'Attendance by age band' });
  await expect(thisYear(ages, 'Children 0–5')).toHaveText('1');
  await expect(thisYear(ages, 'Children 6–11')).toHaveText('9');
  await expect(thisYear(ages, 'Adults 19+')).toHaveText('41');
  await expect(thisYear(ages, 'All ages')).toHaveText('51');
  const formats = value.getByRole('table', { name: 'Attendance by format' });
  await expect(thisYear(formats, 'In person, at the library')).toHaveText('51 in 3 sessions');
  const reach = value.getByRole('table', { name: 'Sessions whose audience matched the intended public' });
  await expect(thisYear(reach, 'Sessions that reached the intended public')).toHaveText('3 of 3 sessions (100%)');
  const given = value.getByRole('table', { name: 'Actual contributions (not pledges), by side and type' });
  await expect(thisYear(given, 'Volunteer hours')).toHaveText('12');
  await expect(thisYear(given, 'Total value')).toHaveText(volunteerValue);
  await expect(thisYear(given, 'Brought by the partner')).toHaveText(`${volunteerValue} · 1 line`);
  const deeper = value.getByRole('region', { name: 'Deeper impacts' });
  await expect(deeper.getByRole('listitem').filter({ hasText: quote })).toContainText('Consent to quote');
});
