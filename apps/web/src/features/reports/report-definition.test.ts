import { afterEach, describe, expect, it } from 'vitest';
import { ProblemError } from '../../lib/problem-error';
import {
  defaultBuilderValues,
  errorSummaryItems,
  nextPeriodValues,
  problemErrors,
  rememberDefinition,
  rememberedValues,
  toDefinition,
  validateBuilder,
} from './report-definition';
import { savedReportFixture } from './test/fixtures';

afterEach(() => window.localStorage.clear());

describe('report definition', () => {
  it('sends only the chosen kind’s list, trimmed, with an empty grant reference as none', () => {
    const values = {
      ...defaultBuilderValues('2026-11-27'),
      funderName: '  Ford Fund ',
      scopeKind: 'programs' as const,
      partners: [{ id: 'p-1', name: 'Riverside Food Bank' }],
      programs: [{ id: 'pr-1', name: 'Story time' }],
    };
    expect(toDefinition(values)).toEqual({
      funderName: 'Ford Fund',
      grantReference: null,
      period: { from: '2025-01-01', to: '2025-12-31' },
      scope: { kind: 'programs', programIds: ['pr-1'] },
    });
  });

  it('checks the period as the API does, and the funder only when saving', () => {
    const values = { ...defaultBuilderValues('2026-11-27'), from: '2026-02-01', to: '2026-01-31' };
    expect(validateBuilder(values, { forSave: false })).toEqual({ to: 'Enter an end date on or after the start date' });
    expect(errorSummaryItems(validateBuilder(values, { forSave: true }))).toEqual([
      { fieldId: 'report-funder-name', message: 'Enter the funder’s name' },
      { fieldId: 'report-period-to', message: 'Enter an end date on or after the start date' },
    ]);
    // At most 5 × 366 = 1830 days, inclusive: from 1 Jan 2020 the last day allowed is 3 Jan 2025.
    expect(validateBuilder({ ...values, from: '2020-01-01', to: '2025-01-04' }, { forSave: false })).toEqual({
      to: 'A report can cover at most 5 years: choose an end date on or before Fri 3 Jan 2025',
    });
    expect(validateBuilder({ ...values, from: '2020-01-01', to: '2025-01-03' }, { forSave: false })).toEqual({});
  });

  it('puts the API’s field problems on the builder’s fields, and the rest in words', () => {
    const problem = new ProblemError({
      type: 'https://common-ground.example/problems/unknown-partner',
      title: 'Unknown partner',
      status: 400,
      errors: [
        { field: 'scope.partnerIds[1]', message: 'There is no partner 9f…; choose partners from the list.' },
        { field: 'period.from', message: 'Enter the start of the period as a date.' },
        { field: 'somethingElse', message: 'Something else is wrong.' },
      ],
    });
    expect(problemErrors(problem)).toEqual({
      errors: { partners: 'There is no partner 9f…; choose partners from the list.', from: 'Enter the start of the period as a date.' },
      general: ['Something else is wrong.'],
    });
  });

  it('remembers the last funder and scope, not the period', () => {
    rememberDefinition({ ...defaultBuilderValues('2026-11-27'), funderName: 'Ford Fund', grantReference: 'FF-1', from: '2024-01-01', to: '2024-12-31', scopeKind: 'focus-areas', focusAreas: ['stem'] });
    expect(rememberedValues('2026-11-27')).toEqual({
      ...defaultBuilderValues('2026-11-27'),
      funderName: 'Ford Fund',
      scopeKind: 'focus-areas',
      focusAreas: ['stem'],
    });
    window.localStorage.setItem('common-ground:reports:last-definition', '{"scopeKind":"everything","focusAreas":["nonsense"]}');
    expect(rememberedValues('2026-11-27')).toEqual(defaultBuilderValues('2026-11-27'));
  });

  it('duplicates a saved report for the next period, naming the chosen partners it covered', () => {
    const report = savedReportFixture({ period: { from: '2024-07-01', to: '2025-06-30' }, scope: { kind: 'partners', partnerIds: ['p-2', 'p-7'] } });
    expect(nextPeriodValues(report)).toMatchObject({
      funderName: 'Riverside Community Foundation',
      grantReference: 'RCF-2025-014',
      from: '2025-07-01',
      to: '2026-06-30',
      scopeKind: 'partners',
      partners: [
        { id: 'p-2', name: 'City Museum' },
        { id: 'p-7', name: '' },
      ],
    });
  });
});
