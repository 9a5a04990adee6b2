import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, librarianMe, mockApi, problem, user } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const ada = user({ id: 'u-admin', name: 'Ada Lovelace', email: 'ada@library.org', role: 'admin', version: 4 });
const bea = user({ id: 'u-bea', name: 'Bea Okafor', email: 'bea@library.org', version: 2, lastSignedInAt: '2026-03-03T10:00:00.000Z' });

function listOf(...items: ReturnType<typeof user>[]) {
  return { status: 200, body: { items, total: items.length, nextCursor: null } };
}

async function openCreateForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Add a staff member' }));
  return screen.findByRole('dialog', { name: 'Add a staff member' });
}

async function fillCreateForm(dialog: HTMLElement) {
  await userEvent.type(within(dialog).getByLabelText('Full name'), 'Cal Rivera');
  await userEvent.type(within(dialog).getByLabelText('Email'), 'cal@library.org');
  await userEvent.selectOptions(within(dialog).getByLabelText('Role'), 'Manager');
  await userEvent.type(within(dialog).getByLabelText('Temporary password'), 'a-long-temporary-pass');
}

describe('Staff accounts page', () => {
  it('lists staff with their role, status and last sign-in', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: adminMe }, 'GET /api/v1/users': listOf(ada, bea) });
    renderApp('/admin/users');

    const table = await screen.findByRole('table', { name: 'Staff accounts' });
    const beaRow = within(table).getByRole('row', { name: /Bea Okafor/ });
    expect(within(beaRow).getByText('bea@library.org')).toBeInTheDocument();
    expect(within(beaRow).getByLabelText('Role for Bea Okafor')).toHaveValue('librarian');
    expect(within(beaRow).getByText('Active')).toBeInTheDocument();
    expect(within(beaRow).getByText('Tue 3 Mar 2026')).toBeInTheDocument();
  });

  it('maps a 400 field error from the API onto the field and the error summary, keeping what was typed', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: adminMe },
      'GET /api/v1/users': listOf(ada),
      'POST /api/v1/users': {
        status: 400,
        body: problem(400, 'Check the form', 'Some answers need changing.', [
          { field: 'email', message: 'Enter an email address at your library' },
        ]),
      },
    });
    renderApp('/admin/users');
    const dialog = await openCreateForm();
    await fillCreateForm(dialog);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create account' }));

    const link = await within(dialog).findByRole('link', { name: 'Enter an email address at your library' });
    expect(link).toHaveAttribute('href', '#create-user-email');
    const email = within(dialog).getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Enter an email address at your library'));
    expect(email).toHaveValue('cal@library.org');
    expect(within(dialog).getByLabelText('Full name')).toHaveValue('Cal Rivera');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      name: 'Cal Rivera',
      email: 'cal@library.org',
      role: 'manager',
      password: 'a-long-temporary-pass',
    });
  });

  it('creates an account, says so, and refreshes the list', async () => {
    const cal = user({ id: 'u-cal', name: 'Cal Rivera', role: 'manager' });
    let created = false;
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: adminMe },
      'GET /api/v1/users': () => (created ? listOf(ada, cal) : listOf(ada)),
      'POST /api/v1/users': () => {
        created = true;
        return { status: 201, body: cal };
      },
    });
    renderApp('/admin/users');
    const dialog = await openCreateForm();
    await fillCreateForm(dialog);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Account created for Cal Rivera')).toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /Cal Rivera/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a staff member' })).not.toBeInTheDocument());
  });

  it('checks the temporary password length before sending anything', async () => {
    const { requests } = mockApi({ 'GET /api/v1/auth/me': { status: 200, body: adminMe }, 'GET /api/v1/users': listOf(ada) });
    renderApp('/admin/users');
    const dialog = await openCreateForm();
    await userEvent.type(within(dialog).getByLabelText('Full name'), 'Cal Rivera');
    await userEvent.type(within(dialog).getByLabelText('Email'), 'cal@library.org');
    await userEvent.type(within(dialog).getByLabelText('Temporary password'), 'short');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create account' }));

    expect(await within(dialog).findByRole('link', { name: /at least 12 characters/ })).toHaveAttribute('href', '#create-user-password');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('changes a role with the row version', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: adminMe },
      'GET /api/v1/users': listOf(ada, bea),
      'PATCH /api/v1/users/u-bea': { status: 200, body: { ...bea, role: 'manager', version: 3 } },
    });
    renderApp('/admin/users');

    await userEvent.selectOptions(await screen.findByLabelText('Role for Bea Okafor'), 'Manager');

    expect(await screen.findByText('Bea Okafor is now Manager')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 2, role: 'manager' });
  });

  it('explains a stale-version 409 on a role change in words, and reloads on request', async () => {
    const detail = 'Someone else changed this account while you were looking. Reload to see their change.';
    let lists = 0;
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: adminMe },
      'GET /api/v1/users': () => {
        lists += 1;
        return listOf(ada, bea);
      },
      'PATCH /api/v1/users/u-bea': { status: 409, body: problem(409, 'Someone else changed this first', detail) },
    });
    renderApp('/admin/users');

    await userEvent.selectOptions(await screen.findByLabelText('Role for Bea Okafor'), 'Administrator');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(detail);
    const listsBeforeReload = lists;
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload staff accounts' }));
    await waitFor(() => expect(lists).toBeGreaterThan(listsBeforeReload));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('searches as you type, keeping the search in the address', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: adminMe },
      'GET /api/v1/users': (request) => (new URL(request.url).searchParams.get('q') === 'bea' ? listOf(bea) : listOf(ada, bea)),
    });
    const { router } = renderApp('/admin/users');

    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search staff' }), 'bea');

    await waitFor(() => expect(router.state.location.search).toBe('?q=bea'));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Ada Lovelace/ })).not.toBeInTheDocument());
    const searches = requests.filter((request) => request.path === '/api/v1/users').map((request) => request.search);
    expect(searches).toContain('?limit=25&offset=0&sort=name&q=bea');
    expect(searches.some((search) => search.includes('q=b&') || search.endsWith('q=b'))).toBe(false);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show deactivated accounts' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=bea&deactivated=show'));
    await waitFor(() => expect(requests.at(-1)?.search).toContain('includeInactive=true'));
  });

  it('asks before deactivating and explains a 409 with an offer to reload', async () => {
    const detail = 'Ada Lovelace is the last active administrator. Make someone else an administrator first.';
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: adminMe },
      'GET /api/v1/users': listOf(ada, bea),
      'POST /api/v1/users/u-admin/deactivate': { status: 409, body: problem(409, 'Conflict', detail) },
    });
    renderApp('/admin/users');

    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate Ada Lovelace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Ada Lovelace?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deactivate account' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(detail);
    expect(within(dialog).getByRole('button', { name: 'Reload staff accounts' })).toBeInTheDocument();
  });

  it('tells other roles they have no access, and hides the link', async () => {
    const { fetchMock } = mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe } });
    renderApp('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Staff accounts' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.length).toBe(1);
  });
});
