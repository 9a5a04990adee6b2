import {
  AGE_BANDS,
  ANSWER_OPTIONS,
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  FACTORS,
  IMPACT_NOTE_KINDS,
  OUTCOME_MEASURES,
  OUTCOME_TIMINGS,
  PARTNER_TYPES,
  PROGRAM_ROLES,
  SESSION_FORMATS,
  SIDES,
  VALUE_DIMENSIONS,
} from '@common-ground/domain';
import pdfmake from 'pdfmake';
import type { UnitQuantityDto } from '../../contributions/dto/contribution.response.dto';
import type { FactorStateDto, ImpactReportFiguresDto } from '../dto/impact-report.response.dto';
import { attendanceByMonthSvg, outcomesSvg } from './report-charts';
import { describeSource } from './evidence-words';
import { formatCount, formatDay, formatMoney, formatPeriod, formatQuantity, formatScore, formatShare } from './report-format';

/*
 * The funder summary as a PDF, laid out by pdfmake (tables whose header row repeats on every page, a footer with
 * "Page X of Y", vector charts) with Roboto embedded, so names such as "Zoë Ñúñez" or "Łódź" print as typed.
 * Everything printed comes from the saved figures; only the logo is read from the settings at export time.
 */

/** pdfmake's document JSON: text, arrays (stacks) and nodes with their own keys. */
export type PdfNode = string | PdfNode[] | { [key: string]: unknown };

export interface ReportLogo {
  data: Buffer;
  mediaType: 'image/png' | 'image/jpeg';
}

export interface PdfOptions {
  logo: ReportLogo | null;
  /** The day printed in the footer as "Generated …" (the injected clock's now). */
  generatedAt: Date;
}

const FONT_FILES = {
  normal: require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
  bold: require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
  italics: require.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
  bolditalics: require.resolve('pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf'),
};
const ALLOWED_FILES = new Set(Object.values(FONT_FILES));
pdfmake.setFonts({ Roboto: FONT_FILES });
// A report never fetches anything: no URL, and no file but the fonts (a crafted image path cannot read the disk).
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => ALLOWED_FILES.has(path));

const COLOURS = { text: '#1f2933', muted: '#616e7c', rule: '#cbd2d9', headerFill: '#f0f4f8', accent: '#2f6f8f' } as const;
/** US Letter, 0.75 in margins: the printable width the tables and charts are sized to. */
const PAGE = { width: 612, height: 792, margin: 54 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Thin horizontal rules only, a darker one under the header row: calm tables that still read across. */
const TABLE_LAYOUT = {
  hLineWidth: (i: number, node: { table: { headerRows?: number; body: unknown[] } }) =>
    i === 0 || i === node.table.body.length ? 0.6 : i === (node.table.headerRows ?? 0) ? 0.8 : 0.3,
  vLineWidth: () => 0,
  hLineColor: (i: number, node: { table: { headerRows?: number } }) => (i === (node.table.headerRows ?? 0) ? COLOURS.muted : COLOURS.rule),
  fillColor: (row: number, node: { table: { headerRows?: number } }) => (row < (node.table.headerRows ?? 0) ? COLOURS.headerFill : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

const plural = (count: number, word: string) => `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
const num = (text: string, extra: Record<string, unknown> = {}): PdfNode => ({ text, alignment: 'right', ...extra });
const head = (text: string, right = false): PdfNode => ({ text, style: 'tableHeader', alignment: right ? 'right' : 'left' });
const bold = (node: PdfNode): PdfNode => (typeof node === 'string' ? { text: node, bold: true } : Array.isArray(node) ? node : { ...node, bold: true });

function table(widths: (number | string)[], header: PdfNode[], rows: PdfNode[][], extra: Record<string, unknown> = {}): PdfNode {
  return { table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows] }, layout: TABLE_LAYOUT, margin: [0, 2, 0, 10], ...extra };
}

function heading(text: string, pageBreak = false): PdfNode {
  return { text, style: 'h1', ...(pageBreak ? { pageBreak: 'before' } : {}) };
}

const note = (text: string): PdfNode => ({ text, style: 'note' });

/** Blocks that must stay on one page (a heading with what it introduces), so no heading ends a page alone. */
const together = (...nodes: PdfNode[]): PdfNode => ({ stack: nodes, unbreakable: true });

/** A titled table: kept whole with its title when short; a long one starts under its title and repeats its header row. */
const titledTable = (title: PdfNode, tableNode: PdfNode, rows: number): PdfNode[] => (rows <= 25 ? [together(title, tableNode)] : [title, tableNode]);
const quantities = (list: readonly UnitQuantityDto[]) =>
  list.map((q) => `${formatQuantity(q.quantity)} ${(CONTRIBUTION_UNITS.labels[q.unit] ?? q.unit).toLowerCase()}`).join(', ') || '–';

function titleBlock(figures: ImpactReportFiguresDto, logo: ReportLogo | null): PdfNode[] {
  const header = figures.header;
  const name: PdfNode = { stack: [{ text: header.libraryName, style: 'library' }, { text: 'Funder summary', style: 'kicker' }], margin: [logo ? 12 : 0, 4, 0, 0] };
  const top: PdfNode = logo
    ? { columns: [{ image: `data:${logo.mediaType};base64,${logo.data.toString('base64')}`, fit: [140, 56], width: 'auto' }, name], margin: [0, 0, 0, 14] }
    : { ...name, margin: [0, 0, 0, 14] };
  const covered = `${plural(header.programsCovered, 'program')}, ${plural(header.partnersCovered, 'partner')}`;
  const rows: [string, string][] = [
    ['Funder', header.funderName],
    ['Grant reference', header.grantReference ?? 'None given'],
    ['Period', formatPeriod(header.period.from, header.period.to)],
    ['Scope', header.scopeLabel],
    ['Covered', covered],
    ['Prepared by', header.preparedBy?.name ?? 'Not recorded'],
    ['Figures computed', formatDay(header.generatedAt)],
  ];
  return [
    top,
    { text: header.funderName, style: 'title' },
    {
      table: { widths: [110, '*'], body: rows.map(([label, value]) => [{ text: label, style: 'label' }, { text: value }]) },
      layout: 'noBorders',
      margin: [0, 6, 0, 12],
    },
    header.nothingFound ? { text: 'Nothing was found for this scope in this period: every figure below is zero.', style: 'callout' } : '',
  ];
}

function keyFigures(items: [string, string][]): PdfNode {
  return {
    columns: items.map(([label, value]) => ({ stack: [{ text: value, style: 'figure' }, { text: label, style: 'figureLabel' }] })),
    columnGap: 12,
    margin: [0, 4, 0, 12],
  };
}

function outputs(figures: ImpactReportFiguresDto): PdfNode[] {
  const o = figures.outputs;
  const bands = AGE_BANDS.keys;
  const matrix = o.attendance.byFormat.map((line) => [
    SESSION_FORMATS.labels[line.format] ?? line.format,
    num(formatCount(line.sessions)),
    ...bands.map((band) => num(formatCount(line.byAgeBand[band]))),
    num(formatCount(line.attendance), { bold: true }),
  ]);
  const totalRow = [
    bold('All formats'),
    num(formatCount(o.sessions), { bold: true }),
    ...bands.map((band) => num(formatCount(o.attendance.byAgeBand[band]), { bold: true })),
    num(formatCount(o.attendance.total), { bold: true }),
  ];
  const promo = o.promotionOnly;
  return [
    together(
      heading('Outputs'),
      note('Programs the library sponsors or co-sponsors, with a session in the period. Programs it only promoted are listed apart and not counted.'),
      keyFigures([
        ['Programs', formatCount(o.programs)],
        ['Sessions', formatCount(o.sessions)],
        ['Attendance', formatCount(o.attendance.total)],
        ['Recorded views', formatCount(o.attendance.recordedViews)],
      ]),
    ),
    { text: 'Attendance by format and age band', style: 'h2' },
    table(
      ['*', 40, ...bands.map(() => 50), 52],
      [head('Format'), head('Sessions', true), ...bands.map((band) => head(AGE_BANDS.labels[band], true)), head('Total', true)],
      [...matrix, totalRow],
    ),
    note(`Recorded views (within 30 days of a recorded session, not in attendance): ${formatCount(o.attendance.recordedViews)}.`),
    {
      stack: [{ text: 'Attendance by month', style: 'h2' }, { svg: attendanceByMonthSvg(o.byMonth, CONTENT_WIDTH, 170), width: CONTENT_WIDTH }],
      unbreakable: true,
      margin: [0, 6, 0, 8],
    },
    ...titledTable(
      { text: 'Promotion-only programs (not in the outputs)', style: 'h2' },
      promo.list.length === 0
        ? note('None in this period.')
        : table(
          ['*', 60, 70, 70],
          [head('Program'), head('Sessions', true), head('Attendance', true), head('Recorded views', true)],
          [
            ...promo.list.map((p) => [p.title, num(formatCount(p.sessions)), num(formatCount(p.attendance)), num(formatCount(p.recordedViews))]),
            [bold(plural(promo.programs, 'program')), num(formatCount(promo.sessions), { bold: true }), num(formatCount(promo.attendance), { bold: true }), ''],
          ],
        ),
      promo.list.length,
    ),
  ];
}

function outcomes(figures: ImpactReportFiguresDto): PdfNode[] {
  if (figures.outcomes.length === 0) return [heading('Outcomes'), note('No outcome survey results were recorded for the covered programs in this period.')];
  const chart = outcomesSvg(figures.outcomes, CONTENT_WIDTH);
  return [
    together(
    heading('Outcomes'),
    note('Share agreeing = (agree + strongly agree) ÷ those who answered; n is those who answered. Non-responses are shown beside it and are not in n.'),
    table(
      ['*', 58, 52, 28, 28, 28, 28, 28, 40],
      [
        head('Measure'),
        head('Timing'),
        head('Agree (n)', true),
        ...ANSWER_OPTIONS.keys.map((option) => head(ABBREVIATED_OPTIONS[option] ?? option, true)),
        head('No answer', true),
      ],
      figures.outcomes.map((line) => [
        (OUTCOME_MEASURES.labels[line.measure] ?? line.measure).split(':')[0] ?? line.measure,
        OUTCOME_TIMINGS.labels[line.timing] ?? line.timing,
        num(`${formatShare(line.agreeShare)} (${formatCount(line.answered)})`, { bold: true }),
        ...ANSWER_OPTIONS.keys.map((option) => num(formatCount(line.counts[option]))),
        num(formatCount(line.nonResponses)),
      ]),
    ),
    ),
    note('SD strongly disagree · D disagree · N neither · A agree · SA strongly agree.'),
    { stack: [{ text: 'Share agreeing, by measure and timing', style: 'h2' }, { svg: chart.svg, width: CONTENT_WIDTH }], unbreakable: true, margin: [0, 6, 0, 8] },
  ];
}

const ABBREVIATED_OPTIONS: Record<string, string> = { 'strongly-disagree': 'SD', disagree: 'D', neutral: 'N', agree: 'A', 'strongly-agree': 'SA' };

function partners(figures: ImpactReportFiguresDto): PdfNode[] {
  const p = figures.partners;
  const totals = p.contributions;
  return [
    heading('Partners and contributions', true),
    keyFigures([
      ['Partners', formatCount(p.count)],
      ['Contributions', formatMoney(totals.moneyValue)],
      ['Volunteer hours', formatQuantity(totals.volunteerHours)],
      ...totals.bySide.map((side): [string, string] => [`Given by the ${(SIDES.labels[side.side] ?? side.side).toLowerCase()}`, formatMoney(side.moneyValue)]),
    ]),
    p.list.length === 0
      ? note('No partner was covered in this period.')
      : table(
          ['*', 92, 92, 40, 62, 44],
          [head('Partner'), head('Type'), head('Roles'), head('Programs', true), head('Contributed', true), head('Vol. hours', true)],
          p.list.map((partner) => [
            partner.name,
            { text: PARTNER_TYPES.labels[partner.type] ?? partner.type, fontSize: 8 },
            { text: partner.roles.map((role) => PROGRAM_ROLES.labels[role] ?? role).join(', ') || '–', fontSize: 8 },
            num(formatCount(partner.programs)),
            num(formatMoney(partner.contributions.moneyValue)),
            num(formatQuantity(partner.contributions.volunteerHours)),
          ]),
        ),
    note('Contributed: the money value of the partner’s own actual contributions dated in the period.'),
    ...titledTable(
    { text: 'Contributions by side and type', style: 'h2' },
    p.bySideAndType.length === 0
      ? note('No actual contributions were recorded in this period.')
      : table(
          [60, '*', 40, '*', 70],
          [head('Side'), head('Type'), head('Lines', true), head('Quantities'), head('Value', true)],
          p.bySideAndType.map((line) => [
            SIDES.labels[line.side] ?? line.side,
            CONTRIBUTION_TYPES.labels[line.type] ?? line.type,
            num(formatCount(line.count)),
            { text: quantities(line.quantityByUnit), style: 'small' },
            num(formatMoney(line.moneyValue)),
          ]),
        ),
      p.bySideAndType.length,
    ),
    ...titledTable(
    { text: 'Volunteer time valued', style: 'h2' },
    p.volunteerValuation.length === 0
      ? note('No volunteer hours were recorded in this period.')
      : table(
          [60, '*', 36, 56, 70],
          [head('Rate'), head('Source of the rate'), head('Year', true), head('Hours', true), head('Value', true)],
          p.volunteerValuation.map((line) => [
            line.rate === null ? 'No rate' : `${formatMoney(line.rate)}/h`,
            line.rateSource ?? (line.rate === null ? 'Hours entered without a rate' : 'Not recorded'),
            num(line.rateYear === null ? '–' : String(line.rateYear)),
            num(formatQuantity(line.hours)),
            num(formatMoney(line.moneyValue)),
          ]),
        ),
      p.volunteerValuation.length,
    ),
  ];
}

const bandCounts = (s: FactorStateDto) => `${s.strength} / ${s.borderline} / ${s.concern} / ${s.insufficient}`;

function health(figures: ImpactReportFiguresDto): PdfNode[] {
  const h = figures.health;
  return [
    together(
    heading('Partnership health'),
    note(
      `The five-factor profile of the ${formatCount(h.partners)} partners covered, from each partner’s latest snapshot on or before the period’s end and start ` +
        `(${formatCount(h.withSnapshot)} have one by the end). Scores run from 1 to 5; n is the partners scored. Change is the mean over partners scored at both ends.`,
    ),
    table(
      ['*', 52, 76, 40, 52, 56],
      [head('Factor'), head('End (n)', true), head('Strength / borderline / concern / not enough evidence', true), head('Start', true), head('Change (n)', true), head('Up / down', true)],
      h.factors.map((line) => [
        FACTORS.labels[line.factor] ?? line.factor,
        num(`${formatScore(line.end.mean)} (${formatCount(line.end.n)})`, { bold: true }),
        num(bandCounts(line.end), { style: 'small' }),
        num(formatScore(line.start.mean)),
        num(`${formatScore(line.change, true)} (${formatCount(line.changeN)})`),
        num(`${line.improved} / ${line.declined}`),
      ]),
    ),
    note('Up / down: partners whose score rose or fell by a real change (their 80% intervals no longer overlap).'),
    ),
  ];
}

function stories(figures: ImpactReportFiguresDto): PdfNode[] {
  const s = figures.stories;
  const intro =
    s.total === 0
      ? 'No story or quote with consent to quote was noted in this period.'
      : `${formatCount(s.total)} stories and quotes may be quoted${s.total > s.shown.length ? `; the newest ${s.shown.length} are shown` : ''}. Only those with consent appear here.`;
  const [first, ...rest] = s.shown.map(
      (story): PdfNode => ({
        stack: [
          { text: story.text, style: story.kind === 'quote' ? 'quote' : 'story' },
          {
            text: [
              story.attribution ? `${story.attribution} · ` : '',
              [story.partnerName, story.programTitle].filter(Boolean).join(', '),
              `${story.partnerName || story.programTitle ? ' · ' : ''}${formatDay(story.notedOn)} · ${IMPACT_NOTE_KINDS.labels[story.kind] ?? story.kind}, ${(VALUE_DIMENSIONS.labels[story.valueDimension] ?? story.valueDimension).toLowerCase()}`,
            ].join(''),
            style: 'attribution',
          },
        ],
        unbreakable: true,
        margin: [0, 4, 0, 8],
      }),
  );
  return [together(heading('Stories and quotes'), note(intro), ...(first ? [first] : [])), ...rest];
}

/** The filter without one parameter (the partner of a partner's line, to describe every line at once). */
function withoutParam(source: string, name: string): string {
  const params = new URLSearchParams(source);
  params.delete(name);
  return params.toString();
}

/** Every figure group with the records it was counted from, in words and as the filter the app opens. */
function appendix(figures: ImpactReportFiguresDto): PdfNode[] {
  const o = figures.outputs;
  const entries: [string, string][] = [
    ['Programs', o.programsSource],
    ['Sessions, attendance and attendance by age band (each month: the same, that month only)', o.sessionsSource],
    ...o.formatSources.map((f): [string, string] => [`Sessions and attendance: ${(SESSION_FORMATS.labels[f.format as keyof typeof SESSION_FORMATS.labels] ?? f.format).toLowerCase()}`, f.source]),
    ['Promotion-only programs', o.promotionOnly.source],
    ...figures.outcomes.map((line): [string, string] => [
      `Outcome: ${(OUTCOME_MEASURES.labels[line.measure] ?? line.measure).split(':')[0]}, ${(OUTCOME_TIMINGS.labels[line.timing] ?? line.timing).toLowerCase()}`,
      line.source,
    ]),
    ['Contributions (all)', figures.partners.contributionsSource],
    ...figures.partners.bySideAndType.map((line): [string, string] => [
      `Contributions: ${(SIDES.labels[line.side] ?? line.side).toLowerCase()}, ${(CONTRIBUTION_TYPES.labels[line.type] ?? line.type).toLowerCase()}`,
      line.source,
    ]),
    ...figures.partners.volunteerValuation.map((line): [string, string] => [`Volunteer time at ${line.rate === null ? 'no rate' : `${formatMoney(line.rate)}/h`}`, line.source]),
    ['Partnership health (each factor: the same, with factor=<code>)', figures.health.source],
    ['Stories and quotes', figures.stories.source],
  ];
  const firstPartner = figures.partners.list[0];
  const body: PdfNode[][] = entries.map(([figure, source]) => [figure, { stack: [describeSource(source, figures), { text: source, style: 'filter' }] }]);
  if (firstPartner) {
    // One line for the partner table rather than one per partner: each row's filter is the same with its partner.
    body.push([
      'Each partner’s line in the partner table',
      {
        stack: [
          `${describeSource(withoutParam(firstPartner.source, 'partner'), figures)}, that partner’s own`,
          { text: firstPartner.source.replace(firstPartner.id, '<partner id>'), style: 'filter' },
        ],
      },
    ]);
  }
  return [
    heading('Evidence appendix', true),
    note('Every figure can be traced to the records it was counted from. Open a filter in the app at /reports/evidence?<filter> to list them.'),
    table([150, '*'], [head('Figure'), head('Records counted')], body),
  ];
}

export function impactReportDocument(figures: ImpactReportFiguresDto, options: PdfOptions): object {
  const generated = `Generated ${formatDay(options.generatedAt.toISOString())}`;
  const runningTitle = `${figures.header.libraryName} · Funder summary for ${figures.header.funderName}`;
  return {
    pageSize: 'LETTER',
    pageMargins: [PAGE.margin, 54, PAGE.margin, 54],
    info: { title: runningTitle, author: figures.header.libraryName, subject: `Funder summary, ${formatPeriod(figures.header.period.from, figures.header.period.to)}`, creator: 'Common Ground' },
    header: (currentPage: number) =>
      currentPage === 1 ? '' : { text: runningTitle, style: 'running', margin: [PAGE.margin, 26, PAGE.margin, 0] },
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: generated, style: 'running' },
        { text: `Page ${currentPage} of ${pageCount}`, style: 'running', alignment: 'right' },
      ],
      margin: [PAGE.margin, 20, PAGE.margin, 0],
    }),
    content: [...titleBlock(figures, options.logo), ...outputs(figures), ...outcomes(figures), ...partners(figures), ...health(figures), ...stories(figures), ...appendix(figures)],
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2, color: COLOURS.text },
    styles: {
      library: { fontSize: 13, bold: true, color: COLOURS.accent },
      kicker: { fontSize: 9, color: COLOURS.muted, characterSpacing: 0.5 },
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 2] },
      label: { color: COLOURS.muted },
      callout: { italics: true, color: COLOURS.accent, margin: [0, 0, 0, 10] },
      h1: { fontSize: 15, bold: true, color: COLOURS.accent, margin: [0, 14, 0, 4] },
      h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
      note: { fontSize: 8, color: COLOURS.muted, margin: [0, 0, 0, 6] },
      figure: { fontSize: 17, bold: true },
      figureLabel: { fontSize: 8, color: COLOURS.muted },
      tableHeader: { fontSize: 8, bold: true, color: COLOURS.text },
      small: { fontSize: 8 },
      quote: { fontSize: 10, italics: true },
      story: { fontSize: 9.5 },
      attribution: { fontSize: 8, color: COLOURS.muted, margin: [0, 2, 0, 0] },
      filter: { fontSize: 7, color: COLOURS.muted },
      running: { fontSize: 7.5, color: COLOURS.muted },
    },
  };
}

/** The PDF bytes. A logo pdfkit cannot read (a damaged file that passed the upload's checks) is left out, not fatal. */
export async function impactReportPdf(figures: ImpactReportFiguresDto, options: PdfOptions): Promise<Buffer> {
  try {
    return await pdfmake.createPdf(impactReportDocument(figures, options)).getBuffer();
  } catch (error) {
    if (!options.logo) throw error;
    return pdfmake.createPdf(impactReportDocument(figures, { ...options, logo: null })).getBuffer();
  }
}
