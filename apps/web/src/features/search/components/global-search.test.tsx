import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { librarianMe, mockApi } from '../../../test/mock-api';
import { renderInApp } from '../../../test/render-app';
import type { SearchResult } from '../api/types';
import { GlobalSearch } from './global-search';

const riverside: SearchResult = {
  kind: 'partner',
  id: 'p-1',
  title: 'Riverside Food Bank',
  subtitle: 'Social service nonprofit · Active',
  partnerId: 'p-1',
  archived: false,
};
const ana: SearchResult = {
  kind: 'contact',
  id: 'c-ana',
  title: 'Ana Rivers',
  subtitle: 'Volunteer coordinator at Riverside Food Bank',
  partnerId: 'p-1',
  archived: false,
};

const fair: SearchResult = {
  kind: 'program',
  id: 'pr-fair',
  title: 'Riverside health fair',
  subtitle: 'Held · 14 Mar 2026 · with Riverside Clinic',
  partnerId: null,
  programId: 'pr-fair',
  archived: false,
};
const meeting: SearchResult = {
  kind: 'communication',
  id: 'com-1',
  title: 'Meeting with Riverside Food Bank',
  subtitle: '13 Mar 2026 · Planned the riverside clean-up',
  partnerId: 'p-1',
  partnerName: 'Riverside Food Bank',
  channel: 'meeting',
  occurredAt: '2026-03-13T10:00:00.000Z',
  archived: false,
};
const programQuote: SearchResult = {
  kind: 'impact-note',
  id: 'n-1',
  title: '“The riverside walk got my dad out of the house”',
  subtitle: 'Quote · Riverside health fair · Riverside Clinic',
  partnerId: 'p-clinic',
  programId: 'pr-fair',
  archived: false,
};
const partnerStory: SearchResult = {
  kind: 'impact-note',
  id: 'n-2',
  title: 'Riverside volunteers ran the pantry shelf',
  subtitle: 'Story · Riverside Food Bank',
  partnerId: 'p-1',
  programId: null,
  archived: false,
};

function renderSearch() {
  return renderInApp(
    <>
      <GlobalSearch />
      <label>
        Notes
        <input />
      </label>
    </>,
    { me: librarianMe, path: '/' },
  );
}

function mockSearch(items: SearchResult[] = [riverside, ana]) {
  return mockApi({ 'GET /api/v1/search': { status: 200, body: { items } } });
}

describe('Global search', () => {
  it('searches as you type and opens the highlighted partner with ArrowDown and Enter', async () => {
    const { requests } = mockSearch();
    const { router } = renderSearch();

    const box = screen.getByRole('combobox', { name: 'Search' });
    expect(box).toHaveAttribute('placeholder', 'Find a partner, program or note');
    await userEvent.type(box, 'rive');

    const listbox = await screen.findByRole('listbox');
    const options = await within(listbox).findAllByRole('option');
    expect(options[0]).toHaveTextContent('Riverside Food Bank');
    expect(options[0]).toHaveTextContent('Social service nonprofit · Active');
    expect(options[0]).toHaveTextContent('Partner');
    expect(options[1]).toHaveTextContent('Ana Rivers');
    expect(options[1]).toHaveTextContent('Contact');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    // One request for the settled text, none for a single letter.
    expect(requests.map((request) => request.search)).toEqual(['?q=rive&limit=8']);

    await userEvent.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/partners/p-1'));
    expect(box).toHaveValue('');
  });

  it("opens a contact on its partner's Contacts tab", async () => {
    mockSearch();
    const { router } = renderSearch();

    await userEvent.type(screen.getByRole('combobox', { name: 'Search' }), 'ana');
    await screen.findByRole('option', { name: /Ana Rivers/ });
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');

    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/partners/p-1?tab=contacts'));
  });

  it('says when nothing matches, and Escape closes the list', async () => {
    mockSearch([]);
    renderSearch();

    const box = screen.getByRole('combobox', { name: 'Search' });
    await userEvent.type(box, 'zzz');
    expect(await within(await screen.findByRole('listbox')).findByText('Nothing matches')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'false'));
  });

  it('is focused by "/" outside a text field and by Ctrl+K anywhere; "/" in a field is just typed', async () => {
    mockSearch();
    renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search' });

    await userEvent.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');

    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await userEvent.click(notes);
    await userEvent.keyboard('a/b');
    expect(notes).toHaveValue('a/b');
    expect(notes).toHaveFocus();

    await userEvent.keyboard('{Control>}k{/Control}');
    expect(box).toHaveFocus();
  });

  it('groups programs, conversations and impact notes under their own headings, after partners and contacts', async () => {
    // The API's order is not the list's: the list groups by kind.
    mockSearch([partnerStory, fair, meeting, riverside, programQuote, ana]);
    renderSearch();

    const box = screen.getByRole('combobox', { name: 'Search' });
    await userEvent.type(box, 'river');
    const listbox = await screen.findByRole('listbox');
    await within(listbox).findByRole('group', { name: 'Programs' });
    const groups = within(listbox).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-labelledby') && document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'Partners',
      'Contacts',
      'Programs',
      'Conversations',
      'Impact notes',
      'More',
    ]);
    // Within a group, the API's order (its best first) stands.
    expect(within(within(listbox).getByRole('group', { name: 'Impact notes' })).getAllByRole('option').map((option) => option.textContent)).toEqual([
      expect.stringContaining('Riverside volunteers ran the pantry shelf'),
      expect.stringContaining('The riverside walk'),
    ]);
    expect(within(listbox).getByRole('option', { name: /Meeting with Riverside Food Bank/ })).toHaveTextContent('Conversation');
    expect(within(listbox).getByRole('option', { name: /See all programs matching “river”/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('6 results: 1 partner, 1 contact, 1 program, 1 conversation, 2 notes');

    // The arrow keys go through the groups in the order shown: the third option is the program.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', within(listbox).getByRole('option', { name: /^Riverside health fair/ }).id);
  });

  it.each([
    ['a program on its page', fair, /Riverside health fair/, '/programs/pr-fair'],
    ["a conversation on its partner's timeline", meeting, /Meeting with Riverside Food Bank/, '/partners/p-1?tab=timeline&kind=communication'],
    ["a program's note on the program's Notes tab", programQuote, /The riverside walk/, '/programs/pr-fair?tab=notes'],
    ["a partner's note on the partner's Notes tab", partnerStory, /Riverside volunteers/, '/partners/p-1?tab=notes'],
  ])('opens %s', async (_what, hit, name, path) => {
    mockSearch([hit]);
    const { router } = renderSearch();

    await userEvent.type(screen.getByRole('combobox', { name: 'Search' }), 'river');
    await userEvent.click(await screen.findByRole('option', { name }));

    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(path));
  });
});
