import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, mockApi, problem } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const NO_MATCH = "That email and password don't match an active account.";

async function fillAndSubmit(email: string, password: string) {
  await userEvent.type(screen.getByLabelText('Email'), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('Sign-in page', () => {
  it("shows the problem's detail on 401 and keeps what was typed", async () => {
    mockApi({ 'POST /api/v1/auth/login': { status: 401, body: problem(401, 'Unauthorized', NO_MATCH) } });
    renderApp('/sign-in');

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Common Ground' })).toBeInTheDocument();
    await fillAndSubmit('ada@library.org', 'not-the-password');

    expect(await screen.findByRole('alert')).toHaveTextContent(NO_MATCH);
    expect(screen.getByLabelText('Email')).toHaveValue('ada@library.org');
    expect(screen.getByLabelText('Password')).toHaveValue('not-the-password');
  });

  it('shows the detail of a 429 (too many attempts)', async () => {
    const detail = 'Too many sign-in attempts. Wait 10 minutes and try again.';
    mockApi({ 'POST /api/v1/auth/login': { status: 429, body: problem(429, 'Too many requests', detail) } });
    renderApp('/sign-in');

    await fillAndSubmit('ada@library.org', 'whatever-it-is');

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
  });

  it('sends the CSRF header and the credentials, then goes to the `next` page', async () => {
    const { requests } = mockApi({
      'POST /api/v1/auth/login': { status: 200, body: { user: adminMe } },
      'GET /api/v1/users': { status: 200, body: { items: [], total: 0, nextCursor: null } },
    });
    const { router } = renderApp('/sign-in?next=%2Fadmin%2Fusers%3Fq%3Dada');

    await fillAndSubmit(' ada@library.org ', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'Staff accounts' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/users');
    expect(router.state.location.search).toBe('?q=ada');
    const login = requests.find((request) => request.path === '/api/v1/auth/login');
    expect(login?.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
    expect(login?.body).toEqual({ email: 'ada@library.org', password: 'correct horse battery' });
  });

  it('ignores a `next` that points to another site and goes home instead', async () => {
    mockApi({ 'POST /api/v1/auth/login': { status: 200, body: { user: adminMe } } });
    const { router } = renderApp('/sign-in?next=%2F%2Fevil.example%2Fphish');

    await fillAndSubmit('ada@library.org', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('says what is missing, with links to the fields, before calling the API', async () => {
    const { fetchMock } = mockApi({});
    renderApp('/sign-in');

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#sign-in-email');
    expect(screen.getByRole('link', { name: 'Enter your password' })).toHaveAttribute('href', '#sign-in-password');
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true'));
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
