import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { librarianMe, managerMe, mockApi, pageOf, problem } from '../../../test/mock-api';
import { partnerFixture } from '../../../test/fixtures/partners';
import { renderInApp } from '../../../test/render-app';
import type { Agreement } from '../api/types';
import { PartnerAgreementsSection } from './partner-agreements-section';

const partner = partnerFixture();

function agreement(overrides: Partial<Agreement> & Pick<Agreement, 'id' | 'title'>): Agreement {
  return {
    partnerId: partner.id,
    kind: 'mou',
    startsOn: null,
    endsOn: null,
    reviewOn: null,
    listsContributions: false,
    attachmentUrl: null,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    createdBy: 'u-someone-else',
    version: 1,
    archivedAt: null,
    ...overrides,
  };
}

const mou = agreement({
  id: 'a-1',
  title: 'Summer reading MOU 2026',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  reviewOn: '2026-04-01',
  listsContributions: true,
  attachmentUrl: 'https://docs.example/mou.pdf',
  version: 2,
});

describe('Agreements on the partner page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('shows kind, title, dates, review badge, contributions and a safe link to the document', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/agreements': pageOf([mou]) });
    renderInApp(<PartnerAgreementsSection partner={partner} />, { me: librarianMe });

    const list = await screen.findByRole('list', { name: 'Agreements' });
    const card = within(list).getByRole('listitem');
    expect(card).toHaveTextContent('Memorandum of understanding');
    expect(card).toHaveTextContent('Summer reading MOU 2026');
    expect(card).toHaveTextContent('Thu 1 Jan 2026 – Thu 31 Dec 2026');
    expect(card).toHaveTextContent('Wed 1 Apr 2026');
    expect(within(card).getByText('Review due')).toBeInTheDocument();
    expect(card).toHaveTextContent("Lists each side's contributionsYes");
    const link = within(card).getByRole('link', { name: /Open the document/ });
    expect(link).toHaveAttribute('href', 'https://docs.example/mou.pdf');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    // A librarian archives only what they created.
    expect(within(card).queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
  });

  it('puts an end-before-start problem from the API on the End date field, keeping what was typed', async () => {
    const message = 'Enter an end date on or after the start date';
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/agreements': pageOf([]),
      'POST /api/v1/partners/p-1/agreements': {
        status: 400,
        body: problem(400, 'Some of the information needs correcting', undefined, [{ field: 'endsOn', message }]),
      },
    });
    renderInApp(<PartnerAgreementsSection partner={partner} />, { me: librarianMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Add an agreement' }));
    const form = screen.getByRole('form', { name: 'Add an agreement' });
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'Contract');
    await userEvent.type(within(form).getByLabelText('Title'), 'Space use contract');
    await userEvent.type(within(form).getByLabelText('Start date'), '2026-06-01');
    await userEvent.type(within(form).getByLabelText('End date'), '2026-05-01');
    await userEvent.click(within(form).getByLabelText("Lists each side's contributions"));
    await userEvent.click(within(form).getByRole('button', { name: 'Add agreement' }));

    const summaryLink = await within(form).findByRole('link', { name: message });
    const endDate = within(form).getByLabelText('End date');
    expect(summaryLink).toHaveAttribute('href', `#${endDate.id}`);
    expect(endDate).toHaveAttribute('aria-invalid', 'true');
    expect(endDate).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(endDate).toHaveValue('2026-05-01');
    expect(within(form).getByLabelText('Title')).toHaveValue('Space use contract');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      kind: 'contract',
      title: 'Space use contract',
      startsOn: '2026-06-01',
      endsOn: '2026-05-01',
      reviewOn: null,
      listsContributions: true,
      attachmentUrl: null,
    });
  });

  it('asks for a kind and a title before sending anything', async () => {
    const { requests } = mockApi({ 'GET /api/v1/partners/p-1/agreements': pageOf([]) });
    renderInApp(<PartnerAgreementsSection partner={partner} />, { me: librarianMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Add an agreement' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add agreement' }));

    expect(await screen.findByRole('link', { name: 'Choose what kind of agreement it is' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter a title for the agreement' })).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('edits an agreement with its version, and lets a manager archive and restore', async () => {
    let archived = false;
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/agreements': (request) => {
        const filter = new URL(request.url).searchParams.get('archived');
        const current = archived ? { ...mou, archivedAt: '2026-03-15T12:00:00.000Z', version: 4 } : mou;
        return pageOf(filter === 'all' || !archived ? [current] : []);
      },
      'PATCH /api/v1/agreements/a-1': { status: 200, body: { ...mou, title: 'Summer reading MOU 2026–27', version: 3 } },
      'POST /api/v1/agreements/a-1/archive': () => {
        archived = true;
        return { status: 200, body: { ...mou, archivedAt: '2026-03-15T12:00:00.000Z', version: 4 } };
      },
      'POST /api/v1/agreements/a-1/restore': { status: 200, body: { ...mou, version: 5 } },
    });
    renderInApp(<PartnerAgreementsSection partner={partner} />, { me: managerMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit agreement' });
    expect(within(form).getByLabelText('End date')).toHaveValue('2026-12-31');
    await userEvent.type(within(form).getByLabelText('Title'), '–27');
    await userEvent.click(within(form).getByRole('button', { name: 'Save agreement' }));
    expect(await screen.findByText('Agreement saved')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PATCH')?.body).toMatchObject({ version: 2, title: 'Summer reading MOU 2026–27' });

    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive this agreement?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive agreement' }));
    expect(await screen.findByText('No agreements recorded yet — add an MOU, contract, letter or informal understanding.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: 'Show archived agreements' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(requests.find((request) => request.path.endsWith('/restore'))?.body).toEqual({ version: 4 }));
  });
});
