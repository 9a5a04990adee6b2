import type {
  ContributionType,
  ContributionUnit,
  EvidenceKind,
  Factor,
  LibraryRole,
  OutcomeMeasure,
  OutcomeTiming,
  SessionFormat,
  Side,
} from '@common-ground/domain';
import type { ReportPeriod, ReportScope } from './report-definition';

/**
 * What narrows a figure's records beyond the report's period and scope. `rate` null is the group of volunteer hours
 * recorded without a rate ("none" in the query string).
 */
export interface EvidenceBreakdown {
  kind: EvidenceKind;
  /** Programs where the library has one of these roles; left out, any role. */
  libraryRoles?: readonly LibraryRole[];
  format?: SessionFormat;
  measure?: OutcomeMeasure;
  timing?: OutcomeTiming;
  side?: Side;
  type?: ContributionType;
  unit?: ContributionUnit;
  rate?: number | null;
  rateYear?: number | null;
  rateSource?: string | null;
  partner?: string;
  factor?: Factor;
}

/** The value of `rate` for lines recorded without one. */
export const NO_RATE = 'none';

/**
 * The one place a figure's `source` is written: the query string of GET /api/v1/reports/impact/evidence (no leading
 * "?") that lists the records the figure was counted from. Parameters come in a fixed order (kind, period, scope and
 * its lists, library roles, then the breakdown), so equal filters are equal strings, and the report's JSON, its CSV
 * and the SPA's links all carry the same text.
 */
export function evidenceSource(report: { period: ReportPeriod; scope: ReportScope }, breakdown: EvidenceBreakdown): string {
  const query = new URLSearchParams();
  query.append('kind', breakdown.kind);
  query.append('from', report.period.from);
  query.append('to', report.period.to);
  query.append('scope', report.scope.kind);
  const scope = report.scope;
  if (scope.kind === 'partners') for (const id of scope.partnerIds) query.append('partnerId', id);
  if (scope.kind === 'programs') for (const id of scope.programIds) query.append('programId', id);
  if (scope.kind === 'focus-areas') for (const area of scope.focusAreas) query.append('focusArea', area);
  for (const role of breakdown.libraryRoles ?? []) query.append('libraryRole', role);
  if (breakdown.format) query.append('format', breakdown.format);
  if (breakdown.measure) query.append('measure', breakdown.measure);
  if (breakdown.timing) query.append('timing', breakdown.timing);
  if (breakdown.side) query.append('side', breakdown.side);
  if (breakdown.type) query.append('type', breakdown.type);
  if (breakdown.unit) query.append('unit', breakdown.unit);
  if (breakdown.rate !== undefined) {
    query.append('rate', breakdown.rate === null ? NO_RATE : breakdown.rate.toFixed(2));
    if (breakdown.rateYear !== undefined && breakdown.rateYear !== null) query.append('rateYear', String(breakdown.rateYear));
    if (breakdown.rateSource !== undefined && breakdown.rateSource !== null) query.append('rateSource', breakdown.rateSource);
  }
  if (breakdown.partner) query.append('partner', breakdown.partner);
  if (breakdown.factor) query.append('factor', breakdown.factor);
  return query.toString();
}
