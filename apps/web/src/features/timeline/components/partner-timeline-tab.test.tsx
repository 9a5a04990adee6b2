import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { communicationFixture } from '../../../test/fixtures/communications';
import { librarianMe, managerMe, mockApi, pageOf } from '../../../test/mock-api';
import { partnerFixture } from '../../../test/fixtures/partners';
import { renderInApp } from '../../../test/render-app';
import type { TimelineItem } from '../api/types';
import { QuickLogProvider } from '../../communications/quick-log-context';
import type { Me } from '../../../lib/api-types';
import { PartnerTimelineTab } from './partner-timeline-tab';

const partner = partnerFixture();

/** The tab as the partner page shows it: inside the signed-in layout's quick log (which "Edit" opens). */
function renderTimeline({ me = librarianMe, path, shown = partner }: { me?: Me; path?: string; shown?: typeof partner } = {}) {
  return renderInApp(
    <QuickLogProvider>
      <PartnerTimelineTab partner={shown} />
    </QuickLogProvider>,
    { me, ...(path ? { path } : {}) },
  );
}

function entry(overrides: Partial<TimelineItem> & Pick<TimelineItem, 'id' | 'summary'>): TimelineItem {
  return {
    kind: 'change',
    occurredAt: '2026-03-10T14:30:00.000Z',
    actor: { id: 'u-man', name: 'Marcus Reyes' },
    recordType: 'partner',
    recordId: partner.id,
    changes: {},
    communication: null,
    recordArchived: null,
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
    renderTimeline();

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
    renderTimeline();

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
    renderTimeline();

    expect(await screen.findByText(/Nothing has happened with Riverside Food Bank yet/)).toBeInTheDocument();
  });

  it('filters by kind, with the choice kept in the address beside the tab', async () => {
    const { requests } = mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([moved]) });
    const { router } = renderTimeline({ path: '/partners/p-1?tab=timeline' });

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
    renderTimeline({ path: '/partners/p-1?tab=timeline&kind=commitment' });

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
    renderTimeline();

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

  it('filters to program events and links each to its program, with its changes in words', async () => {
    const held = entry({
      id: 't-9',
      kind: 'program',
      recordType: 'program',
      recordId: 'pr-fair',
      summary: 'Marcus Reyes marked “Health fair” held',
      program: { id: 'pr-fair', title: 'Health fair' },
      changes: { status: { before: 'planned', after: 'held' }, programId: { before: 'pr-fair', after: 'pr-fair' } },
    });
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/timeline': (request) => pageOf(new URL(request.url).searchParams.get('kind') === 'program' ? [held] : [moved]),
    });
    const { router } = renderTimeline({ path: '/partners/p-1?tab=timeline' });
    await screen.findByText('Marcus Reyes moved the partner from Exploring to Active');

    await userEvent.click(screen.getByRole('radio', { name: 'Programs' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('kind')).toBe('program'));
    await waitFor(() => expect(requests.at(-1)?.search).toBe('?limit=20&kind=program'));

    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent('Marcus Reyes marked “Health fair” held');
    expect(within(item).getByRole('link', { name: 'Health fair' })).toHaveAttribute('href', '/programs/pr-fair');
    await userEvent.click(within(item).getByRole('button', { name: 'Show details' }));
    expect(item).toHaveTextContent('StatusPlanned → changed to Held');
    // The program's id is bookkeeping: the sentence names the program.
    expect(item).not.toHaveTextContent('pr-fair');
  });

  it('filters to assessment events, shows them by their sentence and links to the partner’s health', async () => {
    const answered = entry({
      id: 't-10',
      kind: 'assessment',
      recordType: 'assessment',
      recordId: 'as-1',
      actor: null,
      summary: 'Ana Ruiz answered the partnership assessment for the partner',
      changes: { side: { before: null, after: 'partner' }, waveId: { before: null, after: 'w-1' }, respondentName: { before: null, after: 'Ana Ruiz' } },
    });
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/timeline': (request) => pageOf(new URL(request.url).searchParams.get('kind') === 'assessment' ? [answered] : [moved]),
    });
    renderTimeline({ path: '/partners/p-1?tab=timeline' });
    await screen.findByText('Marcus Reyes moved the partner from Exploring to Active');

    await userEvent.click(screen.getByRole('radio', { name: 'Assessments' }));
    await waitFor(() => expect(requests.at(-1)?.search).toBe('?limit=20&kind=assessment'));
    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent('Ana Ruiz answered the partnership assessment for the partner');
    // No staff actor: a partner's answer comes through the link they were sent.
    expect(item).toHaveTextContent('By assessment link ·');
    expect(within(item).getByRole('link', { name: 'Partnership health' })).toHaveAttribute('href', `/partners/${partner.id}?tab=health`);
    // Its fields are a wave and ids: nothing to show in words.
    expect(within(item).queryByRole('button', { name: 'Show details' })).toBeNull();
  });

  describe('a logged conversation', () => {
    const mine = entry({
      id: 'com-1',
      kind: 'communication',
      recordType: 'communication',
      recordId: 'com-1',
      summary: 'Grace Hopper logged a meeting with Ana Ruiz',
      actor: { id: librarianMe.id, name: librarianMe.name },
      communication: {
        id: 'com-1',
        channel: 'meeting',
        initiatedBy: 'library',
        twoWay: true,
        substantive: true,
        summary: 'Planned the spring seed swap.',
        staffParticipants: [{ id: librarianMe.id, name: librarianMe.name }],
        contactParticipants: [],
        factorTags: [],
        followUpCount: 0,
      },
    });
    const lenas = entry({
      ...mine,
      id: 'com-2',
      recordId: 'com-2',
      summary: 'Lena Okafor logged a call with Ana Ruiz',
      actor: { id: 'u-lena', name: 'Lena Okafor' },
      communication: { ...mine.communication!, id: 'com-2', channel: 'call' },
    });

    it('can be edited and archived by its author, but not by another librarian', async () => {
      mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([mine, lenas]) });
      renderTimeline();
      const list = await screen.findByRole('list', { name: 'Timeline' });
      const [first, second] = within(list).getAllByRole('listitem');
      const edit = within(first!).getByRole('button', { name: 'Edit' });
      expect(edit).toHaveAccessibleDescription('Grace Hopper logged a meeting with Ana Ruiz');
      expect(within(first!).getByRole('button', { name: 'Archive' })).toBeInTheDocument();
      expect(within(second!).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
      expect(within(second!).queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
    });

    it('can be changed by a manager whoever logged it', async () => {
      mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([lenas]) });
      renderTimeline({ me: managerMe });
      const item = await screen.findByRole('listitem');
      expect(within(item).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
      expect(within(item).getByRole('button', { name: 'Archive' })).toBeInTheDocument();
    });

    it('offers no changes on an archived partner’s timeline', async () => {
      mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([mine]) });
      renderTimeline({ shown: partnerFixture({ archivedAt: '2026-03-14T10:00:00.000Z' }) });
      const item = await screen.findByRole('listitem');
      expect(item).toHaveTextContent('Planned the spring seed swap.');
      expect(within(item).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    });

    it('opens the quick-log form on it with "Edit"', async () => {
      mockApi({
        'GET /api/v1/partners/p-1/timeline': pageOf([mine]),
        'GET /api/v1/communications/com-1': { status: 200, body: communicationFixture({ id: 'com-1', summary: 'Planned the spring seed swap.' }) },
        'GET /api/v1/staff': pageOf([]),
        'GET /api/v1/partners/p-1/contacts': pageOf([]),
      });
      renderTimeline();
      await userEvent.click(within(await screen.findByRole('listitem')).getByRole('button', { name: 'Edit' }));
      const dialog = await screen.findByRole('dialog', { name: 'Edit the conversation' });
      expect(await within(dialog).findByRole('textbox', { name: 'Summary' })).toHaveValue('Planned the spring seed swap.');
    });

    it('is archived after asking, with the version the dialog showed, and leaves the timeline', async () => {
      let archived = false;
      const { requests } = mockApi({
        'GET /api/v1/partners/p-1/timeline': () => pageOf(archived ? [] : [mine]),
        'GET /api/v1/communications/com-1': { status: 200, body: communicationFixture({ id: 'com-1', version: 4 }) },
        'POST /api/v1/communications/com-1/archive': () => {
          archived = true;
          return { status: 200, body: communicationFixture({ id: 'com-1', version: 5, archivedAt: '2026-03-15T12:00:00.000Z' }) };
        },
      });
      renderTimeline();
      await userEvent.click(within(await screen.findByRole('listitem')).getByRole('button', { name: 'Archive' }));
      const dialog = await screen.findByRole('dialog', { name: 'Archive this conversation?' });
      expect(await within(dialog).findByText(/The meeting with Riverside Food Bank on .* will no longer show on the partner’s timeline/)).toBeInTheDocument();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Archive conversation' }));

      expect(await screen.findByText('The meeting with Riverside Food Bank is archived')).toBeInTheDocument();
      expect(requests.find((request) => request.path === '/api/v1/communications/com-1/archive')?.body).toEqual({ version: 4 });
      expect(await screen.findByText(/Nothing has happened with Riverside Food Bank yet/)).toBeInTheDocument();
    });

    it('says so when someone else changed it first, and reloads on request', async () => {
      let reads = 0;
      mockApi({
        'GET /api/v1/partners/p-1/timeline': pageOf([mine]),
        'GET /api/v1/communications/com-1': () => {
          reads += 1;
          return { status: 200, body: communicationFixture({ id: 'com-1', version: reads }) };
        },
        'POST /api/v1/communications/com-1/archive': {
          status: 409,
          body: { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Someone else saved a change to this communication after you opened it.' },
        },
      });
      renderTimeline();
      await userEvent.click(within(await screen.findByRole('listitem')).getByRole('button', { name: 'Archive' }));
      const dialog = await screen.findByRole('dialog', { name: 'Archive this conversation?' });
      await within(dialog).findByText(/The meeting with Riverside Food Bank on/);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Archive conversation' }));

      expect(await within(dialog).findByText('Someone else saved a change to this communication after you opened it.')).toBeInTheDocument();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Reload' }));
      await waitFor(() => expect(within(dialog).queryByText(/Someone else saved/)).not.toBeInTheDocument());
      expect(reads).toBeGreaterThan(1);
    });

    const archivedByMe = entry({
      id: 't-arch',
      recordType: 'communication',
      recordId: 'com-1',
      kind: 'communication',
      summary: 'Grace Hopper archived the meeting of 10 Mar 2026',
      actor: { id: librarianMe.id, name: librarianMe.name },
      changes: { archivedAt: { before: null, after: '2026-03-15T12:00:00.000Z' } },
      recordArchived: true,
    });

    it('can be restored from the entry that archived it, with the version it has now', async () => {
      const { requests } = mockApi({
        'GET /api/v1/partners/p-1/timeline': pageOf([archivedByMe]),
        'GET /api/v1/communications/com-1': { status: 200, body: communicationFixture({ id: 'com-1', version: 6, archivedAt: '2026-03-15T12:00:00.000Z' }) },
        'POST /api/v1/communications/com-1/restore': { status: 200, body: communicationFixture({ id: 'com-1', version: 7, archivedAt: null }) },
      });
      renderTimeline();
      const item = await screen.findByRole('listitem');
      // Not the conversation itself: nothing to edit or archive on this entry.
      expect(within(item).queryByRole('button', { name: 'Edit' })).toBeNull();
      await userEvent.click(within(item).getByRole('button', { name: 'Restore' }));

      expect(await screen.findByText('The meeting with Riverside Food Bank is back on the timeline')).toBeInTheDocument();
      expect(requests.find((request) => request.path === '/api/v1/communications/com-1/restore')?.body).toEqual({ version: 6 });
    });

    it('offers Restore only on the entries of conversations still archived', async () => {
      const restoredByMe = entry({
        ...archivedByMe,
        id: 't-rest',
        summary: 'Grace Hopper restored the meeting of 10 Mar 2026',
        occurredAt: '2026-03-16T09:00:00.000Z',
        changes: { archivedAt: { before: '2026-03-15T12:00:00.000Z', after: null } },
        recordArchived: false,
      });
      // The same archive entry, read after the restore: the conversation is back.
      const archivedThenRestored = { ...archivedByMe, recordArchived: false };
      const stillArchived = entry({
        ...archivedByMe,
        id: 't-arch-2',
        recordId: 'com-2',
        summary: 'Grace Hopper archived the call of 9 Mar 2026',
        occurredAt: '2026-03-14T12:00:00.000Z',
      });
      const { requests } = mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([restoredByMe, archivedThenRestored, stillArchived]) });
      renderTimeline();
      const list = await screen.findByRole('list', { name: 'Timeline' });
      const [restored, archivedBefore, archivedNow] = within(list).getAllByRole('listitem');
      expect(archivedBefore).toHaveTextContent('Grace Hopper archived the meeting of 10 Mar 2026');
      expect(within(restored!).queryByRole('button', { name: 'Restore' })).toBeNull();
      expect(within(archivedBefore!).queryByRole('button', { name: 'Restore' })).toBeNull();
      expect(within(archivedNow!).getByRole('button', { name: 'Restore' })).toHaveAccessibleDescription('Grace Hopper archived the call of 9 Mar 2026');
      // Nothing is read to decide: the timeline item says it.
      expect(requests.some((request) => request.path.startsWith('/api/v1/communications/'))).toBe(false);
    });

    // The timeline can be older than the conversation (someone restored it since it was read).
    it('is not restored twice', async () => {
      const { requests } = mockApi({
        'GET /api/v1/partners/p-1/timeline': pageOf([archivedByMe]),
        'GET /api/v1/communications/com-1': { status: 200, body: communicationFixture({ id: 'com-1', version: 7, archivedAt: null }) },
      });
      renderTimeline();
      await userEvent.click(within(await screen.findByRole('listitem')).getByRole('button', { name: 'Restore' }));
      expect(await screen.findByText('The meeting with Riverside Food Bank is on the timeline already')).toBeInTheDocument();
      expect(requests.some((request) => request.path.endsWith('/restore'))).toBe(false);
    });

    it('offers no restore to a librarian who did not archive it (only its author or a manager could have)', async () => {
      mockApi({ 'GET /api/v1/partners/p-1/timeline': pageOf([{ ...archivedByMe, actor: { id: 'u-lena', name: 'Lena Okafor' } }]) });
      renderTimeline();
      const item = await screen.findByRole('listitem');
      expect(item).toHaveTextContent('archived the meeting');
      expect(within(item).queryByRole('button', { name: 'Restore' })).toBeNull();
    });
  });
});
