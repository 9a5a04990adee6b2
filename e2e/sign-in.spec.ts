import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, mainNav, signIn, signOut, submitSignIn } from './helpers';

test.describe('signing in with each role', () => {
  for (const [role, user] of Object.entries(DEMO_USERS)) {
    const isAdministrator = role === 'administrator';

    test(`the ${role} signs in, sees the right navigation and signs out`, async ({ page }) => {
      await signIn(page, user.email, DEMO_PASSWORD, user.firstName);

      const nav = mainNav(page);
      await expect(nav.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
      const staffAccounts = nav.getByRole('link', { name: 'Staff accounts', exact: true });
      if (isAdministrator) {
        await expect(staffAccounts).toBeVisible();
        await expect(staffAccounts).toHaveAttribute('href', '/admin/users');
      } else {
        await expect(staffAccounts).toHaveCount(0);
      }

      await signOut(page);
      // Signed out for real: the home page asks to sign in again.
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Common Ground' })).toBeVisible();
    });
  }
});

test('a wrong password is refused with a message in words', async ({ page }) => {
  await submitSignIn(page, DEMO_USERS.manager.email, 'not-the-right-password');

  await expect(page.getByRole('alert')).toContainText("That email and password don't match an active account.");
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Common Ground' })).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);
});
