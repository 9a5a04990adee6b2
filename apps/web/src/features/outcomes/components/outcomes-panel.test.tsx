import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { librarianMe, mockApi, pageOf, problem, type MockHandler } from '../../../test/mock-api';
import { fill } from '../../../test/fill';
import { renderInApp } from '../../../test/render-app';
import { outcomeFixture } from '../../value/test/fixtures';
import { OutcomesPanel } from './outcomes-panel';

// 20 agree + 12 strongly agree of 41 answered: 78%. Non-responses (3) are not in n.
const knowledge = outcomeFixture({ id: 'o-1', version: 2 });
const confidence = outcomeFixture({
  id: 'o-2',
  measure: 'confidence',
  sessionId: 's-1',
  respondents: 10,
  counts: { 'strongly-disagree': 0, disagree: 1, neutral: 4, agree: 3, 'strongly-agree': 0 },
  nonResponses: 2,
  answered: 8,
  agreeShare: 0.375,
});

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/programs/prog-1/outcomes': pageOf([knowledge, confidence]),
    'GET /api/v1/programs/prog-1/sessions': pageOf([
      {
        id: 's-1',
        programId: 'prog-1',
        startsAt: '2026-03-03T18:00:00.000Z',
        format: 'live-virtual',
        attendance: { 'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 12, general: 0 },
        attendanceTotal: 12,
        recordedViews: null,
        audienceMatched: true,
        notes: '',
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedAt: '2026-03-01T09:00:00.000Z',
        createdBy: librarianMe.id,
        version: 1,
        archivedAt: null,
      },
    ]),
    ...overrides,
  };
}

async function openAddForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Add survey results' }));
  return screen.findByRole('dialog', { name: 'Add survey results' });
}

async function enterCounts(dialog: HTMLElement, counts: Record<string, string>) {
  for (const [label, value] of Object.entries(counts)) await fill(within(dialog).getByLabelText(label), value);
}

describe('Outcomes panel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('shows each measure’s answers, non-responses and the derived share with its n, per timing', async () => {
    mockApi(handlers());
    renderInApp(<OutcomesPanel programId="prog-1" />, { me: librarianMe });

    const immediate = await screen.findByRole('region', { name: 'Immediate' });
    const card = within(immediate).getByRole('listitem', { name: 'Knowledge, immediate: The whole program' });
    expect(within(card).getByText('78% agree (n = 41)')).toBeInTheDocument();
    expect(card).toHaveTextContent('41 answered of 44 respondents; 3 left it blank. Collected Tue 3 Mar 2026.');
    const answers = within(card).getByRole('table', { name: 'Answers' });
    expect(within(answers).getByRole('rowheader', { name: 'Strongly agree' }).closest('tr')).toHaveTextContent('12');
    expect(within(answers).getByRole('rowheader', { name: 'Agree' }).closest('tr')).toHaveTextContent('20');
    expect(within(answers).getByRole('rowheader', { name: 'No answer' }).closest('tr')).toHaveTextContent('3');

    const perSession = await within(immediate).findByRole('listitem', { name: /^Confidence, immediate: Session of Tue 3 Mar 2026/ });
    expect(within(perSession).getByText('38% agree (n = 8)')).toBeInTheDocument();
    expect(perSession).toHaveTextContent('(Live virtual)');
    expect(immediate).toHaveTextContent('No results for this measure yet.');
    expect(screen.getByRole('region', { name: 'Follow-up (4–8 weeks)' })).toHaveTextContent('No follow-up results yet.');
  });

  it('checks the sum as it is typed, works out the share, and refuses counts that do not add up', async () => {
    const saved = outcomeFixture({ id: 'o-3', measure: 'application' });
    const { requests } = mockApi(handlers({ 'POST /api/v1/programs/prog-1/outcomes': { status: 201, body: saved } }));
    renderInApp(<OutcomesPanel programId="prog-1" />, { me: librarianMe });

    const dialog = await openAddForm();
    await userEvent.selectOptions(within(dialog).getByLabelText('Outcome measure'), 'Application: I intend to apply what I learned');
    await fill(within(dialog).getByLabelText('Respondents'), '25');
    await enterCounts(dialog, { 'Strongly disagree': '1', Disagree: '2', 'Neither agree nor disagree': '4', Agree: '10', 'Strongly agree': '8' });
    await fill(within(dialog).getByLabelText('No answer (left blank)'), '2');

    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Adds up to 27 of 25 respondents: 2 too many.'));
    // 18 of the 25 who answered agree: the share is worked out, never typed.
    expect(status).toHaveTextContent('Share who agree or strongly agree: 72% agree (n = 25)');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add results' }));
    const summary = await within(dialog).findByRole('alert', { name: 'There is a problem' });
    const link = within(summary).getByRole('link', { name: 'The answers and non-responses add up to 27, more than the 25 respondents' });
    await userEvent.click(link);
    expect(within(dialog).getByLabelText('Strongly disagree')).toHaveFocus();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await fill(within(dialog).getByLabelText('Agree'), '8');
    await waitFor(() => expect(status).toHaveTextContent('Adds up to 25 of 25 respondents.'));
    expect(status).toHaveTextContent('70% agree (n = 23)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add results' }));

    expect(await screen.findByText('Survey results added for Application')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      timing: 'immediate',
      measure: 'application',
      respondents: 25,
      counts: { 'strongly-disagree': 1, disagree: 2, neutral: 4, agree: 8, 'strongly-agree': 8 },
      nonResponses: 2,
    });
  });

  it('puts the API’s refusal of the counts on the counts, keeping what was typed', async () => {
    const message = 'The answers and non-responses add up to 9, fewer than the 10 respondents.';
    mockApi(
      handlers({
        'POST /api/v1/programs/prog-1/outcomes': { status: 400, body: problem(400, 'Some of the information needs correcting', message, [{ field: 'counts', message }]) },
      }),
    );
    renderInApp(<OutcomesPanel programId="prog-1" />, { me: librarianMe });

    const dialog = await openAddForm();
    await fill(within(dialog).getByLabelText('Respondents'), '9');
    await enterCounts(dialog, { Agree: '9' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add results' }));

    const summary = await within(dialog).findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', `#${within(dialog).getByLabelText('Strongly disagree').id}`);
    expect(within(dialog).getByLabelText('Agree')).toHaveValue('9');
  });

  it('edits results with the version read, and archives them after asking', async () => {
    const { requests } = mockApi(
      handlers({
        'PATCH /api/v1/outcome-results/o-1': { status: 200, body: { ...knowledge, version: 3 } },
        'POST /api/v1/outcome-results/o-1/archive': { status: 200, body: { ...knowledge, archivedAt: '2026-03-15T12:00:00.000Z', version: 3 } },
      }),
    );
    renderInApp(<OutcomesPanel programId="prog-1" />, { me: librarianMe });

    const card = await screen.findByRole('listitem', { name: 'Knowledge, immediate: The whole program' });
    await userEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit survey results' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Adds up to 44 of 44 respondents.');
    await fill(within(dialog).getByLabelText('No answer (left blank)'), '2');
    await fill(within(dialog).getByLabelText('Respondents'), '43');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save results' }));
    expect(await screen.findByText('Survey results saved')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PATCH')?.body).toMatchObject({ version: 2, respondents: 43, nonResponses: 2, sessionId: null });

    await userEvent.click(within(card).getByRole('button', { name: 'Archive' }));
    const confirm = await screen.findByRole('dialog', { name: 'Archive these survey results?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Archive results' }));
    expect(await screen.findByText('Survey results archived')).toBeInTheDocument();
    expect(requests.find((request) => request.path === '/api/v1/outcome-results/o-1/archive')?.body).toEqual({ version: 2 });
  });
});
