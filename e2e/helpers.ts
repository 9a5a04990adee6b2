import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'common-ground-demo';

export const DEMO_USERS = {
  administrator: { email: 'admin@commonground.example', name: 'Dana Whitfield', firstName: 'Dana' },
  manager: { email: 'manager@commonground.example', name: 'Marcus Reyes', firstName: 'Marcus' },
  librarian: { email: 'librarian@commonground.example', name: 'Lena Okafor', firstName: 'Lena' },
} as const;

/** Opens the app signed out and fills in the sign-in form. Does not check the outcome. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Common Ground' })).toBeVisible();
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in and waits for the home page's greeting. */
export async function signIn(page: Page, email: string, password: string, firstName: string): Promise<void> {
  await submitSignIn(page, email, password);
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${firstName}` })).toBeVisible();
}

export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Common Ground' })).toBeVisible();
}

/** Picks an option of a labelled select, whether it is a native <select> or a combobox with a listbox. */
export async function chooseOption(scope: Locator, label: string, option: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  const tagName = await field.evaluate((element) => element.tagName);
  if (tagName === 'SELECT') {
    await field.selectOption({ label: option });
  } else {
    await field.click();
    await scope.page().getByRole('option', { name: option, exact: true }).click();
  }
}

/**
 * Types `search` into a searchable combobox and, once the list shows `option` alone, chooses it with the keyboard.
 * The list is replaced as the search answers: a click could land on an option while it was being replaced (or under
 * a form's sticky buttons), whereas ArrowDown and Enter act on the list as it is when pressed. `search` must match
 * only `option`, so that "alone" means the list has settled.
 */
export async function searchAndChoose(field: Locator, search: string, option: string): Promise<void> {
  await field.fill(search);
  const choices = field.page().getByRole('listbox').getByRole('option');
  await expect(choices).toHaveCount(1);
  await expect(choices).toHaveText(option);
  await field.press('ArrowDown');
  await field.press('Enter');
  await expect(field).toHaveValue(option);
}
