import { expect, test } from '@playwright/test';
import { chooseOption, DEMO_PASSWORD, DEMO_USERS, mainNav, signIn, signOut } from './helpers';

test('the administrator adds a librarian, who can then sign in', async ({ page }) => {
  // Unique per run, so the test also passes against a database that has seen it before.
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const newUser = {
    name: `Priya Natarajan ${suffix}`,
    firstName: 'Priya',
    email: `priya.${suffix}@commonground.example`,
    password: `temporary-pass-${suffix}`,
  };

  const admin = DEMO_USERS.administrator;
  await signIn(page, admin.email, DEMO_PASSWORD, admin.firstName);
  await mainNav(page).getByRole('link', { name: 'Staff accounts', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible();

  await page.getByRole('button', { name: 'Add a staff member', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Full name', { exact: true }).fill(newUser.name);
  await dialog.getByLabel('Email', { exact: true }).fill(newUser.email);
  await chooseOption(dialog, 'Role', 'Programming librarian');
  await dialog.getByLabel('Temporary password', { exact: true }).fill(newUser.password);
  await dialog.getByRole('button', { name: 'Create account', exact: true }).click();

  // A polite confirmation (a toast that closes itself), then the new account in the table.
  await expect(page.getByText(`Account created for ${newUser.name}`, { exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: newUser.email })).toBeVisible();

  await signOut(page);

  await signIn(page, newUser.email, newUser.password, newUser.firstName);
  await expect(mainNav(page).getByRole('link', { name: 'Home', exact: true })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Staff accounts', exact: true })).toHaveCount(0);
});
