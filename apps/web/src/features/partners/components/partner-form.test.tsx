import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { adminMe, codedProblem, librarianMe, mockApi, problem } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { partnerFixture } from '../../../test/fixtures/partners';

const riverside = partnerFixture({
  id: 'p-river',
  name: 'Riverside Food Bank',
  type: 'social-service-nonprofit',
  stage: 'active',
  liaison: { id: 'u-lib', name: 'Grace Hopper' },
  version: 3,
  createdBy: 'u-admin',
});

afterEach(() => window.localStorage.clear());

async function fillNewPartner() {
  // Pasted rather than typed letter by letter: the same events for the form, in a fraction of the time.
  await userEvent.click(await screen.findByLabelText('Name', { exact: false }));
  await userEvent.paste('Riverside Food Bank');
  await userEvent.selectOptions(screen.getByLabelText('Type'), 'Social service nonprofit');
}

// A long form in jsdom: generous time, so a busy machine does not fail what a quiet one passes.
describe('Adding a partner', { timeout: 15_000 }, () => {
  it('creates a partner with the librarian as liaison, remembers the type, and opens the partner page', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'POST /api/v1/partners': { status: 201, body: riverside },
      'GET /api/v1/partners/p-river': { status: 200, body: riverside },
    });
    const { router } = renderApp('/partners/new');
    await fillNewPartner();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Health and wellness' }));
    await userEvent.type(screen.getByRole('combobox', { name: /^Tags/ }), 'food,');

    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/partners/p-river'));
    expect(await screen.findByText('Riverside Food Bank added')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      name: 'Riverside Food Bank',
      type: 'social-service-nonprofit',
      stage: 'prospect',
      contactCadenceDays: 30,
      focusAreas: ['health-wellness'],
      liaisonId: 'u-lib',
      tags: ['food'],
    });
    expect(window.localStorage.getItem('common-ground:partners:last-type')).toBe('social-service-nonprofit');
  });

  it('maps a 400 field error onto the name field and the summary, keeping what was typed', async () => {
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'POST /api/v1/partners': {
        status: 400,
        body: problem(400, 'Some of the information needs correcting', 'Check the name.', [
          { field: 'name', message: 'Enter a name of 200 characters or fewer' },
        ]),
      },
    });
    renderApp('/partners/new');
    await fillNewPartner();

    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a name of 200 characters or fewer' })).toHaveAttribute('href', '#partner-name');
    const name = screen.getByLabelText('Name', { exact: false });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Enter a name of 200 characters or fewer'));
    expect(name).toHaveValue('Riverside Food Bank');
    expect(screen.getByLabelText('Type')).toHaveValue('social-service-nonprofit');
  });

  it('shows a 409 "name taken" on the name field, with a way to find the existing partner', async () => {
    const detail = '"Riverside Food Bank" is already a partner.';
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'POST /api/v1/partners': {
        status: 409,
        body: codedProblem(409, 'partner-name-taken', 'A partner with that name already exists', detail, [{ field: 'name', message: detail }]),
      },
    });
    renderApp('/partners/new');
    await fillNewPartner();

    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));

    expect(await screen.findByRole('link', { name: detail })).toHaveAttribute('href', '#partner-name');
    expect(screen.getByLabelText('Name', { exact: false })).toHaveAccessibleDescription(expect.stringContaining(detail));
    expect(screen.getByRole('link', { name: /Look for “Riverside Food Bank” among the partners/ })).toHaveAttribute(
      'href',
      '/partners?q=Riverside%20Food%20Bank',
    );
  });

  it('checks the name and type before sending anything', async () => {
    const { requests } = mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe } });
    renderApp('/partners/new');

    await userEvent.click(await screen.findByRole('button', { name: 'Add partner' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      "Enter the partner's name",
      'Choose the type of organisation',
    ]);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('asks before leaving with unsaved changes', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/partners': { status: 200, body: { items: [], total: 0, nextCursor: null } } });
    const { router } = renderApp('/partners/new');
    await userEvent.click(await screen.findByLabelText('Name', { exact: false }));
    await userEvent.paste('Half-typed');

    await userEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/partners/new');
    expect(screen.getByLabelText('Name', { exact: false })).toHaveValue('Half-typed');

    await userEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/partners'));
  });
});

describe('Editing a partner', { timeout: 15_000 }, () => {
  it('sends only what changed, with the version it started from', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: adminMe },
      'GET /api/v1/staff': { status: 200, body: { items: [], total: 0, nextCursor: null } },
      'GET /api/v1/partners/p-river': { status: 200, body: riverside },
      'PATCH /api/v1/partners/p-river': { status: 200, body: { ...riverside, stage: 'sustaining', version: 4 } },
    });
    const { router } = renderApp('/partners/p-river/edit');

    await userEvent.selectOptions(await screen.findByLabelText('Stage', { exact: false }), 'Sustaining');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/partners/p-river'));
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 3, stage: 'sustaining' });
    expect(await screen.findByText('Changes to Riverside Food Bank saved')).toBeInTheDocument();
  });

  it('explains a stale-version 409 and reloads the latest on request', async () => {
    let current = riverside;
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners/p-river': () => ({ status: 200, body: current }),
      'PATCH /api/v1/partners/p-river': () => {
        current = { ...riverside, description: 'Saved by someone else', version: 4 };
        return { status: 409, body: codedProblem(409, 'stale-version', 'Someone else changed this first', 'Reload to see their change.') };
      },
    });
    renderApp('/partners/p-river/edit');
    const description = await screen.findByLabelText(/^Description/);
    await userEvent.click(description);
    await userEvent.paste('My words');

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved this partner after you opened it.');
    // What was typed is kept until the person chooses to reload.
    expect(description).toHaveValue('My words');

    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));

    await waitFor(() => expect(screen.getByLabelText(/^Description/)).toHaveValue('Saved by someone else'));
    expect(screen.queryByText('Someone else saved this partner after you opened it.')).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/^Description/), '!');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(requests.filter((request) => request.method === 'PATCH')).toHaveLength(2));
    expect(requests.filter((request) => request.method === 'PATCH').at(-1)?.body).toEqual({ version: 4, description: 'Saved by someone else!' });
  });

  it('shows a librarian the liaison read-only', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/partners/p-river': { status: 200, body: riverside } });
    renderApp('/partners/p-river/edit');

    const liaison = await screen.findByLabelText('Liaison');
    expect(liaison).toHaveValue('Grace Hopper');
    expect(liaison).toHaveAttribute('readonly');
    expect(liaison).toHaveAccessibleDescription('Only a manager or an administrator can reassign the liaison.');
  });
});
