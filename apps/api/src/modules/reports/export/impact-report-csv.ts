import { stringify } from 'csv-stringify/sync';
import type { ImpactReportFiguresDto } from '../dto/impact-report.response.dto';
import { FIGURE_COLUMNS, figureRows } from './figure-rows';

/** Excel reads a UTF-8 file as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would run as a formula (= + - @) or read past (a leading tab or carriage return) gets a
 * leading apostrophe: a partner named "=HYPERLINK(…)" stays a name (OWASP "CSV injection"). Numbers are never
 * touched, so a negative change stays a number.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Every figure of the report as tidy rows: UTF-8 with a BOM, CRLF line ends, a header row. */
export function impactReportCsv(figures: ImpactReportFiguresDto): Buffer {
  const records = figureRows(figures).map((row) => [
    neutraliseCell(row.section),
    neutraliseCell(row.measure),
    neutraliseCell(row.breakdown),
    row.value,
    row.n,
    neutraliseCell(row.source),
  ]);
  const text = stringify(records, {
    header: true,
    columns: [...FIGURE_COLUMNS],
    record_delimiter: 'windows',
    // null (a share nobody answered) is an empty cell; numbers are written as JavaScript prints them (plain, no
    // thousands separators, "." for decimals) so any spreadsheet reads them as numbers.
    cast: { number: (value) => String(value) },
  });
  return Buffer.from(UTF8_BOM + text, 'utf8');
}
