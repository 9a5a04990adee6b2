import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, mainNav, signIn } from './helpers';

test.use({ timezoneId: 'UTC' });

/** The number a figure link shows ("1,234" → 1234). */
async function figureValue(page: Page, name: RegExp): Promise<number> {
  const text = await page.getByRole('link', { name }).first().innerText();
  return Number(text.replace(/[^\d.]/g, ''));
}

test('an administrator builds the demo year’s funder summary, follows a figure to its records, saves it and downloads the PDF and the CSV', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const funder = `Harbor Arts Council ${suffix}`;
  const admin = DEMO_USERS.administrator;
  await signIn(page, admin.email, DEMO_PASSWORD, admin.firstName);

  // The saved reports list has the demo's own report of the year.
  await mainNav(page).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByText('Riverside Community Foundation').first()).toBeVisible();

  // Build the last twelve months for every partner; the preview follows the form.
  await page.getByRole('link', { name: 'New report' }).click();
  const form = page.getByRole('form', { name: 'Report definition' });
  await form.getByLabel('Funder', { exact: true }).fill(funder);
  await form.getByLabel('Grant reference (optional)').fill(`HAC-${suffix}`);
  await form.getByRole('button', { name: 'Last 12 months' }).click();
  await form.getByRole('radio', { name: 'All partners' }).check();
  const attendanceLink = page.getByRole('link', { name: /attending — show the/ });
  await expect(attendanceLink.first()).toBeVisible();
  await expect(page.getByText(funder).first()).toBeVisible();
  const sessions = await figureValue(page, /^[\d,]+ sessions? — show the/);
  const attendance = await figureValue(page, /attending — show the/);
  expect(sessions).toBeGreaterThanOrEqual(30);
  expect(attendance).toBeGreaterThan(sessions);

  // The attendance opens the sessions it was counted from: their number and their attendance add up to the figure.
  await attendanceLink.first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'The evidence' })).toBeVisible();
  const facts = page.locator('dl');
  await expect(facts.getByText('Records', { exact: true })).toBeVisible();
  await expect(facts.locator('dd').first()).toHaveText(sessions.toLocaleString('en-US'));
  await expect(facts.locator('dd').nth(1)).toHaveText(attendance.toLocaleString('en-US'));
  await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(0);

  // Back to the builder, with the draft as it was.
  await page.getByRole('link', { name: 'Back to the report builder' }).click();
  await expect(form.getByLabel('Funder', { exact: true })).toHaveValue(funder);

  await form.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Report for ${funder}` })).toBeVisible();
  expect(await figureValue(page, /attending — show the/)).toBe(attendance);

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^impact-report-harbor-arts-council-.*\.pdf$/);
  const pdfBytes = await readFile((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = await readFile((await csv.path())!, 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff); // the BOM spreadsheets need to read UTF-8
  const lines = csvText.slice(1).split('\r\n');
  expect(lines[0]).toBe('section,measure,breakdown,value,n,source');
  // The attendance total is one tidy row of the outputs, with the sessions it was counted over as its n.
  expect(lines.find((line) => line.startsWith('Outputs,Attendance,All,'))).toMatch(new RegExp(`^Outputs,Attendance,All,${attendance},${sessions},kind=sessions&`));
});
