import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { librarianMe, managerMe, mockApi, problem, type MockHandler } from '../../../test/mock-api';
import { fill } from '../../../test/fill';
import { renderApp } from '../../../test/render-app';
import { settingsFixture } from '../../value/test/fixtures';

function handlers(me = managerMe, overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: me },
    'GET /api/v1/settings': { status: 200, body: settingsFixture() },
    ...overrides,
  };
}

const patches = (requests: { method: string; path: string; body: unknown }[]) => requests.filter((request) => request.method === 'PATCH').map((request) => request.body);

describe('Settings page', () => {
  it('lets a manager change the volunteer-hour rate, sending only the change and the version read', async () => {
    const { requests } = mockApi(
      handlers(managerMe, { 'PATCH /api/v1/settings': { status: 200, body: settingsFixture({ volunteerHourRate: 35.5, version: 4 }) } }),
    );
    renderApp('/settings');

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    const form = await screen.findByRole('form', { name: 'Library settings' });
    expect(within(form).getByLabelText('Library name')).toHaveValue('Riverside Public Library');
    expect(within(form).getByLabelText('Where the rate comes from')).toHaveValue('Independent Sector');
    expect(form).toHaveTextContent('Contributions already recorded keep the rate they were valued at');

    await fill(within(form).getByLabelText('Dollars per volunteer hour'), '35.50');
    expect(within(form).getByText(/The new rate will value volunteer hours recorded after you save. Lines already recorded stay at \$34\.79\/h\./)).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(patches(requests)).toEqual([{ version: 3, volunteerHourRate: 35.5 }]);
  });

  it('explains a conflict, reloads the latest settings on request, and saves on top of them', async () => {
    let latest = false;
    let reads = 0;
    const { requests } = mockApi(
      handlers(managerMe, {
        'GET /api/v1/settings': () => {
          reads += 1;
          return { status: 200, body: latest ? settingsFixture({ libraryName: 'Riverside Libraries', version: 5 }) : settingsFixture() };
        },
        'PATCH /api/v1/settings': () => {
          if (!latest) {
            latest = true;
            return {
              status: 409,
              body: problem(409, 'Someone else changed this first', 'Someone else saved the settings after you opened them. Reload to see their version, then make your change again.'),
            };
          }
          return { status: 200, body: settingsFixture({ libraryName: 'Riverside Libraries', volunteerRateYear: 2025, version: 6 }) };
        },
      }),
    );
    renderApp('/settings');

    const form = await screen.findByRole('form', { name: 'Library settings' });
    await fill(within(form).getByLabelText('Year the rate is for'), '2025');
    await userEvent.click(within(form).getByRole('button', { name: 'Save settings' }));

    expect(await within(form).findByText('Someone else saved the settings after you opened them. Reload to see their version, then make your change again.')).toBeInTheDocument();
    const before = reads;
    await userEvent.click(within(form).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(reads).toBeGreaterThan(before));
    expect(await within(form).findByText('Loaded the latest version')).toBeInTheDocument();
    expect(await within(form).findByText(/Riverside Libraries · \$34\.79\/h \(Independent Sector, 2024\)/)).toBeInTheDocument();
    // What was typed is kept; what was not touched follows the latest version.
    expect(within(form).getByLabelText('Year the rate is for')).toHaveValue('2025');
    await waitFor(() => expect(within(form).getByLabelText('Library name')).toHaveValue('Riverside Libraries'));

    await userEvent.click(within(form).getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(patches(requests)).toEqual([
      { version: 3, volunteerRateYear: 2025 },
      // On top of the latest version; the other person's library name is not overwritten with the old one.
      { version: 5, volunteerRateYear: 2025 },
    ]);
  });

  it('lists problems in an error summary that links to the field', async () => {
    const { requests } = mockApi(handlers());
    renderApp('/settings');

    const form = await screen.findByRole('form', { name: 'Library settings' });
    await userEvent.clear(within(form).getByLabelText('Where the rate comes from'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save settings' }));

    const summary = await within(form).findByRole('alert', { name: 'There is a problem' });
    await userEvent.click(within(summary).getByRole('link', { name: 'Say where the volunteer-hour rate comes from' }));
    expect(within(form).getByLabelText('Where the rate comes from')).toHaveFocus();
    expect(patches(requests)).toEqual([]);
  });

  it('shows a librarian the settings without a form, and no Settings link', async () => {
    mockApi(handlers(librarianMe));
    renderApp('/settings');

    expect(await screen.findByText('Only managers and administrators can change these settings.')).toBeInTheDocument();
    expect(screen.getByText('$34.79/h')).toBeInTheDocument();
    expect(screen.getByText('Riverside Public Library')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Library settings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Settings' })).not.toBeInTheDocument();
  });
});
