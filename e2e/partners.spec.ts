import { expect, test } from '@playwright/test';
import { chooseOption, DEMO_PASSWORD, DEMO_USERS, mainNav, signIn } from './helpers';

test('a librarian adds a partner with a contact and a goal, finds it by the contact, moves it to Active and sees both on its timeline', async ({
  page,
}) => {
  // A long journey (four pages, three forms): give it more than the default 30 s on a busy machine.
  test.setTimeout(60_000);
  // Unique per run, so the test also passes against a database that has seen it before.
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const partnerName = `Riverside Seed Library ${suffix}`;
  const contactLastName = `Quillfeather${suffix}`;
  const contactName = `Imogen ${contactLastName}`;
  const goalText = 'Run a seed swap at the Riverside branch every spring';
  const librarian = DEMO_USERS.librarian;

  await signIn(page, librarian.email, DEMO_PASSWORD, librarian.firstName);

  // Add the partner.
  await mainNav(page).getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page).toHaveURL(/\/partners$/);
  await page.getByRole('link', { name: 'Add a partner', exact: true }).first().click();
  await expect(page).toHaveURL(/\/partners\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Add a partner' })).toBeVisible();
  const main = page.getByRole('main');
  await main.getByLabel('Name', { exact: true }).fill(partnerName);
  await chooseOption(main, 'Type', 'Civic or community group');
  await main.getByRole('button', { name: 'Add partner', exact: true }).click();

  await expect(page.getByText(`${partnerName} added`, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: partnerName })).toBeVisible();
  const partnerPath = new URL(page.url()).pathname;

  // A shared goal, on the overview.
  await main.getByRole('button', { name: 'Add a goal', exact: true }).click();
  const goalForm = main.getByRole('form', { name: 'Add a goal' });
  await goalForm.getByLabel('Goal', { exact: true }).fill(goalText);
  await chooseOption(goalForm, 'Agreed by', 'Both organisations');
  await goalForm.getByRole('button', { name: 'Add goal', exact: true }).click();
  await expect(goalForm).toBeHidden();
  await expect(main.getByRole('listitem').filter({ hasText: goalText })).toBeVisible();

  // A primary contact, on the Contacts tab.
  await main.getByRole('tab', { name: 'Contacts', exact: true }).click();
  await main.getByRole('button', { name: 'Add a contact', exact: true }).click();
  const contactDialog = page.getByRole('dialog', { name: 'Add a contact' });
  await contactDialog.getByLabel('Name', { exact: true }).fill(contactName);
  await contactDialog.getByLabel('Job title', { exact: true }).fill('Head Gardener');
  await contactDialog.getByLabel('Email', { exact: true }).fill(`imogen.${suffix}@seedlibrary.example`);
  await contactDialog.getByLabel('Primary contact').check();
  await contactDialog.getByRole('button', { name: 'Add contact', exact: true }).click();
  await expect(contactDialog).toBeHidden();
  await expect(main.getByRole('listitem').filter({ hasText: contactName })).toBeVisible();

  // Find it again from anywhere: part of the contact's name in the header search.
  await mainNav(page).getByRole('link', { name: 'Home', exact: true }).click();
  // Wait for the page to arrive: a route change moves focus to the new page, which would close a search started
  // before it.
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
  const search = page.getByRole('banner').getByLabel('Search', { exact: true });
  await search.fill(contactLastName.slice(0, -2));
  const result = page.getByRole('option').filter({ hasText: contactName });
  await expect(result).toContainText(`at ${partnerName}`);
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${partnerPath}\\?tab=contacts$`));
  await expect(page.getByRole('heading', { level: 1, name: partnerName })).toBeVisible();

  // Move it to Active on the board, with the keyboard alternative to dragging.
  await page.goto('/partners/board');
  await expect(page.getByRole('heading', { level: 1, name: 'Partners by stage' })).toBeVisible();
  const prospects = page.getByRole('region', { name: 'Prospect' });
  await expect(prospects.getByRole('link', { name: partnerName, exact: true })).toBeVisible();
  const move = page.getByRole('button', { name: `Move ${partnerName} to stage`, exact: true });
  await move.focus();
  await page.keyboard.press('Enter');
  const active = page.getByRole('menuitem', { name: 'Active', exact: true });
  await expect(active).toBeVisible();
  await active.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Moved ${partnerName} to Active` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Active' }).getByRole('link', { name: partnerName, exact: true })).toBeVisible();
  await expect(prospects.getByRole('link', { name: partnerName, exact: true })).toHaveCount(0);

  // Both changes on the partner's timeline, newest first, in words.
  await page.getByRole('region', { name: 'Active' }).getByRole('link', { name: partnerName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: partnerName })).toBeVisible();
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  const entries = timeline.getByRole('listitem');
  await expect(entries.first()).toContainText(`${librarian.name} moved the partner from Prospect to Active`);
  await expect(entries.filter({ hasText: `${librarian.name} added contact ${contactName}` })).toHaveCount(1);
  await expect(entries.filter({ hasText: `${librarian.name} added the partner` })).toHaveCount(1);
  await expect(entries.filter({ hasText: `${librarian.name} added goal` })).toHaveCount(1);
});
