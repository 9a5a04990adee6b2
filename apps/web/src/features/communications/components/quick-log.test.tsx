import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreateCommunicationBody } from '../api/types';
import { communicationFixture, contactFixture, myDayFixture, staffDirectory } from '../../../test/fixtures/communications';
import { partnerFixture } from '../../../test/fixtures/partners';
import { librarianMe, mockApi, pageOf, problem, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const riverside = partnerFixture({ id: 'p-1', name: 'Riverside Food Bank', liaison: { id: librarianMe.id, name: librarianMe.name } });
const seedLibrary = partnerFixture({ id: 'p-2', name: 'Seed Library Collective' });
const ana = contactFixture({ id: 'c-ana', name: 'Ana Ruiz', title: 'Volunteer coordinator' });
const sam = contactFixture({ id: 'c-sam', name: 'Sam Okoro' });

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: librarianMe },
    'GET /api/v1/my-day': { status: 200, body: myDayFixture() },
    'GET /api/v1/partners': (request) => {
      const params = new URL(request.url).searchParams;
      if (params.get('liaisonId') === 'me') return pageOf([riverside]);
      return pageOf(params.get('q') ? [riverside, seedLibrary] : []);
    },
    'GET /api/v1/staff': staffDirectory([
      { id: 'u-marcus', name: 'Marcus Reyes', role: 'manager' },
      { id: librarianMe.id, name: librarianMe.name },
    ]),
    'GET /api/v1/partners/p-1/contacts': pageOf([ana, sam]),
    'GET /api/v1/partners/p-2/contacts': pageOf([]),
    ...overrides,
  };
}

async function openFromHome() {
  await userEvent.click(await screen.findByRole('button', { name: 'Log a conversation' }));
  return screen.findByRole('dialog', { name: 'Log a conversation' });
}

async function choosePartner(dialog: HTMLElement, name: string) {
  await userEvent.click(within(dialog).getByRole('combobox', { name: 'Partner' }));
  await userEvent.click(await screen.findByRole('option', { name }));
}

/** Puts text in a field in one go: typing it key by key re-renders the whole form each time, which is slow in jsdom. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

const lastPost = (requests: { method: string; path: string; body: unknown }[]) =>
  requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/communications').at(-1)?.body as CreateCommunicationBody | undefined;

describe('Quick log', () => {
  beforeEach(() => {
    // Only the date is fixed; timers stay real so user events and queries run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
    window.localStorage.clear();
  });

  it('opens with the l key anywhere but in a field, and from the header', async () => {
    mockApi(handlers());
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Grace' });
    const headerButton = within(screen.getByRole('banner')).getByRole('button', { name: 'Log' });
    expect(headerButton).toHaveAttribute('aria-keyshortcuts', 'l');

    // Typing "l" in the search box is a letter, not the shortcut.
    await userEvent.type(screen.getByRole('combobox', { name: 'Search' }), 'l');
    expect(screen.queryByRole('dialog', { name: 'Log a conversation' })).not.toBeInTheDocument();

    screen.getByRole('combobox', { name: 'Search' }).blur();
    await userEvent.keyboard('l');
    const dialog = await screen.findByRole('dialog', { name: 'Log a conversation' });
    expect(within(dialog).getByRole('combobox', { name: 'Partner' })).toHaveValue('');
    // Typing "l" inside the dialog's fields stays there.
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Summary' }), 'lll');
    expect(within(dialog).getByRole('textbox', { name: 'Summary' })).toHaveValue('lll');
    expect(screen.getAllByRole('dialog', { name: 'Log a conversation' })).toHaveLength(1);

  });

  it('starts with the defaults: now, a meeting, the library getting in touch, two-way, substantive, me taking part', async () => {
    mockApi(handlers());
    renderApp('/');
    const dialog = await openFromHome();

    expect(within(dialog).getByLabelText('When')).toHaveValue('2026-03-15T12:00');
    expect(within(dialog).getByRole('radio', { name: 'Meeting' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Library' })).toBeChecked();
    expect(within(dialog).getByRole('switch', { name: /^Two-way/ })).toBeChecked();
    expect(within(dialog).getByRole('switch', { name: /^Substantive/ })).toBeChecked();
    const staff = within(dialog).getByText('From the library').closest('.mantine-InputWrapper-root') as HTMLElement;
    await waitFor(() => expect(staff).toHaveTextContent('Grace Hopper'));
    // Factor tags are folded away until asked for.
    expect(within(dialog).getByRole('button', { name: 'Add factor tags (optional)' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(dialog).queryByRole('group', { name: 'Communication & Expectations' })).not.toBeInTheDocument();
  });

  it('sets "substantive" from the channel until the person changes it themselves', async () => {
    mockApi(handlers());
    renderApp('/');
    const dialog = await openFromHome();
    const substantive = within(dialog).getByRole('switch', { name: /^Substantive/ });

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Email' }));
    expect(substantive).not.toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Call' }));
    expect(substantive).toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Event' }));
    expect(substantive).not.toBeChecked();

    // Once touched, the person's choice stands whatever the channel.
    await userEvent.click(substantive);
    expect(substantive).toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Email' }));
    expect(substantive).toBeChecked();
  });

  it('logs a conversation with my partner, a contact, a factor tag and two follow-ups, then closes and refreshes my day', async () => {
    let myDayLoads = 0;
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/my-day': () => {
          myDayLoads += 1;
          return { status: 200, body: myDayFixture() };
        },
        'POST /api/v1/communications': async (request) => {
          const body = (await request.json()) as CreateCommunicationBody;
          return {
            status: 201,
            body: communicationFixture({
              id: 'com-1',
              followUps: (body.followUps ?? []).map((_row, index) => ({ id: `f-${index}` }) as never),
            }),
          };
        },
      }),
    );
    renderApp('/');
    const dialog = await openFromHome();

    // My partners are listed under their own heading before anything is typed.
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Partner' }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByText('My partners')).toBeInTheDocument();
    await userEvent.click(within(listbox).getByRole('option', { name: 'Riverside Food Bank' }));

    // The partner's contacts autocomplete.
    const contacts = within(dialog).getByRole('combobox', { name: 'From Riverside Food Bank' });
    await userEvent.type(contacts, 'An');
    await userEvent.click(await screen.findByRole('option', { name: 'Ana Ruiz (Volunteer coordinator)' }));

    await fill(within(dialog).getByRole('textbox', { name: 'Summary' }), 'Planned the spring seed swap.');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add factor tags (optional)' }));
    const factor = within(dialog).getByRole('group', { name: 'Communication & Expectations' });
    await userEvent.click(within(factor).getByRole('radio', { name: 'Positive' }));
    await fill(within(factor).getByRole('textbox', { name: 'Note (optional)' }), 'They raised the budget problem early');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a follow-up' }));
    const first = within(dialog).getByRole('group', { name: 'Follow-up 1' });
    // A new row takes focus, belongs to me and is due a week after the conversation.
    expect(within(first).getByRole('textbox', { name: 'What needs doing' })).toHaveFocus();
    expect(within(first).getByLabelText('Who')).toHaveValue(librarianMe.id);
    expect(within(first).getByLabelText('Due')).toHaveValue('2026-03-22');
    await userEvent.paste('Send the flyer draft');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add another follow-up' }));
    const second = within(dialog).getByRole('group', { name: 'Follow-up 2' });
    await fill(within(second).getByRole('textbox', { name: 'What needs doing' }), 'Confirm the room');
    await userEvent.click(within(second).getByRole('radio', { name: 'Partner' }));
    await userEvent.selectOptions(within(second).getByLabelText('Who'), 'Ana Ruiz (Volunteer coordinator)');
    await userEvent.clear(within(second).getByLabelText('Due'));
    await userEvent.type(within(second).getByLabelText('Due'), '2026-03-18');

    const before = myDayLoads;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Conversation with Riverside Food Bank logged, with 2 follow-ups')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log a conversation' })).not.toBeInTheDocument());
    await waitFor(() => expect(myDayLoads).toBeGreaterThan(before));
    expect(lastPost(requests)).toEqual({
      partnerId: 'p-1',
      occurredAt: new Date(2026, 2, 15, 12, 0).toISOString(),
      channel: 'meeting',
      initiatedBy: 'library',
      twoWay: true,
      substantive: true,
      staffParticipantIds: [librarianMe.id],
      contactParticipantIds: ['c-ana'],
      summary: 'Planned the spring seed swap.',
      factorTags: [{ factor: 'CE', sign: 'positive', note: 'They raised the budget problem early' }],
      followUps: [
        { description: 'Send the flyer draft', ownerSide: 'library', ownerUserId: librarianMe.id, dueOn: '2026-03-22' },
        { description: 'Confirm the room', ownerSide: 'partner', ownerContactId: 'c-ana', dueOn: '2026-03-18' },
      ],
    });
  });

  it('adds and removes follow-up rows, and says when one is left empty', async () => {
    const { requests } = mockApi(handlers({ 'POST /api/v1/communications': { status: 201, body: communicationFixture({ id: 'com-1' }) } }));
    renderApp('/');
    const dialog = await openFromHome();
    await choosePartner(dialog, 'Riverside Food Bank');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a follow-up' }));
    await userEvent.paste('First thing');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add another follow-up' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add another follow-up' }));
    await fill(within(within(dialog).getByRole('group', { name: 'Follow-up 3' })).getByRole('textbox', { name: 'What needs doing' }), 'Third thing');
    expect(within(dialog).getAllByRole('group', { name: /^Follow-up \d$/ })).toHaveLength(3);

    // The empty middle row stops the save and says what to do.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('link', { name: 'Say what needs doing, or remove this follow-up' })).toBeInTheDocument();
    expect(lastPost(requests)).toBeUndefined();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove follow-up 2' }));
    expect(within(dialog).getAllByRole('group', { name: /^Follow-up \d$/ })).toHaveLength(2);
    expect(within(within(dialog).getByRole('group', { name: 'Follow-up 2' })).getByRole('textbox', { name: 'What needs doing' })).toHaveValue('Third thing');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(lastPost(requests)?.followUps?.map((row) => row.description)).toEqual(['First thing', 'Third thing']));
  });

  it('keeps everything typed after a refusal and puts each message on its field, down to one follow-up’s due date', async () => {
    mockApi(
      handlers({
        'POST /api/v1/communications': {
          status: 400,
          body: problem(400, 'Some of the information needs correcting', undefined, [
            { field: 'contactParticipantIds', message: 'Sam Okoro is not a contact of Riverside Food Bank' },
            { field: 'followUps[1].dueOn', message: 'Enter a due date on or after the day of the communication' },
          ]),
        },
      }),
    );
    renderApp('/');
    const dialog = await openFromHome();
    await choosePartner(dialog, 'Riverside Food Bank');
    await fill(within(dialog).getByRole('textbox', { name: 'Summary' }), 'Talked about the food drive');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a follow-up' }));
    await userEvent.paste('Book the van');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add another follow-up' }));
    await userEvent.paste('Send the poster');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const summary = await within(dialog).findByRole('alert', { name: 'There is a problem' });
    const dueLink = within(summary).getByRole('link', { name: 'Enter a due date on or after the day of the communication' });
    const secondDue = within(within(dialog).getByRole('group', { name: 'Follow-up 2' })).getByLabelText('Due');
    expect(dueLink).toHaveAttribute('href', `#${secondDue.id}`);
    expect(secondDue).toHaveAttribute('aria-invalid', 'true');
    expect(within(within(dialog).getByRole('group', { name: 'Follow-up 1' })).getByLabelText('Due')).not.toHaveAttribute('aria-invalid');
    expect(within(summary).getByRole('link', { name: 'Sam Okoro is not a contact of Riverside Food Bank' })).toBeInTheDocument();

    // Nothing typed is lost, and the dialog stays open.
    expect(screen.getByRole('dialog', { name: 'Log a conversation' })).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Partner' })).toHaveValue('Riverside Food Bank');
    expect(within(dialog).getByRole('textbox', { name: 'Summary' })).toHaveValue('Talked about the food drive');
    expect(within(within(dialog).getByRole('group', { name: 'Follow-up 1' })).getByRole('textbox', { name: 'What needs doing' })).toHaveValue('Book the van');
    expect(within(within(dialog).getByRole('group', { name: 'Follow-up 2' })).getByRole('textbox', { name: 'What needs doing' })).toHaveValue('Send the poster');

    await userEvent.click(dueLink);
    expect(secondDue).toHaveFocus();
  });

  it('keeps what was typed when the connection drops, and says so', async () => {
    mockApi(handlers({ 'POST /api/v1/communications': () => Promise.reject(new TypeError('Failed to fetch')) }));
    renderApp('/');
    const dialog = await openFromHome();
    await choosePartner(dialog, 'Riverside Food Bank');
    await fill(within(dialog).getByRole('textbox', { name: 'Summary' }), 'Quick call about the van');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText("Couldn't reach Common Ground. Check your connection and try again.")).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Summary' })).toHaveValue('Quick call about the van');
  });

  it('remembers the last channel used on this device', async () => {
    mockApi(handlers({ 'POST /api/v1/communications': { status: 201, body: communicationFixture({ id: 'com-1', channel: 'call' }) } }));
    renderApp('/');
    let dialog = await openFromHome();
    await choosePartner(dialog, 'Riverside Food Bank');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Call' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log a conversation' })).not.toBeInTheDocument());
    expect(window.localStorage.getItem('common-ground:quick-log:last-channel')).toBe('call');

    dialog = await openFromHome();
    expect(within(dialog).getByRole('radio', { name: 'Call' })).toBeChecked();
    expect(within(dialog).getByRole('switch', { name: /^Substantive/ })).toBeChecked();
  });

  it('asks before throwing away what was typed', async () => {
    mockApi(handlers());
    renderApp('/');
    const dialog = await openFromHome();
    await fill(within(dialog).getByRole('textbox', { name: 'Summary' }), 'Half a thought');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    const confirm = await screen.findByRole('dialog', { name: 'Discard this conversation?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByRole('textbox', { name: 'Summary' })).toHaveValue('Half a thought');

    // Escape asks too.
    await userEvent.keyboard('{Escape}');
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Discard this conversation?' })).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log a conversation' })).not.toBeInTheDocument());
  });
});
