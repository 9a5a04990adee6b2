import {
  AGE_BANDS,
  ANSWER_OPTIONS,
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  FACTORS,
  OUTCOME_MEASURES,
  OUTCOME_TIMINGS,
  REPORT_SECTIONS,
  SESSION_FORMATS,
  SIDES,
  type SessionFormat,
} from '@common-ground/domain';
import type { FactorStateDto, ImpactReportFiguresDto } from '../dto/impact-report.response.dto';

/**
 * One figure of a funder summary as a tidy row: what it measures, for which breakdown, its value, the n it rests
 * on, and the evidence filter that lists its records. The CSV is these rows, one a line.
 *
 * - `value` is the number exactly as frozen in the report (null where the report has none: a share nobody
 *   answered, a mean with no scored partner), so the CSV parses back to the same figures.
 * - `n` is what the value rests on when it is a share, a mean or a sum over records (answered respondents,
 *   scored partners, sessions, lines); empty for plain counts, whose value already is the count.
 * - `breakdown` holds only the breakdown's own words (a partner's name on its own, so a spreadsheet sees the
 *   name as it is and the CSV writer can neutralise one that looks like a formula).
 * - header.programsCovered and header.partnersCovered are not repeated: they are outputs' programs and the
 *   partners' count.
 */
export interface FigureRow {
  section: string;
  measure: string;
  breakdown: string;
  value: number | null;
  n: number | null;
  source: string;
}

export const FIGURE_COLUMNS = ['section', 'measure', 'breakdown', 'value', 'n', 'source'] as const satisfies readonly (keyof FigureRow)[];

/** The source with its period narrowed to [from, to] (a month of the period): the same records, that month only. */
export function narrowSourcePeriod(source: string, from: string, to: string): string {
  const params = new URLSearchParams(source);
  if (!params.has('from') || !params.has('to')) return source;
  params.set('from', from);
  params.set('to', to);
  return params.toString();
}

/** The source with one more parameter, unless it already has it. */
export function withSourceParam(source: string, name: string, value: string): string {
  const params = new URLSearchParams(source);
  if (params.has(name)) return source;
  params.append(name, value);
  return params.toString();
}

/** The first and last day of a month ("2026-02" → 2026-02-01, 2026-02-28), clipped to the period. */
export function monthWithinPeriod(month: string, period: { from: string; to: string }): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  const first = `${month}-01`;
  const end = `${month}-${String(last).padStart(2, '0')}`;
  return { from: first < period.from ? period.from : first, to: end > period.to ? period.to : end };
}

const formatLabel = (format: SessionFormat) => SESSION_FORMATS.labels[format];

export function figureRows(figures: ImpactReportFiguresDto): FigureRow[] {
  const rows: FigureRow[] = [];
  const add = (section: string, measure: string, breakdown: string, value: number | null, n: number | null, source: string) =>
    rows.push({ section, measure, breakdown, value, n, source });

  // Outputs: programs and sessions the library sponsors or co-sponsors, their attendance and views.
  const outputs = figures.outputs;
  const out = REPORT_SECTIONS.labels.outputs;
  const formatSource = (format: SessionFormat) => outputs.formatSources.find((s) => s.format === format)?.source ?? outputs.sessionsSource;
  add(out, 'Programs', '', outputs.programs, null, outputs.programsSource);
  add(out, 'Sessions', '', outputs.sessions, null, outputs.sessionsSource);
  add(out, 'Attendance', 'All', outputs.attendance.total, outputs.sessions, outputs.sessionsSource);
  for (const band of AGE_BANDS.keys) add(out, 'Attendance by age band', AGE_BANDS.labels[band], outputs.attendance.byAgeBand[band], null, outputs.sessionsSource);
  for (const line of outputs.attendance.byFormat) {
    const source = formatSource(line.format);
    add(out, 'Sessions by format', formatLabel(line.format), line.sessions, null, source);
    add(out, 'Attendance by format', formatLabel(line.format), line.attendance, line.sessions, source);
    for (const band of AGE_BANDS.keys) {
      add(out, 'Attendance by format and age band', `${formatLabel(line.format)} / ${AGE_BANDS.labels[band]}`, line.byAgeBand[band], null, source);
    }
  }
  add(out, 'Recorded views', 'Within 30 days of recorded sessions', outputs.attendance.recordedViews, null, formatSource('recorded'));
  for (const month of outputs.byMonth) {
    const days = monthWithinPeriod(month.month, figures.header.period);
    const source = narrowSourcePeriod(outputs.sessionsSource, days.from, days.to);
    add(out, 'Sessions by month', month.month, month.sessions, null, source);
    add(out, 'Attendance by month', month.month, month.attendance, month.sessions, source);
    add(out, 'Recorded views by month', month.month, month.recordedViews, null, narrowSourcePeriod(formatSource('recorded'), days.from, days.to));
  }
  const promo = outputs.promotionOnly;
  add(out, 'Promotion-only programs (not in outputs)', '', promo.programs, null, promo.source);
  add(out, 'Promotion-only sessions (not in outputs)', '', promo.sessions, null, promo.source);
  add(out, 'Promotion-only attendance (not in outputs)', '', promo.attendance, promo.sessions, promo.source);
  for (const program of promo.list) {
    add(out, 'Promotion-only program sessions', program.title, program.sessions, null, promo.source);
    add(out, 'Promotion-only program attendance', program.title, program.attendance, program.sessions, promo.source);
    add(out, 'Promotion-only program recorded views', program.title, program.recordedViews, null, promo.source);
  }

  // Outcomes: per measure and timing, the agree share with its n, each option's count and the non-responses.
  const outc = REPORT_SECTIONS.labels.outcomes;
  for (const line of figures.outcomes) {
    const breakdown = `${OUTCOME_MEASURES.labels[line.measure]} / ${OUTCOME_TIMINGS.labels[line.timing]}`;
    add(outc, 'Agree or strongly agree (share)', breakdown, line.agreeShare, line.answered, line.source);
    for (const option of ANSWER_OPTIONS.keys) add(outc, `Responses: ${ANSWER_OPTIONS.labels[option]}`, breakdown, line.counts[option], line.answered, line.source);
    add(outc, 'Non-responses', breakdown, line.nonResponses, line.respondents, line.source);
    add(outc, 'Respondents', breakdown, line.respondents, null, line.source);
    add(outc, 'Survey results pooled', breakdown, line.results, null, line.source);
  }

  // Partners and contributions.
  const part = REPORT_SECTIONS.labels.partners;
  const partners = figures.partners;
  add(part, 'Partners covered', '', partners.count, null, partners.contributionsSource);
  for (const partner of partners.list) {
    add(part, 'Partner programs covered', partner.name, partner.programs, null, partner.source);
    add(part, 'Partner contributions (lines)', partner.name, partner.contributions.count, null, partner.source);
    add(part, 'Partner contributions ($)', partner.name, partner.contributions.moneyValue, partner.contributions.count, partner.source);
    add(part, 'Partner volunteer hours', partner.name, partner.contributions.volunteerHours, null, partner.source);
  }
  const totals = partners.contributions;
  add(part, 'Contributions ($)', 'All', totals.moneyValue, totals.bySide.reduce((sum, side) => sum + side.count, 0), partners.contributionsSource);
  add(part, 'Volunteer hours', 'All', totals.volunteerHours, null, withSourceParam(withSourceParam(partners.contributionsSource, 'type', 'volunteers'), 'unit', 'hours'));
  for (const side of totals.bySide) {
    const source = withSourceParam(partners.contributionsSource, 'side', side.side);
    add(part, 'Contributions by side (lines)', SIDES.labels[side.side], side.count, null, source);
    add(part, 'Contributions by side ($)', SIDES.labels[side.side], side.moneyValue, side.count, source);
  }
  for (const type of totals.byType) {
    const source = withSourceParam(partners.contributionsSource, 'type', type.type);
    const label = CONTRIBUTION_TYPES.labels[type.type];
    add(part, 'Contributions by type (lines)', label, type.count, null, source);
    add(part, 'Contributions by type ($)', label, type.moneyValue, type.count, source);
    for (const q of type.quantityByUnit) add(part, `Contributions by type (${CONTRIBUTION_UNITS.labels[q.unit].toLowerCase()})`, label, q.quantity, type.count, source);
  }
  for (const line of partners.bySideAndType) {
    const breakdown = `${SIDES.labels[line.side]} / ${CONTRIBUTION_TYPES.labels[line.type]}`;
    add(part, 'Contributions by side and type (lines)', breakdown, line.count, null, line.source);
    add(part, 'Contributions by side and type ($)', breakdown, line.moneyValue, line.count, line.source);
    for (const q of line.quantityByUnit) add(part, `Contributions by side and type (${CONTRIBUTION_UNITS.labels[q.unit].toLowerCase()})`, breakdown, q.quantity, line.count, line.source);
  }
  for (const line of partners.volunteerValuation) {
    const breakdown =
      line.rate === null ? 'Hours entered without a rate' : `${line.rate} per hour; ${line.rateSource ?? 'source not recorded'}${line.rateYear === null ? '' : `; ${line.rateYear}`}`;
    add(part, 'Volunteer valuation: rate ($ per hour)', breakdown, line.rate, null, line.source);
    add(part, 'Volunteer valuation: hours', breakdown, line.hours, line.count, line.source);
    add(part, 'Volunteer valuation: value ($)', breakdown, line.moneyValue, line.count, line.source);
  }

  // Partnership health: each factor at the period's end and start, its change, and the partners in each band.
  const heal = REPORT_SECTIONS.labels.health;
  const health = figures.health;
  add(heal, 'Partners covered', '', health.partners, null, health.source);
  add(heal, 'Partners with a snapshot by the period’s end', '', health.withSnapshot, health.partners, health.source);
  const state = (factor: string, when: string, s: FactorStateDto, source: string) => {
    add(heal, `Mean score (1–5), ${when}`, factor, s.mean, s.n, source);
    add(heal, `Partners in strength, ${when}`, factor, s.strength, null, source);
    add(heal, `Partners borderline, ${when}`, factor, s.borderline, null, source);
    add(heal, `Partners in concern, ${when}`, factor, s.concern, null, source);
    add(heal, `Partners without enough evidence, ${when}`, factor, s.insufficient, null, source);
  };
  for (const line of health.factors) {
    const factor = FACTORS.labels[line.factor];
    const source = withSourceParam(health.source, 'factor', line.factor);
    state(factor, 'end of period', line.end, source);
    state(factor, 'start of period', line.start, source);
    add(heal, 'Mean change over the period', factor, line.change, line.changeN, source);
    add(heal, 'Partners improved (real change)', factor, line.improved, line.changeN, source);
    add(heal, 'Partners declined (real change)', factor, line.declined, line.changeN, source);
  }

  // Stories and quotes: how many may be quoted (their text is in the PDF, not a figure).
  const stor = REPORT_SECTIONS.labels.stories;
  add(stor, 'Stories and quotes with consent', '', figures.stories.total, null, figures.stories.source);
  add(stor, 'Stories and quotes shown', '', figures.stories.shown.length, figures.stories.total, figures.stories.source);
  return rows;
}
