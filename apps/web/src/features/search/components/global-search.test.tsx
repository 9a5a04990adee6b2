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
    expect(box).toHaveAttribute('placeholder', 'Find a partner or contact');
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
    expect(await within(await screen.findByRole('listbox')).findByText('No partners or contacts match')).toBeInTheDocument();
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
});
