import { parse } from 'csv-parse/sync';
import { impactReportCsv, neutraliseCell, UTF8_BOM } from './impact-report-csv';
import { FIGURE_COLUMNS, figureRows } from './figure-rows';
import { FIXTURE_PARTNERS, smallFigures } from './impact-report-figures.fixture';

describe('The impact report CSV', () => {
  const figures = smallFigures();
  const csv = impactReportCsv(figures);
  const text = csv.toString('utf8');

  it('starts with a UTF-8 byte order mark and the header row, and ends every line with CRLF', () => {
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(`${UTF8_BOM}section,measure,breakdown,value,n,source\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('parses back to the figure rows: one line per figure, numbers as numbers, nulls as empty cells', () => {
    const parsed = parse(text, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<(typeof FIGURE_COLUMNS)[number], string>[];
    const rows = figureRows(figures);
    expect(parsed).toHaveLength(rows.length);
    const back = parsed.map((cell) => ({
      section: cell.section,
      measure: cell.measure,
      breakdown: cell.breakdown,
      value: cell.value === '' ? null : Number(cell.value),
      n: cell.n === '' ? null : Number(cell.n),
      source: cell.source,
    }));
    expect(back).toEqual(rows.map((row) => ({ ...row, section: neutraliseCell(row.section), measure: neutraliseCell(row.measure), breakdown: neutraliseCell(row.breakdown) })));
  });

  it('neutralises a partner named like a formula with a leading apostrophe, and leaves a negative change a number', () => {
    const parsed = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    const formula = parsed.filter((cell) => cell.breakdown?.includes('HYPERLINK'));
    expect(formula.length).toBeGreaterThan(0);
    for (const cell of formula) expect(cell.breakdown).toBe(`'${FIXTURE_PARTNERS.formula.name}`);
    const declined = parsed.find((cell) => cell.measure === 'Mean change over the period' && cell.breakdown === 'Effective Teamwork');
    expect(declined?.value).toBe('-0.4');
    expect(text).toContain(',-0.4,2,');
    expect(text).not.toContain(",'-0.4");
  });

  it('neutralises every cell a spreadsheet would run or read past, and nothing else', () => {
    expect(['=1+1', '+1', '-x', '@SUM(A1)', '\tindent', '\rline'].map(neutraliseCell)).toEqual(["'=1+1", "'+1", "'-x", "'@SUM(A1)", "'\tindent", "'\rline"]);
    expect(['Zoë', 'a=b', '', '2026-03'].map(neutraliseCell)).toEqual(['Zoë', 'a=b', '', '2026-03']);
  });

  it('keeps names beyond ASCII as UTF-8', () => {
    expect(text).toContain(FIXTURE_PARTNERS.clinic.name);
    expect(text).toContain('Łódź Friendship Museum');
  });
});
