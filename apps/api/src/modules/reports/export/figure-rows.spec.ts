import { AGE_BANDS, ANSWER_OPTIONS, FACTORS, SESSION_FORMATS } from '@common-ground/domain';
import { figureRows, monthWithinPeriod, narrowSourcePeriod } from './figure-rows';
import { FIXTURE_PARTNERS, largeFigures, smallFigures } from './impact-report-figures.fixture';

describe('figureRows: every figure of a funder summary as a tidy row', () => {
  const figures = smallFigures();
  const rows = figureRows(figures);
  const find = (measure: string, breakdown = '') => rows.filter((row) => row.measure === measure && row.breakdown === breakdown);

  it('has one row per number of the report, in the report’s order of sections', () => {
    const formats = SESSION_FORMATS.keys.length;
    const bands = AGE_BANDS.keys.length;
    const outputs = 3 + bands + formats * (2 + bands) + 1 + 12 * 3 + 3 + 1 * 3;
    const outcomes = 2 * (1 + ANSWER_OPTIONS.keys.length + 3);
    const partners = 1 + 3 * 4 + 2 + 2 * 2 + (4 * 2 + 4) + (4 * 3) + 3;
    const health = 2 + FACTORS.keys.length * (5 * 2 + 3);
    expect(rows).toHaveLength(outputs + outcomes + partners + health + 2);
    expect([...new Set(rows.map((row) => row.section))]).toEqual(['Outputs', 'Outcomes', 'Partners and contributions', 'Partnership health', 'Stories and quotes']);
  });

  it('carries the totals with their n and their evidence filter', () => {
    expect(find('Attendance', 'All')).toEqual([
      { section: 'Outputs', measure: 'Attendance', breakdown: 'All', value: 1234, n: 5, source: figures.outputs.sessionsSource },
    ]);
    expect(find('Sessions')[0]).toMatchObject({ value: 5, n: null });
    expect(find('Attendance by format and age band', 'Recorded / General interest')[0]).toMatchObject({
      value: 34,
      source: 'kind=sessions&from=2026-01-01&to=2026-12-31&scope=all&libraryRole=sponsor&libraryRole=co-sponsor&format=recorded',
    });
    expect(find('Recorded views', 'Within 30 days of recorded sessions')[0]?.value).toBe(456);
  });

  it('gives the agree share with n = those who answered, and the non-responses with n = respondents', () => {
    const breakdown = 'Knowledge: I learned something new / Immediate';
    expect(find('Agree or strongly agree (share)', breakdown)[0]).toMatchObject({ value: 30 / 36, n: 36 });
    expect(find('Non-responses', breakdown)[0]).toMatchObject({ value: 4, n: 40 });
    expect(find('Responses: Strongly agree', breakdown)[0]).toMatchObject({ value: 16, n: 36 });
  });

  it('names each partner alone in the breakdown (so a formula-like name can be neutralised) and keeps a negative change a number', () => {
    expect(find('Partner contributions ($)', FIXTURE_PARTNERS.formula.name)[0]).toMatchObject({ value: 5000, n: 1 });
    expect(find('Partner volunteer hours', FIXTURE_PARTNERS.clinic.name)[0]?.value).toBe(30);
    expect(find('Mean change over the period', 'Effective Teamwork')[0]).toMatchObject({ value: -0.4, n: 2, source: `${figures.health.source}&factor=TW` });
    expect(find('Mean score (1–5), end of period', 'Tackling Operational Concerns')[0]).toMatchObject({ value: null, n: 0 });
  });

  it('values volunteer time with the rate, its source and year', () => {
    const breakdown = '34.79 per hour; Independent Sector, national value of volunteer time; 2024';
    expect(find('Volunteer valuation: rate ($ per hour)', breakdown)[0]?.value).toBe(34.79);
    expect(find('Volunteer valuation: value ($)', breakdown)[0]).toMatchObject({ value: 1043.7, n: 2 });
  });

  it('narrows each month’s filter to that month, within the period', () => {
    expect(find('Attendance by month', '2026-03')[0]).toMatchObject({
      value: 1000,
      n: 3,
      source: 'kind=sessions&from=2026-03-01&to=2026-03-31&scope=all&libraryRole=sponsor&libraryRole=co-sponsor',
    });
    expect(monthWithinPeriod('2024-02', { from: '2024-01-01', to: '2024-12-31' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthWithinPeriod('2026-03', { from: '2026-03-10', to: '2026-03-20' })).toEqual({ from: '2026-03-10', to: '2026-03-20' });
    expect(narrowSourcePeriod('kind=impact-notes&scope=all', '2026-01-01', '2026-01-31')).toBe('kind=impact-notes&scope=all');
  });

  it('grows with the report: 2,000 partners are 8,000 partner rows', () => {
    const large = figureRows(largeFigures());
    expect(large.filter((row) => row.measure.startsWith('Partner ')).length).toBe(8000);
    expect(large.filter((row) => row.measure === 'Sessions by month')).toHaveLength(60);
  });
});
