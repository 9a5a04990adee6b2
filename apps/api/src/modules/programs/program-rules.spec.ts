import { programRuleErrors, type ProgramRuleFields, sessionSpanErrors } from './program-rules';

const valid: ProgramRuleFields = {
  startsOn: '2026-03-03',
  endsOn: '2026-03-03',
  status: 'planned',
  statusReason: null,
  audienceScope: 'whole-community',
  targetGroups: [],
};
const fields = (overrides: Partial<ProgramRuleFields>) => programRuleErrors({ ...valid, ...overrides }).map((e) => e.field);

describe('program rules', () => {
  it('wants a reason exactly when a program is cancelled or postponed', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ status: 'cancelled' })).toEqual(['statusReason']);
    expect(fields({ status: 'postponed' })).toEqual(['statusReason']);
    expect(fields({ status: 'cancelled', statusReason: 'weather' })).toEqual([]);
    expect(fields({ status: 'held', statusReason: 'weather' })).toEqual(['statusReason']);
  });

  it('wants target groups exactly when the audience is specific groups, and an end on or after the start', () => {
    expect(fields({ audienceScope: 'specific-groups' })).toEqual(['targetGroups']);
    expect(fields({ audienceScope: 'specific-groups', targetGroups: ['teens'] })).toEqual([]);
    expect(fields({ targetGroups: ['teens'] })).toEqual(['targetGroups']);
    expect(fields({ endsOn: '2026-03-02' })).toEqual(['endsOn']);
  });

  it('keeps the live sessions inside new dates', () => {
    const span = { first: '2026-03-10', last: '2026-03-20' };
    expect(sessionSpanErrors('2026-03-10', '2026-03-20', span)).toEqual([]);
    expect(sessionSpanErrors('2026-03-11', '2026-03-19', span).map((e) => e.field)).toEqual(['startsOn', 'endsOn']);
    expect(sessionSpanErrors('2026-04-01', '2026-04-01', { first: null, last: null })).toEqual([]);
  });
});
