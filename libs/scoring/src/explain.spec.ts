import { AS_OF, daysAgo } from '../test/builders';
import { ago, describeFlag, describeUnit, rankUnits, whatWouldChange } from './explain';
import { DEFAULT_POLICY } from './policy';
import type { ScoredUnit, UnitFacts, UnitKey } from './units';

function scored(key: UnitKey, contribution: number, facts: UnitFacts): ScoredUnit {
  return { key, factor: 'CE', x: 3, v: 1, facts, recordIds: [], contribution, sentence: describeUnit(facts, AS_OF) };
}

describe('ages in words', () => {
  it('says today, yesterday, days up to 60, then calendar months', () => {
    expect([0, 1, 12, 60].map((d) => ago(daysAgo(d), AS_OF))).toEqual(['today', 'yesterday', '12 days ago', '60 days ago']);
    expect(ago('2024-04-30', AS_OF)).toBe('14 months ago');
    expect(ago('2025-05-01', AS_OF)).toBe('60 days ago');
    expect(ago('2025-04-30', AS_OF)).toBe('2 months ago');
  });
});

describe('unit sentences', () => {
  it.each<[UnitFacts, string]>([
    [{ kind: 'recency', days: 12, cadenceDays: 30 }, 'Last two-way contact 12 days ago (cadence 30 days)'],
    [{ kind: 'coverage', periodsWithContact: 8, periods: 12, cadenceDays: 30 }, 'Two-way contact in 8 of 12 periods of 30 days'],
    [{ kind: 'initiation', byPartner: 4, communications: 22 }, 'The partner started 4 of 22 communications (18%)'],
    [
      { kind: 'expectations', current: false, reviewedOn: '2024-04-30', reviewMonths: 12 },
      'An agreement lists each side’s contributions, reviewed 14 months ago',
    ],
    [
      { kind: 'assessment', side: 'library', mean: 4, respondents: 2, newestAnsweredAt: '2025-05-31', ageDays: 30 },
      'Library staff rate this 4.0 (2 respondents, newest answer 30 days ago)',
    ],
    [
      { kind: 'assessment', side: 'partner', mean: 2.6, respondents: 1, newestAnsweredAt: AS_OF, ageDays: 0 },
      'The partner rates this 2.6 (1 respondent, newest answer today)',
    ],
    [{ kind: 'shared-goals', agreedBy: 'library', current: false, reviewedOn: null, reviewMonths: 12 }, 'Goals agreed by the library only, not by both organisations'],
    [{ kind: 'shared-goals', agreedBy: 'both', current: false, reviewedOn: null, reviewMonths: 12 }, 'A shared goal agreed by both organisations, never reviewed'],
    [{ kind: 'commitments-kept', onTime: 6, late: 2, missed: 2 }, 'Of 10 commitments due: 6 kept on time, 2 late, 2 missed'],
    [{ kind: 'tags', factor: 'IR', positive: 1, negative: 0 }, 'Communications tagged for Interpersonal / Relationship Qualities: 1 positive, 0 negative'],
    [{ kind: 'disruptions', disrupted: 1, programs: 1 }, '1 of 1 program cancelled or postponed for time, funding or staff'],
    [{ kind: 'impact-shown', shared: 2, held: 4, withinDays: 30 }, 'Outcome summary shared within 30 days for 2 of 4 held programs'],
  ])('%o reads "%s"', (facts, sentence) => {
    expect(describeUnit(facts, AS_OF)).toBe(sentence);
  });
});

describe('the strongest units', () => {
  it('ranks by |contribution|, largest first, ties in key order', () => {
    const recency = scored('recency', 0.1, { kind: 'recency', days: 1, cadenceDays: 30 });
    const coverage = scored('coverage', -0.3, { kind: 'coverage', periodsWithContact: 1, periods: 12, cadenceDays: 30 });
    const initiation = scored('initiation', 0.1, { kind: 'initiation', byPartner: 1, communications: 2 });
    expect(rankUnits([recency, initiation, coverage]).map((u) => u.key)).toEqual(['coverage', 'initiation', 'recency']);
  });
});

describe('flags in words', () => {
  it('shows both sides’ means for a perception gap', () => {
    const side = (s: 'library' | 'partner', mean: number) => ({ side: s, mean, respondents: 1, newestAnsweredAt: AS_OF, ageDays: 0, ageMonths: 0 });
    const flag = describeFlag('perception-gap', { library: side('library', 4), partner: side('partner', 2.6), trend: null, policy: DEFAULT_POLICY });
    expect(flag.sentence).toBe('The library and the partner see this differently (library 4.0, partner 2.6)');
  });

  it('says why a factor is declining', () => {
    const trend = {
      change: { from: '2025-05-31', to: AS_OF, delta: -0.5, threshold: 0.3, real: true },
      slopePerYear: -0.7,
      snapshots: 4,
      declining: true,
      reasons: ['drop', 'slope'] as const,
    };
    const flag = describeFlag('declining', { library: null, partner: null, trend, policy: DEFAULT_POLICY });
    expect(flag.sentence).toBe('Declining: down 0.5 since 2025-05-31; falling 0.7 a year over 4 snapshots');
  });
});

describe('what would change this', () => {
  it('asks for the partner’s answer first, then names what pulls the score down most', () => {
    const coverage = scored('coverage', -0.3, { kind: 'coverage', periodsWithContact: 1, periods: 12, cadenceDays: 30 });
    const recency = scored('recency', 0.2, { kind: 'recency', days: 1, cadenceDays: 30 });
    const suggestions = whatWouldChange({
      band: 'borderline',
      flags: ['single-side'],
      library: { side: 'library', mean: 4, respondents: 1, newestAnsweredAt: AS_OF, ageDays: 0, ageMonths: 0 },
      partner: null,
      ranked: [coverage, recency],
    });
    expect(suggestions.map((s) => s.sentence)).toEqual([
      'An answer from the partner would raise confidence',
      'Two-way contact at least once every 30 days would raise this score',
    ]);
    expect(suggestions[1]!.unitKey).toBe('coverage');
  });
});
