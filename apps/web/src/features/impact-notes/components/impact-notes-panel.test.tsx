import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { librarianMe, mockApi, pageOf, problem, type MockHandler } from '../../../test/mock-api';
import { fill } from '../../../test/fill';
import { programPageOf } from '../../../test/fixtures/programs';
import { renderInApp } from '../../../test/render-app';
import { impactNoteFixture } from '../../value/test/fixtures';
import { ImpactNotesPanel } from './impact-notes-panel';

const unconsented = impactNoteFixture({
  id: 'n-1',
  kind: 'quote',
  text: 'My son read his first chapter book this summer.',
  attribution: 'A parent at the finale',
  valueDimension: 'deeper-impacts',
  consentToQuote: false,
  program: { id: 'prog-1', title: 'Summer reading finale' },
  version: 2,
});
const consented = impactNoteFixture({ id: 'n-2', kind: 'quote', text: 'The library made this easy.', valueDimension: 'better-programs', consentToQuote: true });
const story = impactNoteFixture({ id: 'n-3', kind: 'story', text: 'The clinic now books its own room every month.', valueDimension: 'expanded-capacities' });

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/impact-notes': pageOf([unconsented, consented, story]),
    'GET /api/v1/programs': programPageOf([]),
    ...overrides,
  };
}

describe('Impact notes panel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('groups notes by value and marks a quote without consent as staff only', async () => {
    const { requests } = mockApi(handlers());
    renderInApp(<ImpactNotesPanel partnerId="p-1" />, { me: librarianMe });

    const deeper = await screen.findByRole('region', { name: 'Deeper impacts' });
    const quote = within(deeper).getByRole('listitem', { name: /My son read his first chapter book/ });
    expect(within(quote).getByText('No consent to quote — staff only')).toBeInTheDocument();
    expect(quote).toHaveTextContent('A parent at the finale');
    expect(quote).toHaveTextContent('Wed 4 Mar 2026');
    expect(quote).toHaveTextContent('Program: Summer reading finale');

    const better = screen.getByRole('region', { name: 'Better programs' });
    const agreed = within(better).getByRole('listitem', { name: /The library made this easy/ });
    expect(within(agreed).getByText('Consent to quote')).toBeInTheDocument();
    expect(within(agreed).queryByText('No consent to quote — staff only')).not.toBeInTheDocument();

    const capacities = screen.getByRole('region', { name: 'Expanded capacities' });
    const storyCard = within(capacities).getByRole('listitem', { name: /The clinic now books its own room/ });
    expect(within(storyCard).getByText('Story')).toBeInTheDocument();
    expect(storyCard).not.toHaveTextContent(/consent/i);
    expect(screen.getAllByText('No consent to quote — staff only')).toHaveLength(1);
    expect(new URLSearchParams(requests[0]!.search).get('partnerId')).toBe('p-1');
  });

  it('adds a consented quote linked to the partner', async () => {
    const saved = impactNoteFixture({ id: 'n-9', kind: 'quote', text: 'I found a job through the workshop.', consentToQuote: true });
    const { requests } = mockApi(handlers({ 'POST /api/v1/impact-notes': { status: 201, body: saved } }));
    renderInApp(<ImpactNotesPanel partnerId="p-1" />, { me: librarianMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Add a note' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a note' });
    expect(within(dialog).queryByLabelText('They agreed to be quoted')).not.toBeInTheDocument();
    await userEvent.selectOptions(within(dialog).getByLabelText('Kind of note'), 'Quote');
    await fill(within(dialog).getByLabelText('What was said'), 'I found a job through the workshop.');
    await fill(within(dialog).getByLabelText('Who said it (optional)'), 'A workshop participant');
    await userEvent.click(within(dialog).getByLabelText('They agreed to be quoted'));
    await userEvent.click(within(dialog).getByRole('radio', { name: /Deeper impacts/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add note' }));

    expect(await screen.findByText('Note added')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      kind: 'quote',
      text: 'I found a job through the workshop.',
      attribution: 'A workshop participant',
      valueDimension: 'deeper-impacts',
      consentToQuote: true,
      notedOn: '2026-03-15',
      partnerId: 'p-1',
    });
  });

  it('lists what is missing in an error summary, and checks a media mention’s web address', async () => {
    const { requests } = mockApi(handlers());
    renderInApp(<ImpactNotesPanel partnerId="p-1" />, { me: librarianMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Add a note' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a note' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add note' }));
    const summary = await within(dialog).findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Choose what kind of note this is',
      'Write the note',
      'Choose which value the note shows',
    ]);
    await userEvent.click(within(summary).getByRole('link', { name: 'Choose which value the note shows' }));
    expect(within(dialog).getByRole('radio', { name: /Better programs/ })).toHaveFocus();

    await userEvent.selectOptions(within(dialog).getByLabelText('Kind of note'), 'Media mention');
    await fill(within(dialog).getByLabelText('Note'), 'The Gazette covered the health fair.');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Better programs/ }));
    await fill(within(dialog).getByLabelText('Where it appeared (optional)'), 'gazette.example/fair');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add note' }));
    expect(await within(dialog).findByRole('link', { name: 'Enter a web address starting with https:// or http://' })).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('explains a conflict on editing and reloads; archives after asking', async () => {
    let lists = 0;
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/impact-notes': () => {
          lists += 1;
          return pageOf([unconsented]);
        },
        'PATCH /api/v1/impact-notes/n-1': { status: 409, body: problem(409, 'Someone else changed this first', 'Someone else saved a change to this note after you opened it.') },
        'POST /api/v1/impact-notes/n-1/archive': { status: 200, body: { ...unconsented, archivedAt: '2026-03-15T12:00:00.000Z', version: 3 } },
      }),
    );
    renderInApp(<ImpactNotesPanel programId="prog-1" />, { me: librarianMe });

    const card = await screen.findByRole('listitem', { name: /My son read/ });
    await userEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit note' });
    await userEvent.click(within(dialog).getByLabelText('They agreed to be quoted'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save note' }));
    expect(await within(dialog).findByText('Someone else saved a change to this note after you opened it.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PATCH')?.body).toMatchObject({ version: 2, consentToQuote: true });
    const before = lists;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(lists).toBeGreaterThan(before));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Discard' }));

    await userEvent.click(within(card).getByRole('button', { name: 'Archive' }));
    const confirm = await screen.findByRole('dialog', { name: 'Archive this note?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Archive note' }));
    expect(await screen.findByText('Note archived')).toBeInTheDocument();
    expect(requests.find((request) => request.path === '/api/v1/impact-notes/n-1/archive')?.body).toEqual({ version: 2 });
  });
});
