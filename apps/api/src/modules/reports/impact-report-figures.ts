import {
  CONTRIBUTION_TYPES,
  COUNTED_LIBRARY_ROLES,
  FACTORS,
  type Factor,
  PROGRAM_ROLES,
  SESSION_FORMATS,
  SIDES,
} from '@common-ground/domain';
import { compareSnapshots, type ScoringPolicy } from '@common-ground/scoring';
import { foldContributionTotals } from '../contributions/contribution-totals';
import { fromHundredths, toHundredths } from '../contributions/money';
import { foldOutcomes, foldSessions } from '../value/value-figures';
import type {
  FactorStateDto,
  ImpactReportFiguresDto,
  ReportAuthorDto,
  ReportFactorDto,
  ReportHealthDto,
  ReportMonthDto,
  ReportOutputsDto,
  ReportPartnersDto,
  ReportSideTypeDto,
  VolunteerValuationDto,
} from './dto/impact-report.response.dto';
import { type EvidenceBreakdown, evidenceSource } from './evidence-source';
import { PROMOTION_ONLY, type ReportFigureRows, type ReportHealthRow, type SnapshotFactor } from './impact-report-figures.repository';
import { type ReportDefinition, monthsOf, type ScopeNames, scopeLabel } from './report-definition';

/** What a report's figures are folded with besides its rows: the definition, who prepares it, when, and the scoring policy. */
export interface FoldContext {
  definition: ReportDefinition;
  names: ScopeNames;
  preparedBy: ReportAuthorDto | null;
  generatedAt: Date;
  policy: ScoringPolicy;
}

/** A numeric column's text as dollars or hours (exact to the hundredth). */
const amount = (text: string): number => fromHundredths(toHundredths(text));

/**
 * The figures of a funder summary from its grouped rows. Pure: the same rows and context always give the same
 * figures, so a preview and the report saved from it agree.
 */
export function foldReportFigures(rows: ReportFigureRows, context: FoldContext): ImpactReportFiguresDto {
  const { definition } = context;
  const source = (breakdown: EvidenceBreakdown) => evidenceSource(definition, breakdown);
  const counted = { libraryRoles: COUNTED_LIBRARY_ROLES };

  const outputs = foldOutputs(rows, definition, source);
  const partners = foldPartners(rows, source);
  const health = foldHealth(rows.health, definition, context.policy, source);
  const lines = rows.contributions.reduce((n, group) => n + group.count, 0);

  return {
    header: {
      libraryName: rows.library_name,
      funderName: definition.funderName,
      grantReference: definition.grantReference,
      period: { ...definition.period },
      scope: definition.scope,
      scopeLabel: scopeLabel(definition.scope, context.names),
      programsCovered: rows.programs,
      partnersCovered: rows.partners.length,
      preparedBy: context.preparedBy,
      generatedAt: context.generatedAt.toISOString(),
      nothingFound: rows.programs === 0 && rows.promotion_only.length === 0 && rows.partners.length === 0 && lines === 0 && rows.stories_total === 0,
    },
    outputs,
    outcomes: foldOutcomes(rows.outcomes).map((line) => ({
      ...line,
      source: source({ kind: 'outcome-results', ...counted, measure: line.measure, timing: line.timing }),
    })),
    partners,
    health,
    stories: {
      total: rows.stories_total,
      shown: rows.stories.map((story) => ({
        id: story.id,
        kind: story.kind,
        text: story.text,
        attribution: story.attribution,
        valueDimension: story.value_dimension,
        notedOn: story.noted_on,
        partnerName: story.partner_name,
        programTitle: story.program_title,
      })),
      source: source({ kind: 'impact-notes', ...counted }),
    },
  };
}

type SourceOf = (breakdown: EvidenceBreakdown) => string;

function foldOutputs(rows: ReportFigureRows, definition: ReportDefinition, source: SourceOf): ReportOutputsDto {
  const counted = { libraryRoles: COUNTED_LIBRARY_ROLES };
  const { sessions, attendance } = foldSessions(rows.sessions);
  const months = new Map(rows.months.map((row) => [row.month, row]));
  const byMonth: ReportMonthDto[] = monthsOf(definition.period).map((month) => {
    const row = months.get(month);
    return { month, sessions: row?.sessions ?? 0, attendance: row?.attendance ?? 0, recordedViews: row?.recorded_views ?? 0 };
  });
  const promoted = rows.promotion_only;
  return {
    programs: rows.programs,
    sessions,
    attendance,
    byMonth,
    programsSource: source({ kind: 'programs', ...counted }),
    sessionsSource: source({ kind: 'sessions', ...counted }),
    formatSources: SESSION_FORMATS.keys.map((format) => ({ format, source: source({ kind: 'sessions', ...counted, format }) })),
    promotionOnly: {
      programs: promoted.length,
      sessions: promoted.reduce((n, p) => n + p.sessions, 0),
      attendance: promoted.reduce((n, p) => n + p.attendance, 0),
      list: promoted.map((p) => ({ id: p.id, title: p.title, sessions: p.sessions, attendance: p.attendance, recordedViews: p.recorded_views })),
      source: source({ kind: 'programs', libraryRoles: [PROMOTION_ONLY] }),
    },
  };
}

function foldPartners(rows: ReportFigureRows, source: SourceOf): ReportPartnersDto {
  const counted = { libraryRoles: COUNTED_LIBRARY_ROLES };
  const bySideAndType: ReportSideTypeDto[] = [];
  for (const side of SIDES.keys) {
    for (const type of CONTRIBUTION_TYPES.keys) {
      const groups = rows.contributions.filter((g) => g.side === side && g.type === type);
      const total = foldContributionTotals(groups).byType[0];
      if (!total) continue;
      bySideAndType.push({
        side,
        type,
        count: total.count,
        moneyValue: total.moneyValue,
        quantityByUnit: total.quantityByUnit,
        source: source({ kind: 'contributions', ...counted, side, type }),
      });
    }
  }
  // The current rate first, then older ones; hours entered without a rate last.
  const valuation = [...rows.valuation].sort(
    (a, b) =>
      (a.rate === null ? 1 : 0) - (b.rate === null ? 1 : 0) ||
      (b.rate_year ?? 0) - (a.rate_year ?? 0) ||
      amount(b.rate ?? '0') - amount(a.rate ?? '0') ||
      (a.rate_source ?? '').localeCompare(b.rate_source ?? ''),
  );
  const volunteerValuation: VolunteerValuationDto[] = valuation.map((line) => {
    const rate = line.rate === null ? null : amount(line.rate);
    return {
      rate,
      rateSource: line.rate_source,
      rateYear: line.rate_year,
      hours: amount(line.hours),
      moneyValue: amount(line.money_value),
      count: line.count,
      source: source({
        kind: 'contributions',
        ...counted,
        type: 'volunteers',
        unit: 'hours',
        rate,
        rateYear: line.rate_year,
        rateSource: line.rate_source,
      }),
    };
  });
  const roleOrder = (role: string) => PROGRAM_ROLES.keys.indexOf(role as (typeof PROGRAM_ROLES.keys)[number]);
  return {
    count: rows.partners.length,
    list: rows.partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      type: partner.type,
      roles: [...partner.roles].sort((a, b) => roleOrder(a) - roleOrder(b)),
      programs: partner.programs,
      contributions: { count: partner.count, moneyValue: amount(partner.money_value), volunteerHours: amount(partner.volunteer_hours) },
      source: source({ kind: 'contributions', ...counted, side: 'partner', partner: partner.id }),
    })),
    contributions: foldContributionTotals(rows.contributions),
    contributionsSource: source({ kind: 'contributions', ...counted }),
    bySideAndType,
    volunteerValuation,
  };
}

const INSUFFICIENT = 'insufficient';
const isScored = (factor: SnapshotFactor | undefined): factor is SnapshotFactor =>
  factor !== undefined && factor[2] !== INSUFFICIENT && typeof factor[0] === 'number';

/** Mean and bands of one factor over the covered partners; a partner without a snapshot or a score is insufficient. */
function factorState(factors: readonly (SnapshotFactor | undefined)[], partners: number): FactorStateDto {
  const scored = factors.filter(isScored);
  const band = (name: string) => scored.filter((f) => f[2] === name).length;
  const strength = band('strength');
  const borderline = band('borderline');
  const concern = band('concern');
  return {
    mean: scored.length === 0 ? null : scored.reduce((sum, f) => sum + f[0], 0) / scored.length,
    n: scored.length,
    strength,
    borderline,
    concern,
    insufficient: partners - strength - borderline - concern,
  };
}

/**
 * The five factors at the period's end and start. A partner's change counts only when the factor is scored at
 * both ends; improved and declined use libs/scoring's real-change rule (|Δ| > z·√(se₁² + se₂²), SCORING.md "Trend"),
 * with the library's scoring policy.
 */
function foldHealth(rows: readonly ReportHealthRow[], definition: ReportDefinition, policy: ScoringPolicy, source: SourceOf): ReportHealthDto {
  const partners = rows.length;
  const factors: ReportFactorDto[] = FACTORS.keys.map((factor: Factor) => {
    const end = rows.map((row) => row.end?.[factor]);
    const start = rows.map((row) => row.start?.[factor]);
    let changeSum = 0;
    let changeN = 0;
    let improved = 0;
    let declined = 0;
    rows.forEach((_, i) => {
      const before = start[i];
      const after = end[i];
      if (!isScored(before) || !isScored(after)) return;
      const change = compareSnapshots(
        { asOf: definition.period.from, score: before[0], se: before[1] },
        { asOf: definition.period.to, score: after[0], se: after[1] },
        policy,
      );
      changeSum += change.delta;
      changeN += 1;
      if (change.real && change.delta > 0) improved += 1;
      if (change.real && change.delta < 0) declined += 1;
    });
    return {
      factor,
      end: factorState(end, partners),
      start: factorState(start, partners),
      change: changeN === 0 ? null : changeSum / changeN,
      changeN,
      improved,
      declined,
    };
  });
  return {
    partners,
    withSnapshot: rows.filter((row) => row.end !== null).length,
    factors,
    source: source({ kind: 'health-snapshots', libraryRoles: COUNTED_LIBRARY_ROLES }),
  };
}
