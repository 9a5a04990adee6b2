import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { librarianMe, mockApi, pageOf } from '../../../test/mock-api';
import { partnerFixture } from '../../../test/fixtures/partners';
import { renderInApp } from '../../../test/render-app';
import type { TimelineItem } from '../api/types';
import { PartnerTimelineTab } from './partner-timeline-tab';

const partner = partnerFixture();

function entry(overrides: Partial<TimelineItem> & Pick<TimelineItem, 'id' | 'summary'>): TimelineItem {
  return {
    kind: 'change',
    occurredAt: '2026-03-10T14:30:00.000Z',
    actor: { id: 'u-man', name: 'Marcus Reyes' },
    recordType: 'partner',
    recordId: partner.id,
    changes: {},
    communication: null,
    ...overrides,
  };
}

const moved = entry({
  id: 't-1',
  summary: 'Marcus Reyes moved the partner from Exploring to Active',
  changes: { stage: { before: 'exploring', after: 'active' }, focusAreas: { before: [], after: ['stem', 'early-literacy'] } },
});
const added = entry({
  id: 't-2',
  summary: 'Lena Okafor added contact Ana Ruiz',
  actor: { id: 'u-lena', name: 'Lena Okafor' },
  recordType: 'contact',
  recordId: 'c-ana',
  occurredAt: '2026-03-02T09:00:00.000Z',
  changes: { name: { before: null, after: 'Ana Ruiz' }, isPrimary: { before: null, after: true }, email: { before: null, after: null } },
});
const older = entry({
  id: 't-3',
  summary: 'Common Ground added the partner',
  actor: null,
  occurredAt: '2026-01-05T09:00:00.000Z',
  changes: { name: { before: null, after: 'Riverside Food Bank' } },
});

describe('Timeline tab', () => {
  it('lists sentences newest first with who and when, and details in words on request', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([moved, added], null) });
    renderInApp(<PartnerTimelineTab partner={partner} />, { me: librarianMe });

    const list = await screen.findByRole('list', { name: 'Timeline' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Marcus Reyes moved the partner from Exploring to Active');
    expect(first).toHaveTextContent('Marcus Reyes · Tue 10 Mar 2026');
    expect(within(first!).getByText('Tue 10 Mar 2026').closest('time')).toHaveAttribute('datetime', '2026-03-10T14:30:00.000Z');
    expect(second).toHaveTextContent('Lena Okafor added contact Ana Ruiz');
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked();
    expect(screen.getByText('Showing 2 of 2 items')).toBeInTheDocument();

    const toggle = within(first!).getByRole('button', { name: 'Show details' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(details).toHaveTextContent('StageExploring → changed to Active');
    expect(details).toHaveTextContent('Focus areasNone → changed to STEM, Early childhood literacy');

    await userEvent.click(within(second!).getByRole('button', { name: 'Show details' }));
    // A new record lists what it was created with, without "None →".
    expect(second).toHaveTextContent('NameAna Ruiz');
    expect(second).toHaveTextContent('Primary contactYes');
    expect(second).not.toHaveTextContent('Email');
  });

  it('loads the next page from nextCursor with "Load more"', async () => {
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/timeline': (request) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2' ? pageOf([older], null, 3) : pageOf([moved, added], 'page-2', 3),
    });
    renderInApp(<PartnerTimelineTab partner={partner} />, { me: librarianMe });

    expect(await screen.findByText('Showing 2 of 3 items')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Common Ground added the partner')).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3 items')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Timeline' });
    expect(within(list).getAllByRole('listitem').at(-1)).toHaveTextContent('Common Ground ·');
    await waitFor(() =>
      expect(requests.map((request) => request.search)).toEqual(['?limit=20', '?limit=20&cursor=page-2']),
    );
  });

  it('says so when nothing has happened yet', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([]) });
    renderInApp(<PartnerTimelineTab partner={partner} />, { me: librarianMe });

    expect(await screen.findByText(/Nothing has happened with Riverside Food Bank yet/)).toBeInTheDocument();
  });

  it('filters by kind, with the choice kept in the address beside the tab', async () => {
    const { requests } = mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([moved]) });
    const { router } = renderInApp(<PartnerTimelineTab partner={partner} />, { me: librarianMe, path: '/partners/p-1?tab=timeline' });

    await screen.findByText('Marcus Reyes moved the partner from Exploring to Active');
    await userEvent.click(screen.getByRole('radio', { name: 'Communications' }));

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('kind')).toBe('communication'));
    expect(new URLSearchParams(router.state.location.search).get('tab')).toBe('timeline');
    await waitFor(() => expect(requests.at(-1)?.search).toBe('?limit=20&kind=communication'));
    expect(screen.getByRole('radio', { name: 'Communications' })).toBeChecked();

    await userEvent.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=timeline'));
  });

  it('opens on the kind a link asks for', async () => {
    const { requests } = mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([]) });
    renderInApp(<PartnerTimelineTab partner={partner} />, { me: librarianMe, path: '/partners/p-1?tab=timeline&kind=commitment' });

    expect(await screen.findByText('Nothing of this kind has happened with Riverside Food Bank yet.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Follow-ups' })).toBeChecked();
    expect(requests.map((request) => request.search)).toEqual(['?limit=20&kind=commitment']);
  });

  it('shows a logged conversation with its channel, people, summary, factor tags and follow-ups', async () => {
    const meeting = entry({
      id: 'com-1',
      kind: 'communication',
      recordType: 'communication',
      recordId: 'com-1',
      summary: 'Lena Okafor logged a meeting with Ana Ruiz',
      actor: { id: 'u-lena', name: 'Lena Okafor' },
      communication: {
        id: 'com-1',
        channel: 'meeting',
        initiatedBy: 'partner',
        twoWay: true,
        substantive: true,
        summary: 'Planned the spring seed swap.\nThey raised the budget problem early.',
        staffParticipants: [{ id: 'u-lena', name: 'Lena Okafor' }],
        contactParticipants: [{ id: 'c-ana', name: 'Ana Ruiz' }],
        factorTags: [{ factor: 'CE', sign: 'positive', note: 'They raised the budget problem early' }],
        followUpCount: 2,
      },
    });
    mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([meeting, moved]) });
    renderInApp(<PartnerTimelineTab partner={partner} />, { me: librarianMe });

    const list = await screen.findByRole('list', { name: 'Timeline' });
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('Lena Okafor logged a meeting with Ana Ruiz');
    expect(within(first).getByText('Meeting')).toBeInTheDocument();
    expect(first).toHaveTextContent('The partner got in touch · Two-way · Substantive');
    expect(first).toHaveTextContent('Library: Lena Okafor');
    expect(first).toHaveTextContent('Partner: Ana Ruiz');
    expect(first).toHaveTextContent('Planned the spring seed swap.');
    const tags = within(first).getByRole('list', { name: 'Factor tags' });
    expect(tags).toHaveTextContent('Communication & Expectations: positive');
    expect(tags).toHaveTextContent('They raised the budget problem early');
    expect(within(first).getByRole('link', { name: '2 follow-ups' })).toHaveAttribute('href', '/partners/p-1?tab=follow-ups');
    // The conversation is shown by its facts, not as a list of the fields it was created with.
    expect(within(first).queryByRole('button', { name: 'Show details' })).not.toBeInTheDocument();
  });
});
