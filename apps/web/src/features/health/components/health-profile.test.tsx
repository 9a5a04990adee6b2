import { render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { librarianMe, mockApi, problem } from '../../../test/mock-api';
import { partnerFixture } from '../../../test/fixtures/partners';
import { renderApp } from '../../../test/render-app';
import { partnerHealthFixture } from '../test/fixtures';
import { HealthProfileBadge } from './health-profile';

const partner = partnerFixture({ id: 'p-1', name: 'Riverside Food Bank' });

describe('Health profile', () => {
  it('shows the profile and the weakest factor in the partner header, linking to the Health tab', async () => {
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners/p-1': { status: 200, body: partner },
      'GET /api/v1/partners/p-1/health': { status: 200, body: partnerHealthFixture() },
    });
    renderApp('/partners/p-1');

    const link = await screen.findByRole('link', { name: '1 strength · 3 borderline · 1 concern Weakest: Tackling Operational Concerns' });
    expect(link).toHaveAttribute('href', '/partners/p-1?tab=health');
    expect(screen.getByText('Health', { selector: 'dt' })).toBeInTheDocument();
  });

  it('opens the Health tab on the partner page from the address, asking for health once', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners/p-1': { status: 200, body: partner },
      'GET /api/v1/partners/p-1/health': { status: 200, body: partnerHealthFixture() },
    });
    renderApp('/partners/p-1?tab=health');

    expect(await screen.findByRole('tab', { name: 'Health' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('article', { name: /Communication & Expectations/ })).toBeInTheDocument();
    // The header and the tab share today's health.
    expect(requests.filter((request) => request.path === '/api/v1/partners/p-1/health')).toHaveLength(1);
  });

  it('keeps the header calm when health is not available', async () => {
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners/p-1': { status: 200, body: partner },
      'GET /api/v1/partners/p-1/health': { status: 500, body: problem(500, 'Server error') },
    });
    renderApp('/partners/p-1');

    expect(await screen.findByText('Not available right now')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Riverside Food Bank' })).toBeInTheDocument();
  });

  it('has a compact badge for list rows that says the profile in words', () => {
    render(
      <MantineProvider>
        <HealthProfileBadge profile={partnerHealthFixture().profile} />
      </MantineProvider>,
    );
    const badge = screen.getByTitle('1 strength · 3 borderline · 1 concern. Weakest: Tackling Operational Concerns');
    expect(within(badge).getByText('1 strength · 3 borderline · 1 concern. Weakest: Tackling Operational Concerns')).toBeInTheDocument();
    // Icons and counts for the eye, hidden from screen readers (which read the words above).
    expect([...badge.querySelectorAll(':scope > [aria-hidden="true"]')].map((node) => node.textContent)).toEqual(['✓1', '!3', '✕1', '↓OC']);
  });
});
