import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, todayCalendarDay } from '../../../lib/calendar-day';
import { commitmentFixture, staffDirectory } from '../../../test/fixtures/communications';
import { programFixture, roleFixture } from '../../../test/fixtures/programs';
import { librarianMe, mockApi, pageOf, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const clinic = { id: 'p-clinic', name: 'Riverside Clinic' };
const school = { id: 'p-school', name: 'Mill Town Schools' };
const fair = programFixture({ id: 'pr-fair', title: 'Health fair', version: 2 });
const roles = [
  roleFixture({ id: 'r-lead', programId: 'pr-fair', partner: clinic, role: 'lead' }),
  roleFixture({ id: 'r-presenter', programId: 'pr-fair', partner: clinic, role: 'presenter' }),
  roleFixture({ id: 'r-promoter', programId: 'pr-fair', partner: school, role: 'promoter' }),
];
const program = { id: 'pr-fair', title: 'Health fair' };
const cuffs = commitmentFixture({
  id: 'd-cuffs',
  description: 'Bring the blood-pressure cuffs',
  partnerId: clinic.id,
  partner: clinic,
  program,
  ownerSide: 'partner',
  ownerUser: null,
  ownerContact: { id: 'c-dana', name: 'Dana Ortiz' },
  dueOn: addDays(todayCalendarDay(), 5),
  version: 2,
});
const nurses = commitmentFixture({
  id: 'd-nurses',
  description: 'Confirm two nurses',
  partnerId: clinic.id,
  partner: clinic,
  program,
  status: 'done',
  completion: 'on-time',
  completedOn: '2026-03-01',
  dueOn: '2026-03-02',
  statusChangedAt: '2026-03-01T10:00:00.000Z',
  statusChangedBy: { id: librarianMe.id, name: librarianMe.name },
});
const flyers = commitmentFixture({
  id: 'd-flyers',
  description: 'Send flyers home with pupils',
  partnerId: school.id,
  partner: school,
  program,
  dueOn: addDays(todayCalendarDay(), 9),
});

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: librarianMe },
    'GET /api/v1/programs/pr-fair': { status: 200, body: fair },
    'GET /api/v1/programs/pr-fair/roles': pageOf(roles),
    'GET /api/v1/commitments': pageOf([cuffs, nurses, flyers]),
    ...overrides,
  };
}

describe('Program page: role duties', { timeout: 20_000 }, () => {
  it("lists each partner's duties under its role, open first, and marks one done in one click", async () => {
    const { requests } = mockApi(
      handlers({ 'PATCH /api/v1/commitments/d-cuffs': { status: 200, body: { ...cuffs, status: 'done', completion: 'on-time', version: 3 } } }),
    );
    renderApp('/programs/pr-fair?tab=roles');

    const lead = await screen.findByRole('listitem', { name: /Riverside Clinic · Lead/ });
    const duties = await within(lead).findByRole('list', { name: 'Duties (1 open)' });
    expect(requests.find((request) => request.path === '/api/v1/commitments')?.search).toBe('?programId=pr-fair&limit=100&sort=dueOn');
    const [first, second] = within(duties).getAllByRole('listitem');
    expect(first).toHaveTextContent('Bring the blood-pressure cuffs');
    expect(first).toHaveTextContent('Partner: Dana Ortiz (Riverside Clinic)');
    // The program is the page's subject: not repeated on each duty.
    expect(first).not.toHaveTextContent('For the program');
    expect(second).toHaveTextContent('Confirm two nurses');
    expect(second).toHaveTextContent('Done on time');
    expect(duties).not.toHaveTextContent('Send flyers home with pupils');

    // A partner's duties are listed once, under its first role.
    const presenter = screen.getByRole('listitem', { name: /Riverside Clinic · Presenter/ });
    expect(within(presenter).queryByRole('list')).not.toBeInTheDocument();
    expect(presenter).toHaveTextContent('Riverside Clinic’s duties are listed under its role as lead.');
    const promoter = screen.getByRole('listitem', { name: /Mill Town Schools · Promoter/ });
    expect(within(promoter).getByRole('list', { name: 'Duties (1 open)' })).toHaveTextContent('Send flyers home with pupils');

    await userEvent.click(within(first!).getByRole('button', { name: 'Mark done' }));
    expect(await screen.findByText('Marked “Bring the blood-pressure cuffs” done')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 2, status: 'done' });
  });

  it("adds a duty for a partner's role, linked to the program", async () => {
    let added = false;
    const dana = { id: 'c-dana', name: 'Dana Ortiz' };
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/commitments': () => pageOf(added ? [cuffs] : []),
        'GET /api/v1/staff': staffDirectory([{ id: librarianMe.id, name: librarianMe.name }]),
        'GET /api/v1/partners/p-clinic/contacts': pageOf([dana]),
        'POST /api/v1/commitments': () => {
          added = true;
          return { status: 201, body: cuffs };
        },
      }),
    );
    renderApp('/programs/pr-fair?tab=roles');

    const lead = await screen.findByRole('listitem', { name: /Riverside Clinic · Lead/ });
    expect(await within(lead).findByText(/No duties yet/)).toBeInTheDocument();
    await userEvent.click(within(lead).getByRole('button', { name: 'Add a duty for Riverside Clinic' }));
    const form = within(lead).getByRole('form', { name: 'Add a duty for Riverside Clinic' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'What needs doing' }), 'Bring the blood-pressure cuffs');
    await userEvent.click(within(form).getByRole('radio', { name: 'Partner' }));
    const who = within(form).getByLabelText('Who');
    await waitFor(() => expect(within(who).getByRole('option', { name: 'Dana Ortiz' })).toBeInTheDocument());
    await userEvent.selectOptions(who, 'c-dana');
    const due = within(form).getByLabelText('Due');
    await userEvent.clear(due);
    await userEvent.type(due, '2026-04-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Add duty' }));

    expect(await screen.findByText('Duty added for Riverside Clinic')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      partnerId: 'p-clinic',
      programId: 'pr-fair',
      description: 'Bring the blood-pressure cuffs',
      ownerSide: 'partner',
      ownerContactId: 'c-dana',
      dueOn: '2026-04-01',
    });
    expect(await within(lead).findByRole('list', { name: 'Duties (1 open)' })).toHaveTextContent('Bring the blood-pressure cuffs');
  });

  it('shows the duties of an archived program without offering changes', async () => {
    mockApi(handlers({ 'GET /api/v1/programs/pr-fair': { status: 200, body: { ...fair, archivedAt: '2026-03-20T10:00:00.000Z' } } }));
    renderApp('/programs/pr-fair?tab=roles');

    const lead = await screen.findByRole('listitem', { name: /Riverside Clinic · Lead/ });
    expect(await within(lead).findByText('Bring the blood-pressure cuffs')).toBeInTheDocument();
    expect(within(lead).queryByRole('button', { name: 'Mark done' })).not.toBeInTheDocument();
    expect(within(lead).queryByRole('button', { name: /Add a duty/ })).not.toBeInTheDocument();
  });
});
