import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { librarianMe, mockApi, pageOf, problem } from '../../../test/mock-api';
import { contactFixture } from '../../../test/fixtures/communications';
import { partnerFixture } from '../../../test/fixtures/partners';
import { renderInApp } from '../../../test/render-app';
import { PartnerContactsTab } from './partner-contacts-tab';

const partner = partnerFixture();

const ana = contactFixture({
  id: 'c-ana',
  name: 'Ana Ruiz',
  title: 'Volunteer coordinator',
  email: 'ana@riverside.example',
  phone: '(555) 013-4000',
  isPrimary: true,
  affiliationStart: '2024-09-01',
});
const ben = contactFixture({ id: 'c-ben', name: 'Ben Osei', title: 'Director', version: 5 });
const cleo = contactFixture({ id: 'c-cleo', name: 'Cleo Park', affiliationStart: '2023-01-01', affiliationEnd: '2025-12-31' });

describe('Contacts tab', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('shows each person with a primary badge, email and phone links, and dates; former contacts hidden until asked', async () => {
    mockApi({
      'GET /api/v1/partners/p-1/contacts': (request) => {
        const all = new URL(request.url).searchParams.get('archived') === 'all';
        const archived = contactFixture({ id: 'c-dan', name: 'Dan Ito', archivedAt: '2026-02-01T10:00:00.000Z' });
        return pageOf(all ? [ana, ben, cleo, archived] : [ana, ben, cleo]);
      },
    });
    renderInApp(<PartnerContactsTab partner={partner} />, { me: librarianMe });

    const list = await screen.findByRole('list', { name: 'Contacts' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getAllByText(/\w/)[0]?.textContent)).toEqual(['Ana Ruiz', 'Ben Osei']);
    const anaCard = cards[0]!;
    expect(within(anaCard).getByText('Primary')).toBeInTheDocument();
    expect(within(anaCard).getByText('Volunteer coordinator')).toBeInTheDocument();
    expect(within(anaCard).getByRole('link', { name: 'ana@riverside.example' })).toHaveAttribute('href', 'mailto:ana@riverside.example');
    expect(within(anaCard).getByRole('link', { name: '(555) 013-4000' })).toHaveAttribute('href', 'tel:5550134000');
    expect(anaCard).toHaveTextContent('Since Sun 1 Sept 2024');
    expect(within(anaCard).queryByRole('button', { name: 'Make primary' })).not.toBeInTheDocument();
    expect(screen.getByText('1 former contact is hidden.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: 'Show former and archived contacts' }));
    const cleoCard = (await screen.findByText('Cleo Park')).closest('li')!;
    expect(within(cleoCard).getByText('Former')).toBeInTheDocument();
    expect(cleoCard).toHaveTextContent('Sun 1 Jan 2023 – Wed 31 Dec 2025');
    const danCard = (await screen.findByText('Dan Ito')).closest('li')!;
    expect(within(danCard).getByText('Archived')).toBeInTheDocument();
    expect(within(danCard).getByRole('button', { name: 'Restore' })).toBeInTheDocument();
  });

  it('makes a contact primary in one step, with the version it was read at', async () => {
    let promoted = false;
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/contacts': () =>
        pageOf(promoted ? [{ ...ben, isPrimary: true, version: 6 }, { ...ana, isPrimary: false, version: 2 }] : [ana, ben]),
      'PATCH /api/v1/contacts/c-ben': () => {
        promoted = true;
        return { status: 200, body: { ...ben, isPrimary: true, version: 6 } };
      },
    });
    renderInApp(<PartnerContactsTab partner={partner} />, { me: librarianMe });

    const benCard = (await screen.findByText('Ben Osei')).closest('li')!;
    await userEvent.click(within(benCard).getByRole('button', { name: 'Make primary' }));

    expect(await screen.findByText('Ben Osei is now the primary contact')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 5, isPrimary: true });
    await waitFor(() => {
      const cards = within(screen.getByRole('list', { name: 'Contacts' })).getAllByRole('listitem');
      expect(within(cards[0]!).getByText('Ben Osei')).toBeInTheDocument();
      expect(within(cards[0]!).getByText('Primary')).toBeInTheDocument();
    });
    expect(requests.filter((request) => request.path === '/api/v1/partners/p-1/contacts').length).toBeGreaterThan(1);
  });

  it('adds a contact in a dialog and keeps what was typed when the API refuses a field', async () => {
    const message = 'Enter an email address in the correct format, like name@partner.org.';
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/contacts': pageOf([ana]),
      'POST /api/v1/partners/p-1/contacts': {
        status: 400,
        body: problem(400, 'Some of the information needs correcting', undefined, [{ field: 'email', message }]),
      },
    });
    renderInApp(<PartnerContactsTab partner={partner} />, { me: librarianMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Add a contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a contact' });
    await userEvent.type(within(dialog).getByLabelText('Name'), 'Dee Lang');
    await userEvent.type(within(dialog).getByLabelText('Job title'), 'Outreach lead');
    await userEvent.type(within(dialog).getByLabelText('Email'), 'dee@partner.example');
    await userEvent.type(within(dialog).getByLabelText('Phone'), '555 0199');
    await userEvent.click(within(dialog).getByLabelText(/Primary contact/));
    await userEvent.type(within(dialog).getByLabelText(/Started/), '2026-03-01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add contact' }));

    expect(await within(dialog).findByRole('link', { name: message })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Dee Lang');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      name: 'Dee Lang',
      title: 'Outreach lead',
      email: 'dee@partner.example',
      phone: '555 0199',
      isPrimary: true,
      affiliationStart: '2026-03-01',
      affiliationEnd: null,
    });
  });

  it('explains a conflict on make primary and offers to reload', async () => {
    const detail = 'Someone else saved a change to this contact after you opened it. Reload to see their version, then make your change again.';
    mockApi({
      'GET /api/v1/partners/p-1/contacts': pageOf([ana, ben]),
      'PATCH /api/v1/contacts/c-ben': { status: 409, body: problem(409, 'Someone else changed this first', detail) },
    });
    renderInApp(<PartnerContactsTab partner={partner} />, { me: librarianMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Make primary' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(detail);
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
