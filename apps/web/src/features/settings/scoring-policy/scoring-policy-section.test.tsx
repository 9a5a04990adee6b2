import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fill } from '../../../test/fill';
import { librarianMe, managerMe, mockApi, problem, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { settingsFixture } from '../../value/test/fixtures';
import type { PolicyObject } from './policy-fields';
import type { Settings } from '../api/types';

/** The default policy of SCORING.md, as GET /settings sends it (the parts the form shows, and one it does not). */
function defaultPolicy(): PolicyObject {
  const signal = (weight: number, sufficiency: number | null) => ({ weight, sufficiency });
  return {
    prior: { mean: 3, strength: 1.5, sigma: 0.8 },
    intervalZ: 1.28,
    assessment: { baseWeight: 3, sideSizeBonus: 0.25, maxExtraRespondents: 2, halfLifeMonths: 12, windowMonths: 24, minAnsweredItems: 3, perceptionGap: 1 },
    behaviour: {
      windowMonths: 12,
      signals: {
        'shared-goals': signal(1, null),
        'public-reached': signal(1, 3),
        'roles-filled': signal(1, 5),
        'division-of-labour': signal(1, 5),
        recency: signal(1, null),
        coverage: signal(1, null),
        initiation: signal(1, 5),
        expectations: signal(0.5, null),
        'commitments-kept': signal(1, 5),
        acknowledgement: signal(0.5, 3),
        tags: signal(0.5, 3),
        disruptions: signal(1, 3),
        'admin-readiness': signal(1, 3),
        'impact-shown': signal(0.5, 3),
      },
      rolesFilled: { leadDays: 7 },
    },
    bands: { strength: 4, borderline: 3, minOmega: 3 },
    confidence: { lowOmega: 3, oneSideLowOmega: 5, highOmega: 6, recentMonths: 12 },
    staleMonths: 12,
    trend: { realChangeZ: 1.28, decliningDrop: 0.4, decliningSlopePerYear: -0.5, minSnapshots: 3, windowMonths: 12, minSpanDays: 45 },
    defaultCadenceDays: 30,
    volunteerHourRate: { rate: 34.79, source: 'Independent Sector', year: 2024 },
  };
}

function withPolicy(overrides: Partial<Settings> = {}): Settings {
  return { ...settingsFixture(), scoringPolicy: defaultPolicy(), scoringModelVersion: '1', defaultScoringPolicy: defaultPolicy(), ...overrides };
}

const changedPolicy = (): PolicyObject => {
  const policy = defaultPolicy();
  return { ...policy, prior: { mean: 3, strength: 2, sigma: 0.8 } };
};

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: managerMe },
    'GET /api/v1/settings': { status: 200, body: withPolicy() },
    ...overrides,
  };
}

/**
 * A setting's input by its label. getByLabelText is accurate but takes over a second per call among some fifty
 * labelled fields in jsdom; the label's `for` gives the same input (the first test checks the labels with it).
 */
function field(container: HTMLElement, label: string): HTMLElement {
  const element = within(container).getByText(label, { selector: 'label' });
  const input = document.getElementById(element.getAttribute('for') ?? '');
  if (!input) throw new Error(`No input for the label "${label}"`);
  return input;
}

const patches = (requests: { method: string; body: unknown }[]) => requests.filter((request) => request.method === 'PATCH').map((request) => request.body);

describe('Scoring policy settings', () => {
  it('shows the policy grouped, with the model version and the note that old snapshots keep theirs', async () => {
    mockApi(handlers());
    renderApp('/settings');

    const section = await screen.findByRole('region', { name: 'Scoring policy' });
    expect(within(section).getByText('Model version 1')).toBeInTheDocument();
    expect(section).toHaveTextContent('Health snapshots already taken keep the version they were scored under');
    expect(within(section).getByRole('group', { name: 'Starting point' })).toBeInTheDocument();
    expect(within(section).getByRole('group', { name: 'Assessments' })).toBeInTheDocument();
    expect(within(section).getByRole('group', { name: 'Logged activity' })).toBeInTheDocument();
    expect(within(section).getByRole('group', { name: 'Bands and confidence' })).toBeInTheDocument();
    expect(within(section).getByRole('group', { name: 'Trend' })).toBeInTheDocument();
    expect(within(section).getByLabelText('Prior strength k0')).toHaveValue('1.5');
    expect(field(section, 'Half-life of answers, in months')).toHaveValue('12');
    expect(field(section, 'Recency of contact (Communication): weight')).toHaveValue('1');
    expect(field(section, 'Recency of contact (Communication): m')).toHaveValue('');
    expect(field(section, 'Strength from')).toHaveValue('4');
    expect(field(section, 'Slope per year that is declining')).toHaveValue('-0.5');
  });

  it('sends the whole policy with the change, and shows the API’s problems at their fields and in a summary', async () => {
    const { requests } = mockApi(
      handlers({
        'PATCH /api/v1/settings': {
          status: 400,
          body: problem(400, 'Validation failed', 'Some settings of the scoring policy need correcting.', [
            { field: 'scoringPolicy.bands.strength', message: 'The strength threshold (2.5) must be greater than the borderline threshold (3).' },
            { field: 'scoringPolicy.behaviour.signals.recency.weight', message: 'The weight of the "recency" signal must be 0 or more (a weight cannot be negative); it is -1.' },
          ]),
        },
      }),
    );
    renderApp('/settings');

    const form = await screen.findByRole('form', { name: 'Scoring policy' });
    await fill(field(form, 'Strength from'), '2.5');
    await fill(field(form, 'Recency of contact (Communication): weight'), '-1');
    await userEvent.click(within(form).getByRole('button', { name: 'Save scoring policy' }));

    const summary = await within(form).findByRole('alert', { name: 'There is a problem' });
    const links = within(summary).getAllByRole('link').map((link) => link.textContent);
    // In the order the fields appear on the page.
    expect(links).toEqual([
      'The weight of the "recency" signal must be 0 or more (a weight cannot be negative); it is -1.',
      'The strength threshold (2.5) must be greater than the borderline threshold (3).',
    ]);
    expect(field(form, 'Strength from')).toHaveAccessibleDescription(/The strength threshold \(2\.5\) must be greater than the borderline threshold \(3\)\./);
    await userEvent.click(within(summary).getByRole('link', { name: /strength threshold/ }));
    expect(field(form, 'Strength from')).toHaveFocus();

    const sent = patches(requests)[0] as { version: number; scoringPolicy: PolicyObject };
    expect(sent.version).toBe(3);
    expect(sent.scoringPolicy.bands).toEqual({ strength: 2.5, borderline: 3, minOmega: 3 });
    expect(sent.scoringPolicy.behaviour).toMatchObject({ rolesFilled: { leadDays: 7 }, signals: { recency: { weight: -1, sufficiency: null } } });
    // Settings the form does not show are sent back as they were.
    expect(sent.scoringPolicy.volunteerHourRate).toEqual({ rate: 34.79, source: 'Independent Sector', year: 2024 });
  });

  it('asks for a number before sending', async () => {
    const { requests } = mockApi(handlers());
    renderApp('/settings');

    const form = await screen.findByRole('form', { name: 'Scoring policy' });
    await userEvent.clear(field(form, 'Prior mean μ0'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save scoring policy' }));

    const summary = await within(form).findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Enter a number for “Prior mean μ0”' })).toBeInTheDocument();
    expect(patches(requests)).toEqual([]);
  });

  it('restores the defaults after confirming, sending null', async () => {
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/settings': { status: 200, body: withPolicy({ scoringPolicy: changedPolicy(), scoringModelVersion: '1+8c2f10aa' }) },
        'PATCH /api/v1/settings': { status: 200, body: withPolicy({ version: 4 }) },
      }),
    );
    renderApp('/settings');

    const section = await screen.findByRole('region', { name: 'Scoring policy' });
    expect(within(section).getByText('Model version 1+8c2f10aa')).toBeInTheDocument();
    expect(field(section, 'Prior strength k0')).toHaveValue('2');
    await userEvent.click(within(section).getByRole('button', { name: 'Restore defaults' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore the default scoring policy?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore defaults' }));

    expect(await screen.findByText('Default scoring policy restored')).toBeInTheDocument();
    expect(patches(requests)).toEqual([{ version: 3, scoringPolicy: null }]);
    await waitFor(() => expect(field(section, 'Prior strength k0')).toHaveValue('1.5'));
    expect(within(section).getByText('Model version 1')).toBeInTheDocument();
  });

  it('explains a conflict and reloads the latest settings on request', async () => {
    let reads = 0;
    mockApi(
      handlers({
        'GET /api/v1/settings': () => {
          reads += 1;
          return { status: 200, body: withPolicy({ version: reads > 1 ? 5 : 3 }) };
        },
        'PATCH /api/v1/settings': {
          status: 409,
          body: problem(409, 'Someone else changed this first', 'Someone else saved the settings after you opened them. Reload to see their version, then make your change again.'),
        },
      }),
    );
    renderApp('/settings');

    const form = await screen.findByRole('form', { name: 'Scoring policy' });
    await fill(field(form, 'Prior strength k0'), '2');
    await userEvent.click(within(form).getByRole('button', { name: 'Save scoring policy' }));

    expect(await within(form).findByText(/Someone else saved the settings after you opened them/)).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Reload' }));
    expect(await within(form).findByText('Loaded the latest version')).toBeInTheDocument();
    expect(field(form, 'Prior strength k0')).toHaveValue('2');
  });

  it('is not shown to librarians', async () => {
    mockApi(handlers({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe } }));
    renderApp('/settings');

    expect(await screen.findByText('Only managers and administrators can change these settings.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Scoring policy' })).not.toBeInTheDocument();
  });
});
