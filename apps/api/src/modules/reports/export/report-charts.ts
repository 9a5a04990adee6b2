import type { ReportMonthDto, ReportOutcomeDto } from '../dto/impact-report.response.dto';
import { OUTCOME_MEASURES, OUTCOME_TIMINGS } from '@common-ground/domain';
import { formatCount, formatMonth, formatShare, shortMonth } from './report-format';

/*
 * The report's two charts as SVG (vector, drawn by pdfmake with the document's own embedded font, so the chart's
 * words are searchable text like the rest). Plain bars on a light grid, one colour, values printed: a funder reads
 * the numbers, the bars only show the shape.
 */

export const CHART_COLOURS = { bar: '#2f6f8f', muted: '#9aa5b1', grid: '#e4e7eb', text: '#3e4c59' } as const;

/** Text for SVG: the five characters XML reserves, escaped. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A round axis maximum at or above the largest value (1, 2, 2.5, 5 × a power of ten). */
export function niceMaximum(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

/** Attendance per month of the period as vertical bars, with a light grid and the busiest month's value. */
export function attendanceByMonthSvg(months: readonly ReportMonthDto[], width: number, height: number): string {
  const left = 44;
  const bottom = 28;
  const top = 12;
  const plotWidth = width - left - 6;
  const plotHeight = height - bottom - top;
  const maximum = niceMaximum(Math.max(0, ...months.map((m) => m.attendance)));
  const slot = months.length > 0 ? plotWidth / months.length : plotWidth;
  const barWidth = Math.max(1, slot * 0.7);
  // Label every month when they fit, else every third, else January only (a five-year period).
  const labelEvery = slot >= 22 ? 1 : slot >= 8 ? 3 : 12;
  const parts: string[] = [];
  for (let i = 0; i <= 4; i += 1) {
    const y = top + plotHeight - (plotHeight * i) / 4;
    parts.push(`<line x1="${left}" y1="${y}" x2="${width - 6}" y2="${y}" stroke="${CHART_COLOURS.grid}" stroke-width="0.6"/>`);
    parts.push(`<text x="${left - 5}" y="${y + 3}" font-size="7" text-anchor="end" fill="${CHART_COLOURS.text}">${formatCount((maximum * i) / 4)}</text>`);
  }
  months.forEach((month, index) => {
    const x = left + index * slot + (slot - barWidth) / 2;
    const barHeight = (plotHeight * month.attendance) / maximum;
    if (barHeight > 0) parts.push(`<rect x="${x.toFixed(2)}" y="${(top + plotHeight - barHeight).toFixed(2)}" width="${barWidth.toFixed(2)}" height="${barHeight.toFixed(2)}" fill="${CHART_COLOURS.bar}"/>`);
    const [, number] = month.month.split('-').map(Number);
    const labelled = labelEvery === 1 || (labelEvery === 3 ? (number ?? 1) % 3 === 1 : number === 1);
    if (labelled) {
      const label = labelEvery === 12 || number === 1 ? formatMonth(month.month) : shortMonth(month.month);
      parts.push(`<text x="${(x + barWidth / 2).toFixed(2)}" y="${top + plotHeight + 11}" font-size="7" text-anchor="middle" fill="${CHART_COLOURS.text}">${xmlText(label)}</text>`);
    }
  });
  parts.push(`<line x1="${left}" y1="${top + plotHeight}" x2="${width - 6}" y2="${top + plotHeight}" stroke="${CHART_COLOURS.muted}" stroke-width="0.8"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

/** The share agreeing per measure and timing as horizontal bars on a 0–100% scale, each with its share and n. */
export function outcomesSvg(outcomes: readonly ReportOutcomeDto[], width: number): { svg: string; height: number } {
  const rowHeight = 22;
  const top = 6;
  const labelWidth = 190;
  const valueWidth = 78;
  const plotWidth = width - labelWidth - valueWidth;
  const height = top + outcomes.length * rowHeight + 18;
  const parts: string[] = [];
  for (let i = 0; i <= 4; i += 1) {
    const x = labelWidth + (plotWidth * i) / 4;
    parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${height - 16}" stroke="${CHART_COLOURS.grid}" stroke-width="0.6"/>`);
    parts.push(`<text x="${x}" y="${height - 6}" font-size="7" text-anchor="middle" fill="${CHART_COLOURS.text}">${i * 25}%</text>`);
  }
  outcomes.forEach((line, index) => {
    const y = top + index * rowHeight;
    const measure = (OUTCOME_MEASURES.labels[line.measure] ?? line.measure).split(':')[0] ?? line.measure;
    const label = `${measure} · ${(OUTCOME_TIMINGS.labels[line.timing] ?? line.timing).toLowerCase()}`;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 13}" font-size="8" text-anchor="end" fill="${CHART_COLOURS.text}">${xmlText(label)}</text>`);
    const share = line.agreeShare ?? 0;
    const barWidth = plotWidth * share;
    if (barWidth > 0) parts.push(`<rect x="${labelWidth}" y="${y + 4}" width="${barWidth.toFixed(2)}" height="${rowHeight - 9}" fill="${line.timing === 'immediate' ? CHART_COLOURS.bar : CHART_COLOURS.muted}"/>`);
    parts.push(`<text x="${labelWidth + plotWidth + 6}" y="${y + 13}" font-size="8" fill="${CHART_COLOURS.text}">${xmlText(`${formatShare(line.agreeShare)} (n = ${formatCount(line.answered)})`)}</text>`);
  });
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`, height };
}
