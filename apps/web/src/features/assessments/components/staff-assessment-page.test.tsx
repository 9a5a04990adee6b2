import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { codedProblem, librarianMe, mockApi } from '../../../test/mock-api';
import { partnerFixture } from '../../../test/fixtures/partners';
import { renderApp } from '../../../test/render-app';
import { answerStatements, checkedCount } from '../test-answers';
import { itemBankFixture, noAssessments } from '../test-fixtures';

const partner = partnerFixture({ id: 'p-1', name: 'Riverside Food Bank' });

function start(extra: Parameters<typeof mockApi>[0] = {}) {
  const api = mockApi({
    'GET /api/v1/auth/me': { status: 200, body: librarianMe },
    'GET /api/v1/partners/p-1': { status: 200, body: partner },
    'GET /api/v1/assessment-items': { status: 200, body: itemBankFixture },
    'GET /api/v1/partners/p-1/assessments': { status: 200, body: noAssessments(false) },
    ...extra,
  });
  const view = renderApp('/partners/p-1/assessment');
  return { ...api, ...view };
}

const allIds = itemBankFixture.items.map((item) => item.id);

// A form of 28 radio groups renders slowly in jsdom on a busy machine.
describe('Answering the partnership assessment (staff)', { timeout: 90_000 }, () => {
  it('groups the 25 statements under the factors’ names, each 1–5 or “Don’t know”', async () => {
    start();
    expect(await screen.findByRole('heading', { level: 1, name: 'Answer the partnership assessment' })).toBeInTheDocument();
    expect([...document.querySelectorAll('legend')].map((legend) => legend.textContent)).toEqual([
      'Strategic Alignment',
      'Effective Teamwork',
      'Communication & Expectations',
      'Interpersonal / Relationship Qualities',
      'Tackling Operational Concerns',
      'What the partnership brings (optional)',
    ]);
    expect(screen.getByText(/^1\. Our two organisations describe/)).toBeInTheDocument();
    const first = document.getElementById('answer-SA1')!.closest<HTMLElement>('[role="radiogroup"]')!;
    expect(within(first).getAllByRole('radio')).toHaveLength(6);
    expect(within(first).getByLabelText('Don’t know')).toBeInTheDocument();
    expect(screen.getByText('0 of 25 statements answered')).toBeInTheDocument();
  });

  it('lists each missing statement at the top, linked to it, and sends nothing', async () => {
    const { requests } = start();
    await screen.findByRole('heading', { level: 1, name: 'Answer the partnership assessment' });
    answerStatements(allIds.filter((id) => id !== 'SA3' && id !== 'OC5'), '4');
    expect(screen.getByText('23 of 25 statements answered')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save my answers' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Answer statement 3, or choose “Don’t know”', '#answer-SA3'],
      ['Answer statement 25, or choose “Don’t know”', '#answer-OC5'],
    ]);
    await userEvent.click(links[1]!);
    expect(document.activeElement).toBe(document.getElementById('answer-OC5'));
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('keeps every answer when the server refuses one, and puts its message on that statement', async () => {
    start({
      'POST /api/v1/partners/p-1/assessments': {
        status: 400,
        body: codedProblem(400, 'validation-failed', 'Some of the information needs correcting', 'Choose an answer for SA2.', [
          { field: 'answers.SA2', message: 'Choose an answer from 1 (strongly disagree) to 5 (strongly agree), or “Don’t know”, for statement SA2.' },
        ]),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Answer the partnership assessment' });
    answerStatements(allIds, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save my answers' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#answer-SA2');
    expect(screen.getByText('25 of 25 statements answered')).toBeInTheDocument();
    expect(checkedCount('2')).toBe(25);
  });

  it('sends the answers (“Don’t know” as null), confirms, and goes to the partner’s assessments', async () => {
    const { requests, router } = start({
      'POST /api/v1/partners/p-1/assessments': { status: 201, body: { id: 'a-1' } },
    });
    await screen.findByRole('heading', { level: 1, name: 'Answer the partnership assessment' });
    answerStatements(allIds.slice(0, 24), '5');
    answerStatements(['OC5'], 'dont-know');
    fireEvent.click(document.querySelector('#assessment-collaboration-level')!.closest('[role="radiogroup"]')!.querySelector('input[value="3"]')!);
    await userEvent.type(screen.getByRole('textbox', { name: /Comments/ }), 'Going well');
    await userEvent.click(screen.getByRole('button', { name: 'Save my answers' }));

    expect(await screen.findByText('Your answers about Riverside Food Bank are saved.')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/partners/p-1/assessments'));
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.body).toEqual({
      answers: { ...Object.fromEntries(allIds.slice(0, 24).map((id) => [id, 5])), OC5: null },
      collaborationLevel: 3,
      comments: 'Going well',
    });
  });
});
