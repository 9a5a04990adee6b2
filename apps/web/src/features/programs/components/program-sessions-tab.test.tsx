import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { localInstant, programFixture, sessionFixture } from '../../../test/fixtures/programs';
import { codedProblem, librarianMe, mockApi, pageOf, problem, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const program = programFixture({ id: 'pr-1', title: 'Homework help', startsOn: '2026-03-01', endsOn: '2026-06-30', totals: { sessions: 2, attendance: 28, recordedViews: 0 } });
const first = sessionFixture({ id: 's-1', startsAt: localInstant('2026-03-03', '14:00'), attendance: { 'age-0-5': 0, 'age-6-11': 10, 'age-12-18': 0, 'age-19-plus': 4, general: 0 } });
const second = sessionFixture({ id: 's-2', version: 3, startsAt: localInstant('2026-03-10', '14:00'), attendance: { 'age-0-5': 0, 'age-6-11': 12, 'age-12-18': 0, 'age-19-plus': 0, general: 2 } });

function api(extra: Record<string, MockHandler> = {}) {
  return mockApi({
    'GET /api/v1/auth/me': { status: 200, body: librarianMe },
    'GET /api/v1/programs/pr-1': { status: 200, body: program },
    'GET /api/v1/programs/pr-1/sessions': pageOf([first, second]),
    ...extra,
  });
}

const cell = (name: string) => screen.getByLabelText(name);
const puts = (requests: { method: string; path: string; body: unknown }[]) =>
  requests.filter((request) => request.method === 'PUT' && request.path === '/api/v1/programs/pr-1/sessions');

async function openGrid() {
  renderApp('/programs/pr-1?tab=sessions');
  return screen.findByRole('table', { name: 'Sessions & attendance' });
}

async function replace(input: HTMLElement, value: string) {
  await userEvent.clear(input);
  if (value) await userEvent.type(input, value);
}

describe('The attendance grid', { timeout: 20_000 }, () => {
  it('adds up each session and each age band as counts are typed, and saves the whole grid in one request', async () => {
    const { requests } = api({ 'PUT /api/v1/programs/pr-1/sessions': pageOf([first, { ...second, version: 4 }, sessionFixture({ id: 's-3' })]) });
    const table = await openGrid();

    expect(within(table).getByLabelText('Total, session 1')).toHaveTextContent('14');
    expect(within(table).getByLabelText('Total, Children 6–11')).toHaveTextContent('22');
    expect(within(table).getByLabelText('Total attendance')).toHaveTextContent('28');
    expect(cell('Date, session 2')).toHaveValue('2026-03-10');
    expect(cell('Start time, session 2')).toHaveValue('14:00');

    await replace(cell('Adults 19+, session 2'), '5');
    expect(within(table).getByLabelText('Total, session 2')).toHaveTextContent('19');
    expect(within(table).getByLabelText('Total, Adults 19+')).toHaveTextContent('9');
    expect(within(table).getByLabelText('Total attendance')).toHaveTextContent('33');

    await userEvent.click(screen.getByRole('button', { name: 'Add a session' }));
    // A week after the last, at its time, in its format; the first count has focus.
    expect(cell('Date, session 3')).toHaveValue('2026-03-17');
    expect(cell('Start time, session 3')).toHaveValue('14:00');
    await waitFor(() => expect(cell('Children 0–5, session 3')).toHaveFocus());
    await userEvent.tab();
    expect(cell('Children 6–11, session 3')).toHaveFocus();
    await userEvent.keyboard('7');
    expect(within(table).getByLabelText('Total attendance')).toHaveTextContent('40');
    // Up and down move between sessions in the same column.
    await userEvent.keyboard('{ArrowUp}');
    expect(cell('Children 6–11, session 2')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(cell('Children 6–11, session 3')).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Save sessions' }));

    await waitFor(() => expect(puts(requests)).toHaveLength(1));
    const none = { 'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 0, general: 0 };
    expect(puts(requests)[0]?.body).toEqual({
      sessions: [
        { id: 's-1', version: 1, startsAt: first.startsAt, format: 'in-person-onsite', attendance: { ...none, 'age-6-11': 10, 'age-19-plus': 4 }, recordedViews: null, audienceMatched: null },
        { id: 's-2', version: 3, startsAt: second.startsAt, format: 'in-person-onsite', attendance: { ...none, 'age-6-11': 12, 'age-19-plus': 5, general: 2 }, recordedViews: null, audienceMatched: null },
        { startsAt: localInstant('2026-03-17', '14:00'), format: 'in-person-onsite', attendance: { ...none, 'age-6-11': 7 }, recordedViews: null, audienceMatched: null },
      ],
    });
    expect(await screen.findByText('Sessions saved: 3 sessions')).toBeInTheDocument();
  });

  it('adds a weekly series of N sessions, and counts recorded views only for recorded sessions', async () => {
    const { requests } = api({ 'PUT /api/v1/programs/pr-1/sessions': pageOf([first, second]) });
    await openGrid();

    await userEvent.click(screen.getByRole('button', { name: 'Add a weekly series' }));
    const series = screen.getByRole('group', { name: 'A weekly series' });
    await replace(within(series).getByRole('textbox', { name: 'How many sessions' }), '3');
    await userEvent.selectOptions(within(series).getByLabelText('Format'), 'Recorded');
    await userEvent.click(within(series).getByRole('button', { name: 'Add 3 sessions' }));

    expect(cell('Date, session 3')).toHaveValue('2026-03-17');
    expect(cell('Date, session 4')).toHaveValue('2026-03-24');
    expect(cell('Date, session 5')).toHaveValue('2026-03-31');
    expect(screen.queryByRole('textbox', { name: 'Recorded views (30 days), session 2' })).not.toBeInTheDocument();
    await replace(cell('Recorded views (30 days), session 4'), '120');
    await userEvent.selectOptions(screen.getByLabelText('Audience matched the target, session 4'), 'Yes');
    expect(screen.getByLabelText('Total recorded views')).toHaveTextContent('120');

    await userEvent.click(screen.getByRole('button', { name: 'Save sessions' }));
    await waitFor(() => expect(puts(requests)).toHaveLength(1));
    const sent = (puts(requests)[0]?.body as { sessions: Record<string, unknown>[] }).sessions;
    expect(sent).toHaveLength(5);
    expect(sent.slice(2).map((row) => row.startsAt)).toEqual([
      localInstant('2026-03-17', '14:00'),
      localInstant('2026-03-24', '14:00'),
      localInstant('2026-03-31', '14:00'),
    ]);
    expect(sent[3]).toMatchObject({ format: 'recorded', recordedViews: 120, audienceMatched: true });
    expect(sent[2]).toMatchObject({ format: 'recorded', recordedViews: null, audienceMatched: null });
  });

  it('checks each cell before sending: a count that is not a whole number, or a date outside the program, is pointed out on its cell', async () => {
    const { requests } = api();
    await openGrid();
    await replace(cell('General interest, session 1'), '-3');
    await replace(cell('Date, session 2'), '2026-07-04');

    await userEvent.click(screen.getByRole('button', { name: 'Save sessions' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Session 1, general interest: Enter a whole number, 0 or more' })).toHaveAttribute('href', '#session-s-1-general');
    expect(within(summary).getByRole('link', { name: 'Session 2, date: Enter a date between Sun 1 Mar 2026 and Tue 30 Jun 2026' })).toBeInTheDocument();
    expect(cell('General interest, session 1')).toHaveAttribute('aria-invalid', 'true');
    expect(cell('General interest, session 1')).toHaveValue('-3');
    expect(puts(requests)).toHaveLength(0);
  });

  it('shows a refusal on the exact cell the API names (sessions[1].attendance.general), keeping what was typed', async () => {
    api({
      'PUT /api/v1/programs/pr-1/sessions': {
        status: 400,
        body: problem(400, 'Some of the information needs correcting', 'There are 2 problems with what was sent.', [
          { field: 'sessions[1].attendance.general', message: 'Enter a count of 100,000 or fewer.' },
          { field: 'sessions[0].startsAt', message: 'Enter a date between Sun 1 Mar 2026 and Tue 30 Jun 2026.' },
        ]),
      },
    });
    await openGrid();
    await replace(cell('General interest, session 2'), '99999');

    await userEvent.click(screen.getByRole('button', { name: 'Save sessions' }));

    const general = cell('General interest, session 2');
    await waitFor(() => expect(general).toHaveAttribute('aria-invalid', 'true'));
    expect(general).toHaveAccessibleDescription(expect.stringContaining('Enter a count of 100,000 or fewer.'));
    expect(general).toHaveValue('99999');
    expect(cell('Date, session 1')).toHaveAttribute('aria-invalid', 'true');
    expect(cell('General interest, session 1')).not.toHaveAttribute('aria-invalid', 'true');
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Session 2, general interest: Enter a count of 100,000 or fewer.' })).toHaveAttribute('href', '#session-s-2-general');

    // Correcting the cell takes its message away.
    await replace(general, '40');
    expect(general).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('names the session someone else changed (409), and on reload takes their version of it while keeping the other changes', async () => {
    let reads = 0;
    const theirs = { ...second, version: 4, attendance: { ...second.attendance, general: 9 } };
    const { requests } = api({
      'GET /api/v1/programs/pr-1/sessions': () => {
        reads += 1;
        return reads === 1 ? pageOf([first, second]) : pageOf([first, theirs]);
      },
      'PUT /api/v1/programs/pr-1/sessions': {
        status: 409,
        body: codedProblem(
          409,
          'stale-version',
          'Someone else changed this first',
          'Someone else saved a change to a session in this grid after you opened it, so nothing was saved. Reload to see their changes, then enter yours again.',
          [{ field: 'sessions[1].version', message: 'Someone else saved a change to this session after you opened the grid.' }],
        ),
      },
    });
    await openGrid();
    await replace(cell('Adults 19+, session 1'), '6');
    await replace(cell('Adults 19+, session 2'), '8');

    await userEvent.click(screen.getByRole('button', { name: 'Save sessions' }));

    const alert = await screen.findByRole('alert', { name: /Someone else saved a change first/ });
    expect(within(alert).getByText('Changed by someone else: session 2 (Tue 10 Mar 2026, 14:00).')).toBeInTheDocument();
    expect(cell('Adults 19+, session 2')).toHaveValue('8');

    await userEvent.click(within(alert).getByRole('button', { name: 'Reload the latest sessions' }));

    expect(await screen.findByText(/Session 2 now shows what someone else saved/)).toBeInTheDocument();
    expect(cell('General interest, session 2')).toHaveValue('9');
    expect(cell('Adults 19+, session 2')).toHaveValue('0');
    expect(cell('Adults 19+, session 1')).toHaveValue('6');
    expect(puts(requests)).toHaveLength(1);
  });
});

describe('The attendance grid on a phone', { timeout: 20_000 }, () => {
  const original = window.matchMedia;
  afterEach(() => {
    window.matchMedia = original;
  });

  it('shows one card per session, with labelled counts and the total', async () => {
    window.matchMedia = (query: string) => ({ ...original(query), matches: query.includes('max-width') });
    api();
    renderApp('/programs/pr-1?tab=sessions');

    const card = await screen.findByRole('listitem', { name: 'Session 2' });
    expect(screen.queryByRole('table', { name: 'Sessions & attendance' })).not.toBeInTheDocument();
    expect(within(card).getByText(/Tue 10 Mar 2026/)).toBeInTheDocument();
    await replace(within(card).getByRole('textbox', { name: 'Children 0–5, session 2' }), '3');
    expect(within(card).getByLabelText('Total, session 2')).toHaveTextContent('17');
    expect(screen.getByLabelText('Totals')).toHaveTextContent('All ages: 31');
  });
});
