import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { codedProblem, mockApi, problem } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { answerStatements } from '../test-answers';
import { publicAssessmentFixture } from '../test-fixtures';

const FORM = 'GET /api/v1/public/assessments/tok-1';
const SEND = 'POST /api/v1/public/assessments/tok-1';
const allIds = publicAssessmentFixture.items.map((item) => item.id);
const used = codedProblem(
  410,
  'assessment-link-used',
  'This link has already been used',
  'This link has already been used to answer the assessment. Thank you! If you need to change your answers, ask the library for a new link.',
);

/** Every request the page made went to the public routes: never a staff route, never the session check. */
const onlyPublic = (requests: { path: string }[]) => requests.every((request) => request.path.startsWith('/api/v1/public/assessments/'));

describe('The partner’s assessment page (public link)', { timeout: 90_000 }, () => {
  it('shows a loading state, then both organisations’ names and the statements, with no app chrome and no sign-in', async () => {
    const { requests } = mockApi({ [FORM]: { status: 200, body: publicAssessmentFixture } });
    renderApp('/assessment/tok-1');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the assessment');
    expect(await screen.findByRole('heading', { level: 1, name: 'Springfield Public Library and Riverside Food Bank' })).toBeInTheDocument();
    expect(screen.getByText(/^Hello Ana\./)).toBeInTheDocument();
    expect(screen.getByText(/until Tue 14 Apr 2026/)).toBeInTheDocument();
    expect(screen.getByText(/People at the library do what they say they will do\./)).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(onlyPublic(requests)).toBe(true);
  });

  it('says “This link is not valid” for an unknown link (404)', async () => {
    const { requests } = mockApi({ [FORM]: { status: 404, body: problem(404, 'Not found', 'This link is not valid.') } });
    renderApp('/assessment/tok-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not valid' })).toBeInTheDocument();
    expect(onlyPublic(requests)).toBe(true);
  });

  it('gives the API’s words for a used or expired link (410)', async () => {
    const expired = codedProblem(410, 'assessment-link-expired', 'This link has expired', 'This link expired on Tue 14 Apr 2026. Ask the library for a new one.');
    mockApi({ [FORM]: { status: 410, body: expired } });
    renderApp('/assessment/tok-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'This link has expired' })).toBeInTheDocument();
    expect(screen.getByText('This link expired on Tue 14 Apr 2026. Ask the library for a new one.')).toBeInTheDocument();
  });

  it('checks every statement is answered, then sends the answers and thanks the partner', async () => {
    const { requests } = mockApi({
      [FORM]: { status: 200, body: publicAssessmentFixture },
      [SEND]: { status: 201, body: { thanks: 'Thank you, Ana. Your answers have reached Springfield Public Library.' } },
    });
    renderApp('/assessment/tok-1');
    await screen.findByRole('heading', { level: 1, name: 'Springfield Public Library and Riverside Food Bank' });
    answerStatements(allIds.slice(1), 'dont-know');
    await userEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('link', { name: 'Answer statement 1, or choose “Don’t know”' })).toHaveAttribute('href', '#answer-SA1');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    answerStatements(['SA1'], '4');
    await userEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you' })).toBeInTheDocument();
    expect(screen.getByText('Thank you, Ana. Your answers have reached Springfield Public Library.')).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
    expect((post.body as { answers: Record<string, unknown> }).answers).toEqual({ ...Object.fromEntries(allIds.map((id) => [id, null])), SA1: 4 });
    expect(onlyPublic(requests)).toBe(true);
  });

  it('shows the API’s words when the link was used meanwhile (410 on sending)', async () => {
    mockApi({ [FORM]: { status: 200, body: publicAssessmentFixture }, [SEND]: { status: 410, body: used } });
    renderApp('/assessment/tok-1');
    await screen.findByRole('heading', { level: 1, name: 'Springfield Public Library and Riverside Food Bank' });
    answerStatements(allIds, '3');
    await userEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'This link has already been used' })).toBeInTheDocument();
    expect(screen.getByText(/^This link has already been used to answer the assessment/)).toBeInTheDocument();
  });
});
