import { DomainError } from '../../common/problem/domain-error';
import { evidenceSource } from './evidence-source';
import { assertPeriod, monthsOf, normaliseScope, periodInWords, scopeLabel } from './report-definition';

const codeOf = (work: () => void): string | null => {
  try {
    work();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
};

describe('a report’s period', () => {
  it('allows one day up to 5 × 366 days, and refuses an end before the start', () => {
    expect(codeOf(() => assertPeriod({ from: '2026-03-05', to: '2026-03-05' }))).toBeNull();
    expect(codeOf(() => assertPeriod({ from: '2026-03-05', to: '2026-03-04' }))).toBe('period_out_of_order');
    // 2024-02-29 + 1,829 days = 2029-03-03 (the last day allowed); a day more is too long.
    expect(codeOf(() => assertPeriod({ from: '2024-02-29', to: '2029-03-03' }))).toBeNull();
    expect(codeOf(() => assertPeriod({ from: '2024-02-29', to: '2029-03-04' }))).toBe('period_too_long');
  });

  it('has every calendar month it touches, across a new year', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-10' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf({ from: '2026-03-05', to: '2026-03-05' })).toEqual(['2026-03']);
    expect(monthsOf({ from: '2022-01-01', to: '2026-12-31' })).toHaveLength(60);
  });

  it('is said in words', () => {
    expect(periodInWords({ from: '2026-01-01', to: '2026-12-31' })).toBe('1 Jan – 31 Dec 2026');
    expect(periodInWords({ from: '2025-09-01', to: '2026-08-31' })).toBe('1 Sep 2025 – 31 Aug 2026');
    expect(periodInWords({ from: '2026-03-05', to: '2026-03-05' })).toBe('5 Mar 2026');
  });
});

describe('a report’s scope', () => {
  it('keeps only the list of its own kind, empty when missing', () => {
    expect(normaliseScope({ kind: 'all', partnerIds: ['a'] })).toEqual({ kind: 'all' });
    expect(normaliseScope({ kind: 'programs', partnerIds: ['a'] })).toEqual({ kind: 'programs', programIds: [] });
    expect(normaliseScope({ kind: 'focus-areas', focusAreas: ['stem'] })).toEqual({ kind: 'focus-areas', focusAreas: ['stem'] });
  });

  it('is labelled with the chosen names in the order chosen', () => {
    const names = { partners: new Map([['p1', 'Riverside Clinic'], ['p2', 'Eastside Teens']]), programs: new Map<string, string>() };
    expect(scopeLabel({ kind: 'partners', partnerIds: ['p2', 'p1'] }, names)).toBe('Chosen partners: Eastside Teens, Riverside Clinic');
    expect(scopeLabel({ kind: 'focus-areas', focusAreas: ['health-wellness', 'stem'] }, names)).toBe('Focus areas: Health and wellness, STEM');
    expect(scopeLabel({ kind: 'programs', programIds: [] }, names)).toBe('Chosen programs: none');
  });
});

describe('a figure’s evidence source', () => {
  const report = { period: { from: '2026-01-01', to: '2026-12-31' }, scope: normaliseScope({ kind: 'partners', partnerIds: ['p1', 'p2'] }) };

  it('writes the period, scope, roles and breakdown in one fixed order', () => {
    expect(evidenceSource({ ...report, scope: { kind: 'all' } }, { kind: 'sessions', libraryRoles: ['sponsor', 'co-sponsor'], format: 'recorded' })).toBe(
      'kind=sessions&from=2026-01-01&to=2026-12-31&scope=all&libraryRole=sponsor&libraryRole=co-sponsor&format=recorded',
    );
    expect(evidenceSource(report, { kind: 'contributions', side: 'partner', partner: 'p1' })).toBe(
      'kind=contributions&from=2026-01-01&to=2026-12-31&scope=partners&partnerId=p1&partnerId=p2&side=partner&partner=p1',
    );
  });

  it('names a volunteer rate group, "none" for hours without a rate', () => {
    const source = evidenceSource(report, { kind: 'contributions', type: 'volunteers', unit: 'hours', rate: 34.79, rateYear: 2024, rateSource: 'Independent Sector' });
    expect(new URLSearchParams(source).get('rate')).toBe('34.79');
    expect(new URLSearchParams(source).get('rateSource')).toBe('Independent Sector');
    expect(evidenceSource(report, { kind: 'contributions', type: 'volunteers', unit: 'hours', rate: null, rateYear: null, rateSource: null })).toMatch(/&rate=none$/);
  });
});
