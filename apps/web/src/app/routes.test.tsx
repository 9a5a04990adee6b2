import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, librarianMe, mockApi, problem } from '../test/mock-api';
import { renderApp } from '../test/render-app';

const unauthorized = { status: 401, body: problem(401, 'Unauthorized', 'Sign in to continue.') };

describe('Signed-in layout and routes', () => {
  it('greets by first name and shows the admin the staff accounts link, the role and sign out', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: adminMe } });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Staff accounts' })).toHaveAttribute('href', '/admin/users');
    expect(screen.getByText('Ada Lovelace')).toBeInTheDocument();
    expect(screen.getByText('Administrator')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open navigation' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows a librarian only the links that exist for them', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe } });
    renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Home', 'Partners', 'Programs']);
    expect(screen.getByText('Programming librarian')).toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign in, remembering where they were going', async () => {
    mockApi({ 'GET /api/v1/auth/me': unauthorized });
    const { router } = renderApp('/admin/users?q=bea');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Common Ground' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/admin/users?q=bea');
  });

  it('returns to sign-in with `next` when the session expires mid-visit (401 from another route)', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: adminMe }, 'GET /api/v1/users': unauthorized });
    const { router } = renderApp('/admin/users?q=ada');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Common Ground' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/admin/users?q=ada');
  });

  it('shows a friendly page for unknown addresses, with a way home', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: adminMe } });
    renderApp('/no-such-page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    // The only link to home on the page, so "link named home" finds exactly one.
    await userEvent.click(screen.getByRole('link', { name: /home/i }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada' })).toBeInTheDocument();
  });

  it('shows the not-found page to signed-out visitors too', async () => {
    mockApi({ 'GET /api/v1/auth/me': unauthorized });
    renderApp('/no-such-page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
