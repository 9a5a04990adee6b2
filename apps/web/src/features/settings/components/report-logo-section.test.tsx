import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminMe, librarianMe, managerMe, mockApi, problem, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { settingsFixture } from '../../value/test/fixtures';

function handlers(me = adminMe, overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: me },
    'GET /api/v1/settings': { status: 200, body: settingsFixture() },
    'GET /api/v1/settings/logo': { status: 404, body: problem(404, 'Not found', 'No logo has been uploaded.') },
    ...overrides,
  };
}

const logoWrites = (requests: { method: string; path: string }[]) => requests.filter((request) => request.path === '/api/v1/settings/logo' && request.method !== 'GET');

beforeEach(() => {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:logo', revokeObjectURL: () => undefined }));
});
afterEach(() => vi.unstubAllGlobals());

describe('Logo for reports', () => {
  it('refuses a file over 256 KB before sending anything, in words, linked from the summary', async () => {
    const { requests } = mockApi(handlers());
    renderApp('/settings');

    const section = await screen.findByRole('region', { name: 'Logo for reports' });
    expect(await within(section).findByText('No logo yet: reports show the library’s name alone.')).toBeInTheDocument();
    const big = new File([new Uint8Array(300 * 1024)], 'logo.png', { type: 'image/png' });
    await userEvent.upload(within(section).getByLabelText('Choose a logo'), big);
    expect(within(section).getByText('Choose an image of 256 KB or less (this one is 300 KB)')).toBeInTheDocument();

    await userEvent.click(within(section).getByRole('button', { name: 'Upload logo' }));
    const summary = await within(section).findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Choose an image of 256 KB or less (this one is 300 KB)' })).toBeInTheDocument();
    expect(logoWrites(requests)).toEqual([]);
  });

  it('sends a small PNG as the raw body with its type, then shows it and offers to remove it', async () => {
    let uploaded = false;
    const { requests } = mockApi(
      handlers(adminMe, {
        'GET /api/v1/settings/logo': () => (uploaded ? { status: 200, body: {} } : { status: 404, body: problem(404, 'Not found') }),
        'PUT /api/v1/settings/logo': () => {
          uploaded = true;
          return { status: 204 };
        },
      }),
    );
    renderApp('/settings');

    const section = await screen.findByRole('region', { name: 'Logo for reports' });
    // The test API reads bodies as JSON, so the "image" is a JSON string; the app sends the bytes as they are.
    const small = new File(['"png"'], 'logo.png', { type: 'image/png' });
    await userEvent.upload(await within(section).findByLabelText('Choose a logo'), small);
    await userEvent.click(within(section).getByRole('button', { name: 'Upload logo' }));

    expect(await screen.findByText('Logo saved: it will appear on reports')).toBeInTheDocument();
    const put = logoWrites(requests)[0] as { method: string; headers: Headers; body: unknown } | undefined;
    expect(put?.method).toBe('PUT');
    expect(put?.headers.get('Content-Type')).toBe('image/png');
    expect(put?.body).toBe('png');
    expect(await within(section).findByRole('img', { name: 'The library’s current logo' })).toHaveAttribute('src', 'blob:logo');
    expect(within(section).getByRole('button', { name: 'Remove logo' })).toBeInTheDocument();
  });

  it('refuses another kind of file', async () => {
    mockApi(handlers());
    renderApp('/settings');

    const section = await screen.findByRole('region', { name: 'Logo for reports' });
    const gif = new File(['GIF89a'], 'logo.gif', { type: 'image/gif' });
    await userEvent.upload(within(section).getByLabelText('Choose a logo'), gif, { applyAccept: false });
    await waitFor(() => expect(within(section).getByText('Choose a PNG or JPEG image')).toBeInTheDocument());
  });

  it('is for those who change the library’s settings: managers too, not librarians', async () => {
    mockApi(handlers(managerMe));
    const { unmount } = renderApp('/settings');
    expect(await screen.findByRole('region', { name: 'Logo for reports' })).toBeInTheDocument();
    unmount();

    mockApi(handlers(librarianMe));
    renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(screen.queryByRole('region', { name: 'Logo for reports' })).not.toBeInTheDocument();
  });
});
