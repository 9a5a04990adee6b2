import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Partner } from '../../../lib/api-types';
import { codedProblem, librarianMe, mockApi, pageOf } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { partnerFixture } from '../../../test/fixtures/partners';

const riverside = partnerFixture({ id: 'p-river', name: 'Riverside Food Bank', stage: 'exploring', version: 7, createdBy: 'u-admin' });
const museum = partnerFixture({ id: 'p-museum', name: 'Mill Town Museum', stage: 'active', version: 2, createdBy: 'u-admin' });

/** The board asks once per stage; answer from a list that the test can change. */
function boardApi(partners: () => Partner[], patch: (request: Request) => { status: number; body?: unknown }) {
  return mockApi({
    'GET /api/v1/auth/me': { status: 200, body: librarianMe },
    'GET /api/v1/partners': (request) => {
      const stage = new URL(request.url).searchParams.get('stage');
      return pageOf(partners().filter((item) => item.stage === stage));
    },
    'PATCH /api/v1/partners/p-river': patch,
  });
}

const column = (name: string) => screen.getByRole('region', { name });

describe('Partners board', () => {
  it('shows one column per stage, in board order', async () => {
    boardApi(() => [riverside, museum], () => ({ status: 500 }));
    renderApp('/partners/board');

    expect(await screen.findByRole('heading', { level: 1, name: 'Partners by stage' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Prospect', 'Exploring', 'Active', 'Sustaining', 'Paused', 'Ended']);
    expect(await within(column('Exploring')).findByRole('link', { name: 'Riverside Food Bank' })).toBeInTheDocument();
    expect(within(column('Active')).getByRole('link', { name: 'Mill Town Museum' })).toBeInTheDocument();
  });

  it('moves a card with the keyboard: PATCH with the version, the card moves, the move is announced', async () => {
    let stage: Partner['stage'] = 'exploring';
    const { requests } = boardApi(
      () => [{ ...riverside, stage, version: stage === 'exploring' ? 7 : 8 }, museum],
      () => {
        stage = 'active';
        return { status: 200, body: { ...riverside, stage: 'active', version: 8 } };
      },
    );
    renderApp('/partners/board');

    const move = await within(await screen.findByRole('region', { name: 'Exploring' })).findByRole('button', {
      name: 'Move Riverside Food Bank to stage',
    });
    move.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    const active = within(menu).getByRole('menuitem', { name: 'Active' });
    // Arrow down to "Active" and choose it, without a mouse.
    while (document.activeElement !== active) await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(requests.some((request) => request.method === 'PATCH')).toBe(true));
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 7, stage: 'active' });
    // Said in a polite live region that was already on the page, so screen readers announce it.
    await waitFor(() => expect(screen.getByText('Moved Riverside Food Bank to Active')).toHaveAttribute('role', 'status'));
    expect(within(column('Active')).getByRole('link', { name: 'Riverside Food Bank' })).toBeInTheDocument();
    expect(within(column('Exploring')).queryByRole('link', { name: 'Riverside Food Bank' })).not.toBeInTheDocument();
    // Focus follows the card to its new column.
    await waitFor(() =>
      expect(within(column('Active')).getByRole('button', { name: 'Move Riverside Food Bank to stage' })).toHaveFocus(),
    );
  });

  it('puts the card back and explains when someone else changed the partner (409), then shows the latest', async () => {
    let lists = 0;
    boardApi(
      () => {
        lists += 1;
        return [riverside, museum];
      },
      () => ({ status: 409, body: codedProblem(409, 'stale-version', 'Someone else changed this first', 'Reload and try again.') }),
    );
    renderApp('/partners/board');

    await userEvent.click(await within(await screen.findByRole('region', { name: 'Exploring' })).findByRole('button', { name: 'Move Riverside Food Bank to stage' }));
    const listsBefore = lists;
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Sustaining' }));

    expect(await screen.findByText(/Someone else changed this partner after the board loaded/)).toBeInTheDocument();
    expect(within(column('Exploring')).getByRole('link', { name: 'Riverside Food Bank' })).toBeInTheDocument();
    expect(within(column('Sustaining')).queryByRole('link', { name: 'Riverside Food Bank' })).not.toBeInTheDocument();
    await waitFor(() => expect(lists).toBeGreaterThan(listsBefore));
  });
});
