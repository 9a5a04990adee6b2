import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayCalendarDay } from '../../../lib/calendar-day';
import { programFixture } from '../../../test/fixtures/programs';
import { codedProblem, librarianMe, mockApi, pageOf, problem } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const created = programFixture({ id: 'pr-new', title: 'Health fair' });

/** The fields with no default: the title, topic, kind and main outcome. */
async function fillRequired() {
  await userEvent.click(await screen.findByLabelText('Title', { exact: false }));
  await userEvent.paste('Health fair');
  await userEvent.selectOptions(screen.getByLabelText('Topic'), 'Health and wellness');
  await userEvent.selectOptions(screen.getByLabelText('Kind of program'), 'Fair or festival');
  await userEvent.selectOptions(screen.getByLabelText('Main intended outcome', { exact: false }), 'Awareness of library resources');
}

const posted = (requests: { method: string; path: string; body: unknown }[]) =>
  requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/programs');

// A long form in jsdom: generous time, so a busy machine does not fail what a quiet one passes.
describe('Adding a program', { timeout: 20_000 }, () => {
  it('starts planned, for the whole community, today, and sends only what is needed', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'POST /api/v1/programs': { status: 201, body: created },
      'GET /api/v1/programs/pr-new': { status: 200, body: created },
    });
    const { router } = renderApp('/programs/new');
    await fillRequired();
    expect(screen.getByLabelText('Status')).toHaveValue('planned');
    expect(screen.getByRole('radio', { name: 'The whole community' })).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Mark “Space booked” done today' }));
    expect(screen.getByLabelText('Space booked')).toHaveValue(todayCalendarDay());
    await userEvent.click(screen.getByRole('button', { name: 'Add program' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/programs/pr-new'));
    const today = todayCalendarDay();
    expect(posted(requests)[0]?.body).toEqual({
      title: 'Health fair',
      topic: 'health-wellness',
      format: 'fair-festival',
      location: 'library',
      libraryRole: 'co-sponsor',
      primaryOutcome: 'resource-awareness',
      developmentModel: 'with-partner',
      audienceScope: 'whole-community',
      startsOn: today,
      endsOn: today,
      status: 'planned',
      checklist: { spaceBooked: today },
    });
  });

  it('asks for a reason when the program is cancelled, and sends it; nothing is sent without one', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'POST /api/v1/programs': { status: 201, body: created },
      'GET /api/v1/programs/pr-new': { status: 200, body: created },
    });
    const { router } = renderApp('/programs/new');
    await fillRequired();
    expect(screen.queryByLabelText('Why was it cancelled?')).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Cancelled');
    await userEvent.click(screen.getByRole('button', { name: 'Add program' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    const link = within(summary).getByRole('link', { name: 'Choose why the program was cancelled' });
    expect(link).toHaveAttribute('href', '#program-status-reason');
    const reason = screen.getByLabelText('Why was it cancelled?', { exact: false });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(posted(requests)).toHaveLength(0);

    await userEvent.click(link);
    expect(reason).toHaveFocus();
    await userEvent.selectOptions(reason, 'Funding');
    await userEvent.type(screen.getByLabelText('Note about the status', { exact: false }), 'The grant fell through');
    await userEvent.click(screen.getByRole('button', { name: 'Add program' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/programs/pr-new'));
    expect(posted(requests)[0]?.body).toMatchObject({ status: 'cancelled', statusReason: 'funding', statusNote: 'The grant fell through' });
  });

  it('drops the reason when the status goes back to one that needs none', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'POST /api/v1/programs': { status: 201, body: created },
      'GET /api/v1/programs/pr-new': { status: 200, body: created },
    });
    const { router } = renderApp('/programs/new');
    await fillRequired();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Postponed');
    await userEvent.selectOptions(screen.getByLabelText('Why was it postponed?', { exact: false }), 'Weather');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Held');
    expect(screen.queryByLabelText('Why was it postponed?', { exact: false })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Add program' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/programs/pr-new'));
    expect(posted(requests)[0]?.body).toMatchObject({ status: 'held' });
    expect(posted(requests)[0]?.body).not.toHaveProperty('statusReason');
  });

  it('puts the API’s field problems on their fields, the checklist and a partner row included, keeping what was typed', async () => {
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners': pageOf([]),
      'GET /api/v1/partners/p-river': { status: 200, body: { id: 'p-river', name: 'Riverside Clinic', archivedAt: null } },
      'POST /api/v1/programs': {
        status: 400,
        body: problem(400, 'Some of the information needs correcting', 'There are 3 problems with what was sent.', [
          { field: 'endsOn', message: 'Enter an end date on or after the start date, Tue 3 Mar 2026.' },
          { field: 'checklist.agreement', message: 'Enter a real calendar date for the agreement, like 2026-03-01.' },
          { field: 'roles[0].partnerId', message: 'Riverside Clinic is archived. Restore it first, or choose another partner.' },
        ]),
      },
    });
    renderApp('/programs/new?partnerId=p-river');
    await fillRequired();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Partner 1' })).toHaveValue('Riverside Clinic'));
    await userEvent.selectOptions(screen.getByLabelText('Role of partner 1'), 'Co-host');

    await userEvent.click(screen.getByRole('button', { name: 'Add program' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Enter an end date on or after the start date, Tue 3 Mar 2026.' })).toHaveAttribute('href', '#program-ends-on');
    expect(within(summary).getByRole('link', { name: /real calendar date for the agreement/ })).toHaveAttribute('href', '#program-checklist-agreement');
    expect(within(summary).getByRole('link', { name: /Riverside Clinic is archived/ })).toHaveAttribute('href', '#program-role-0-partnerId');
    const endsOn = screen.getByLabelText('Ends on', { exact: false });
    expect(endsOn).toHaveAttribute('aria-invalid', 'true');
    expect(endsOn).toHaveAccessibleDescription(expect.stringContaining('Enter an end date on or after the start date'));
    expect(screen.getByLabelText('Agreement in place')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'Partner 1' })).toHaveAttribute('aria-invalid', 'true');
    // Nothing typed is lost.
    expect(screen.getByLabelText('Title', { exact: false })).toHaveValue('Health fair');
    expect(screen.getByLabelText('Topic')).toHaveValue('health-wellness');
    expect(screen.getByLabelText('Role of partner 1')).toHaveValue('co-host');
  });

  it('checks the dates in the browser: an end before the start is refused in words', async () => {
    const { requests } = mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe } });
    renderApp('/programs/new');
    await fillRequired();
    const startsOn = screen.getByLabelText('Starts on');
    await userEvent.clear(startsOn);
    await userEvent.type(startsOn, '2026-03-10');
    const endsOn = screen.getByLabelText('Ends on', { exact: false });
    await userEvent.clear(endsOn);
    await userEvent.type(endsOn, '2026-03-02');

    await userEvent.click(screen.getByRole('button', { name: 'Add program' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Enter an end date on or after the start date, Tue 10 Mar 2026' })).toBeInTheDocument();
    expect(posted(requests)).toHaveLength(0);
  });
});

describe('Editing a program', { timeout: 20_000 }, () => {
  const program = programFixture({ id: 'pr-1', title: 'Homework help', version: 4, status: 'planned' });

  it('explains that someone else saved first, loads their version, and saves only what was changed here on top', async () => {
    let patches = 0;
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/programs/pr-1': () => ({ status: 200, body: patches === 0 ? program : { ...program, version: 5, description: 'Their change' } }),
      'PATCH /api/v1/programs/pr-1': () => {
        patches += 1;
        return patches === 1
          ? { status: 409, body: codedProblem(409, 'stale-version', 'Someone else changed this first', 'Someone else saved a change to this program after you opened it. Reload to see their version, then make your change again.') }
          : { status: 200, body: { ...program, version: 6, status: 'held' } };
      },
    });
    renderApp('/programs/pr-1/edit');
    await userEvent.selectOptions(await screen.findByLabelText('Status'), 'Held');

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Someone else saved this program after you opened it')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('Loaded the latest version')).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveValue('held');

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(requests.filter((request) => request.method === 'PATCH')).toHaveLength(2));
    const [first, second] = requests.filter((request) => request.method === 'PATCH');
    expect(first?.body).toEqual({ version: 4, status: 'held' });
    // Their description is not overwritten: only the status, on top of version 5.
    expect(second?.body).toEqual({ version: 5, status: 'held' });
  });

  it('clears a checklist item and sends only that item', async () => {
    const done = { ...program, checklist: { ...program.checklist, agreement: '2026-02-01', spaceBooked: '2026-02-03' } };
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/programs/pr-1': { status: 200, body: done },
      'PATCH /api/v1/programs/pr-1': { status: 200, body: done },
    });
    const { router } = renderApp('/programs/pr-1/edit');
    await userEvent.click(await screen.findByRole('button', { name: 'Mark “Agreement in place” not done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/programs/pr-1'));
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 4, checklist: { agreement: null } });
  });
});
