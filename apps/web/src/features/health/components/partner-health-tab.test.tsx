import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { librarianMe, mockApi, problem } from '../../../test/mock-api';
import { renderInApp } from '../../../test/render-app';
import { factorFixture, partnerHealthFixture } from '../test/fixtures';
import { PartnerHealthTab } from './partner-health-tab';

const card = (name: RegExp) => screen.getByRole('article', { name });

describe('Partner health tab', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('shows five factor cards in SCORING.md’s order, each band in words with an icon, the interval and the confidence', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/health': { status: 200, body: partnerHealthFixture() } });
    renderInApp(<PartnerHealthTab partnerId="p-1" />, { me: librarianMe });

    await screen.findByRole('article', { name: /Communication & Expectations/ });
    expect(screen.getAllByRole('article').map((article) => article.querySelector('h3')?.textContent)).toEqual([
      'SA Strategic Alignment',
      'TW Effective Teamwork',
      'CE Communication & Expectations',
      'IR Interpersonal / Relationship Qualities',
      'OC Tackling Operational Concerns',
    ]);
    const ce = card(/Communication & Expectations/);
    const badge = within(ce).getByText('Borderline, could be strength');
    // The icon sits beside the words, hidden from screen readers, which read the words.
    expect(badge.closest('.mantine-Badge-root')?.querySelector('[aria-hidden="true"]')?.textContent).toBe('!');
    expect(within(ce).getByText('3.44, likely between 3.13 and 3.75')).toBeInTheDocument();
    expect(within(ce).getByText('High confidence')).toBeInTheDocument();
    expect(within(card(/Strategic Alignment/)).getByText('Strength')).toBeInTheDocument();
    expect(within(card(/Operational Concerns/)).getByText('Concern')).toBeInTheDocument();
    expect(screen.getByText('1 strength · 3 borderline · 1 concern')).toBeInTheDocument();
    expect(screen.getByText('Weakest: Tackling Operational Concerns')).toBeInTheDocument();
  });

  it('says the flags in words and shows the perception gap side by side, with what would change it', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/health': { status: 200, body: partnerHealthFixture() } });
    renderInApp(<PartnerHealthTab partnerId="p-1" />, { me: librarianMe });

    const ce = await screen.findByRole('article', { name: /Communication & Expectations/ });
    expect(within(ce).getByText('The library and the partner see this differently (4.00 against 2.60).')).toBeInTheDocument();
    const gap = within(ce).getByRole('group', { name: 'How each side sees it' });
    expect(gap).toHaveTextContent('How each side sees it (a gap of 1.40)');
    expect(gap).toHaveTextContent(/Library4\.002 respondents/);
    expect(gap).toHaveTextContent(/Partner2\.601 respondent$/);
    expect(within(ce).getByText('Talking through the gap with the partner would show whose view is closer')).toBeInTheDocument();
    // Without the flag, no side-by-side panel.
    expect(within(card(/Effective Teamwork/)).queryByRole('group', { name: 'How each side sees it' })).not.toBeInTheDocument();
  });

  it('links each piece of the strongest evidence to its record', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/health': { status: 200, body: partnerHealthFixture() } });
    renderInApp(<PartnerHealthTab partnerId="p-1" />, { me: librarianMe });

    const ce = await screen.findByRole('article', { name: /Communication & Expectations/ });
    expect(within(ce).getByText('Last two-way contact 12 days ago (cadence 30 days).')).toBeInTheDocument();
    expect(within(ce).getByText('(+0.18 to the score)')).toBeInTheDocument();
    expect(within(ce).getByText('(−0.11 to the score)')).toBeInTheDocument();
    expect(within(ce).getByRole('link', { name: 'Meeting, 3 Mar 2026' })).toHaveAttribute('href', '/partners/p-1?tab=timeline&kind=communication');
    expect(within(ce).getByText('and 13 older')).toBeInTheDocument();
    expect(within(ce).getByRole('link', { name: 'Partner assessment, Feb 2026' })).toHaveAttribute('href', '/partners/p-1/assessments');
    const sa = card(/Strategic Alignment/);
    expect(within(sa).getByRole('link', { name: 'Goal: Healthy families' })).toHaveAttribute('href', '/partners/p-1');
    expect(within(sa).getByRole('link', { name: 'Health fair 2026' })).toHaveAttribute('href', '/programs/prog-7');
    expect(within(card(/Effective Teamwork/)).getByRole('link', { name: 'Send the flyer' })).toHaveAttribute('href', '/partners/p-1?tab=follow-ups');
  });

  it('draws the trend with assessment waves marked, and offers it as a table', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/health': { status: 200, body: partnerHealthFixture() } });
    renderInApp(<PartnerHealthTab partnerId="p-1" />, { me: librarianMe });

    const ce = await screen.findByRole('article', { name: /Communication & Expectations/ });
    const chart = within(ce).getByRole('img', { name: /from 3\.20 on Thu 1 Jan 2026 to 3\.44 on Tue 10 Feb 2026, 1 assessment wave marked/ });
    expect(chart.querySelectorAll('[data-wave]')).toHaveLength(1);
    expect(within(ce).getByText('Since the last snapshot: up 0.24, within the noise.')).toBeInTheDocument();
    await userEvent.click(within(ce).getByRole('button', { name: 'Show the trend as a table' }));
    // The table opens in a Collapse, whose transition ends a few frames later (longer on a busy machine).
    const table = await within(ce).findByRole('table', { name: 'Communication & Expectations: scores over time' }, { timeout: 5000 });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['Thu 1 Jan 20263.202.80 – 3.60Monthly', 'Tue 10 Feb 20263.443.13 – 3.75After an assessment; assessment wave opened']);
    expect(within(ce).getByRole('button', { name: 'Hide the trend as a table' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('explains a factor without enough evidence and marks low confidence as provisional', async () => {
    const thin = factorFixture('IR', {
      score: 4.07,
      interval: { low: 3.6, high: 4.5 },
      band: 'insufficient',
      bandText: 'Not enough evidence',
      confidence: 'low',
      provisional: true,
      omega: 3,
      sides: { library: { mean: 4.6, respondents: 1 }, partner: null },
      units: [{ key: 'assessment-library', label: 'Library answers', x: 4.6, v: 3, contribution: 0.5, sentence: 'One library staff member answered 4.60.', recordCount: 1, records: [] }],
      whatWouldChange: ['An answer from the partner would raise confidence'],
    });
    const health = partnerHealthFixture();
    mockApi({ 'GET /api/v1/partners/p-1/health': { status: 200, body: { ...health, factors: health.factors.map((f) => (f.factor === 'IR' ? thin : f)) } } });
    renderInApp(<PartnerHealthTab partnerId="p-1" />, { me: librarianMe });

    const ir = await screen.findByRole('article', { name: /Relationship Qualities/ });
    expect(within(ir).getByText('Not enough evidence')).toBeInTheDocument();
    expect(within(ir).getByText(/^Not enough evidence yet: the only evidence is one person’s answers/)).toBeInTheDocument();
    expect(within(ir).getByText('Low confidence (provisional)')).toBeInTheDocument();
    expect(within(ir).getByText('Provisional score 4.07, likely between 3.60 and 4.50')).toBeInTheDocument();
    expect(within(ir).getByText('An answer from the partner would raise confidence')).toBeInTheDocument();
  });

  it('shows both sides’ level of collaboration', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/health': { status: 200, body: partnerHealthFixture({ collaboration: { library: 3, partner: 2.5 } }) } });
    renderInApp(<PartnerHealthTab partnerId="p-1" />, { me: librarianMe });

    const section = await screen.findByRole('region', { name: 'Level of collaboration' });
    expect(section).toHaveTextContent('Library3 · Coordination');
    expect(section).toHaveTextContent('Partner2.5, the mean of the answers (between Cooperation and Coordination)');
  });

  it('asks for an earlier day, and refuses a day in the future without asking the API', async () => {
    const { requests } = mockApi({ 'GET /api/v1/partners/p-1/health': { status: 200, body: partnerHealthFixture() } });
    renderInApp(<PartnerHealthTab partnerId="p-1" />, { me: librarianMe });

    const asOf = await screen.findByLabelText('As of');
    expect(asOf).toHaveValue('2026-03-15');
    expect(asOf).toHaveAttribute('max', '2026-03-15');
    await screen.findByRole('article', { name: /Communication & Expectations/ });
    expect(requests.map((request) => request.search)).toEqual(['']);

    await userEvent.clear(asOf);
    await userEvent.type(asOf, '2026-01-31');
    await waitFor(() => expect(requests.at(-1)?.search).toBe('?asOf=2026-01-31'));

    const before = requests.length;
    await userEvent.clear(asOf);
    await userEvent.type(asOf, '2026-04-01');
    expect(await screen.findByText('Choose today or a day in the past: health cannot be scored ahead of time')).toBeInTheDocument();
    expect(requests.slice(before).some((request) => request.search.includes('2026-04-01'))).toBe(false);
  });

  it('says what went wrong when health does not load, with a way to try again', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/health': { status: 500, body: problem(500, 'Server error', 'Something broke on our side.') } });
    renderInApp(<PartnerHealthTab partnerId="p-1" />, { me: librarianMe });

    expect(await screen.findByText("Health didn't load")).toBeInTheDocument();
    expect(screen.getByText('Something broke on our side.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
