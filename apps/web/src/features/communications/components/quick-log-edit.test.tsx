import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { codedProblem, librarianMe, mockApi, pageOf, problem, type MockHandler } from '../../../test/mock-api';
import { commitmentFixture, communicationFixture, contactFixture, myDayFixture, staffDirectory } from '../../../test/fixtures/communications';
import { renderApp } from '../../../test/render-app';
import type { Communication } from '../api/types';

const ana = contactFixture({ id: 'c-ana', name: 'Ana Ruiz' });
const meeting = communicationFixture({
  id: 'com-1',
  occurredAt: new Date(2026, 2, 13, 10, 30).toISOString(),
  summary: 'Planned the spring seed swap.',
  // Pat has left the library since; the record keeps them and so must the form.
  staffParticipants: [
    { id: librarianMe.id, name: librarianMe.name },
    { id: 'u-pat', name: 'Pat Former' },
  ],
  contactParticipants: [{ id: 'c-ana', name: 'Ana Ruiz' }],
  factorTags: [{ factor: 'CE', sign: 'positive', note: 'They raised the budget problem early' }],
  followUps: [commitmentFixture({ id: 'f-1', description: 'Send the flyer' })],
  version: 3,
});

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: librarianMe },
    'GET /api/v1/my-day': { status: 200, body: myDayFixture({ recentlyLogged: [meeting] }) },
    'GET /api/v1/communications/com-1': { status: 200, body: meeting },
    'GET /api/v1/partners': pageOf([]),
    'GET /api/v1/staff': staffDirectory([{ id: librarianMe.id, name: librarianMe.name }]),
    'GET /api/v1/partners/p-1/contacts': pageOf([ana]),
    ...overrides,
  };
}

async function openEdit() {
  const recent = await screen.findByRole('list', { name: 'What you logged lately' });
  await userEvent.click(within(recent).getByRole('button', { name: 'Edit' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit the conversation' });
  await within(dialog).findByRole('form', { name: 'Edit the conversation' });
  return dialog;
}

async function replaceSummary(dialog: HTMLElement, text: string) {
  const summary = within(dialog).getByRole('textbox', { name: 'Summary' });
  await userEvent.clear(summary);
  await userEvent.click(summary);
  await userEvent.paste(text);
}

const patches = (requests: { method: string; path: string; body: unknown }[]) =>
  requests.filter((request) => request.method === 'PATCH' && request.path === '/api/v1/communications/com-1').map((request) => request.body);

describe('Editing a logged conversation', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('opens the quick-log form on it from the home page, filled in, with the partner fixed and its follow-ups left alone', async () => {
    mockApi(handlers());
    renderApp('/');
    const dialog = await openEdit();

    expect(within(dialog).queryByRole('combobox', { name: 'Partner' })).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('PartnerRiverside Food Bank');
    expect(within(dialog).getByLabelText('When')).toHaveValue('2026-03-13T10:30');
    expect(within(dialog).getByRole('radio', { name: 'Meeting' })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'Summary' })).toHaveValue('Planned the spring seed swap.');
    const staff = within(dialog).getByText('From the library').closest('.mantine-InputWrapper-root') as HTMLElement;
    await waitFor(() => expect(staff).toHaveTextContent('Pat Former'));
    const contacts = within(dialog).getByText('From Riverside Food Bank').closest('.mantine-InputWrapper-root') as HTMLElement;
    await waitFor(() => expect(contacts).toHaveTextContent('Ana Ruiz'));
    // Tagged factors are shown open.
    const factor = within(dialog).getByRole('group', { name: 'Communication & Expectations' });
    expect(within(factor).getByRole('radio', { name: 'Positive' })).toBeChecked();
    expect(within(factor).getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('They raised the budget problem early');
    expect(within(dialog).queryByRole('button', { name: 'Add a follow-up' })).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('This conversation has 1 follow-up; change it on the partner’s Follow-ups tab.');
  });

  it('sends only what changed, with the version it read, then closes and refreshes the home page', async () => {
    let myDayLoads = 0;
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/my-day': () => {
          myDayLoads += 1;
          return { status: 200, body: myDayFixture({ recentlyLogged: [meeting] }) };
        },
        'PATCH /api/v1/communications/com-1': { status: 200, body: { ...meeting, channel: 'email', summary: 'Agreed the seed swap date.', version: 4 } },
      }),
    );
    renderApp('/');
    const dialog = await openEdit();

    // Changing the channel of a logged conversation leaves "substantive" as it was.
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Email' }));
    expect(within(dialog).getByRole('switch', { name: /^Substantive/ })).toBeChecked();
    await replaceSummary(dialog, 'Agreed the seed swap date.');
    const before = myDayLoads;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes to the email with Riverside Food Bank saved')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit the conversation' })).not.toBeInTheDocument());
    expect(patches(requests)).toEqual([{ version: 3, channel: 'email', summary: 'Agreed the seed swap date.' }]);
    await waitFor(() => expect(myDayLoads).toBeGreaterThan(before));
  });

  it('sends the whole set of factor tags when one changes', async () => {
    const { requests } = mockApi(handlers({ 'PATCH /api/v1/communications/com-1': { status: 200, body: { ...meeting, version: 4 } } }));
    renderApp('/');
    const dialog = await openEdit();

    const trust = within(dialog).getByRole('group', { name: 'Effective Teamwork' });
    await userEvent.click(within(trust).getByRole('radio', { name: 'Negative' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(patches(requests)).toHaveLength(1));
    expect(patches(requests)[0]).toEqual({
      version: 3,
      factorTags: [
        { factor: 'TW', sign: 'negative' },
        { factor: 'CE', sign: 'positive', note: 'They raised the budget problem early' },
      ],
    });
  });

  it('closes without saving when nothing was changed', async () => {
    const { requests } = mockApi(handlers());
    renderApp('/');
    const dialog = await openEdit();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit the conversation' })).not.toBeInTheDocument());
    expect(patches(requests)).toEqual([]);
  });

  it('says when someone else saved first, reloads their version and keeps what was typed for the next save', async () => {
    let reads = 0;
    let attempts = 0;
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/communications/com-1': () => {
          reads += 1;
          const latest: Communication = reads === 1 ? meeting : { ...meeting, twoWay: false, version: 4 };
          return { status: 200, body: latest };
        },
        'PATCH /api/v1/communications/com-1': () => {
          attempts += 1;
          return attempts === 1
            ? {
                status: 409,
                body: codedProblem(409, 'stale_version', 'Conflict', 'Someone else saved a change to this communication after you opened it. Reload to see their version, then make your change again.'),
              }
            : { status: 200, body: { ...meeting, summary: 'Agreed the seed swap date.', version: 5 } };
        },
      }),
    );
    renderApp('/');
    const dialog = await openEdit();
    await replaceSummary(dialog, 'Agreed the seed swap date.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await within(dialog).findByText('Someone else saved this conversation first')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Summary' })).toHaveValue('Agreed the seed swap date.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reload' }));

    expect(await within(dialog).findByText('Loaded the latest version')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Summary' })).toHaveValue('Agreed the seed swap date.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(patches(requests)).toHaveLength(2));
    // On top of their version: the summary typed here; "two-way", untouched here, stays as they left it.
    expect(within(dialog).getByRole('switch', { name: /^Two-way/ })).not.toBeChecked();
    expect(patches(requests)[1]).toEqual({ version: 4, summary: 'Agreed the seed swap date.' });
  });

  it("puts the API's messages on their fields and keeps the dialog open", async () => {
    mockApi(
      handlers({
        'PATCH /api/v1/communications/com-1': {
          status: 400,
          body: problem(400, 'Some of the information needs correcting', undefined, [
            { field: 'occurredAt', message: 'A follow-up of this communication is due on 2026-03-14, before this date. Move that follow-up first, or choose an earlier date' },
            { field: 'factorTags[0].note', message: 'Keep the note shorter' },
          ]),
        },
      }),
    );
    renderApp('/');
    const dialog = await openEdit();
    const when = within(dialog).getByLabelText('When');
    await userEvent.clear(when);
    await userEvent.type(when, '2026-03-15T09:00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const summary = await within(dialog).findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: /A follow-up of this communication is due on 2026-03-14/ })).toHaveAttribute('href', `#${when.id}`);
    expect(when).toHaveAttribute('aria-invalid', 'true');
    const note = within(within(dialog).getByRole('group', { name: 'Communication & Expectations' })).getByRole('textbox', { name: 'Note (optional)' });
    expect(within(summary).getByRole('link', { name: 'Keep the note shorter' })).toHaveAttribute('href', `#${note.id}`);
    expect(screen.getByRole('dialog', { name: 'Edit the conversation' })).toBeInTheDocument();
    expect(when).toHaveValue('2026-03-15T09:00');
  });
});
