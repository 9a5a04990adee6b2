import {
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  EVIDENCE_KINDS,
  FACTORS,
  FOCUS_AREAS,
  LIBRARY_ROLES,
  OUTCOME_MEASURES,
  OUTCOME_TIMINGS,
  REPORT_SCOPE_KINDS,
  SESSION_FORMATS,
  SIDES,
} from '@common-ground/domain';
import type { ImpactReportFiguresDto } from '../dto/impact-report.response.dto';
import { type EvidenceBreakdown, NO_RATE } from '../evidence-source';
import { describeEvidence } from '../evidence-words';
import { normaliseScope } from '../report-definition';

/** A value of a vocabulary, or undefined for one a saved report holds that the vocabulary no longer has. */
function pick<K extends string>(vocabulary: { has: (value: unknown) => value is K }, value: string | null): K | undefined {
  return value !== null && vocabulary.has(value) ? value : undefined;
}

function picks<K extends string>(vocabulary: { has: (value: unknown) => value is K }, values: string[]): K[] {
  return values.filter((value): value is K => vocabulary.has(value));
}

/**
 * A figure's evidence filter (its `source` query string) in words, for the PDF's appendix: the same words the
 * evidence list shows as its description (describeEvidence), read back from the filter the figure carries. A
 * partner is named from the report's own partner list, so the words never depend on records changed since.
 */
export function describeSource(source: string, figures: ImpactReportFiguresDto): string {
  const params = new URLSearchParams(source);
  const kind = pick(EVIDENCE_KINDS, params.get('kind'));
  const from = params.get('from');
  const to = params.get('to');
  const scopeKind = pick(REPORT_SCOPE_KINDS, params.get('scope'));
  if (!kind || !from || !to || !scopeKind) return source;
  const libraryRoles = picks(LIBRARY_ROLES, params.getAll('libraryRole'));
  const rate = params.get('rate');
  const rateYear = params.get('rateYear');
  const breakdown: EvidenceBreakdown = {
    kind,
    libraryRoles: libraryRoles.length > 0 ? libraryRoles : undefined,
    format: pick(SESSION_FORMATS, params.get('format')),
    measure: pick(OUTCOME_MEASURES, params.get('measure')),
    timing: pick(OUTCOME_TIMINGS, params.get('timing')),
    side: pick(SIDES, params.get('side')),
    type: pick(CONTRIBUTION_TYPES, params.get('type')),
    unit: pick(CONTRIBUTION_UNITS, params.get('unit')),
    rate: rate === null ? undefined : rate === NO_RATE ? null : Number(rate),
    rateYear: rateYear === null ? undefined : Number(rateYear),
    rateSource: params.get('rateSource') ?? undefined,
    partner: params.get('partner') ?? undefined,
    factor: pick(FACTORS, params.get('factor')),
  };
  const scope = normaliseScope({
    kind: scopeKind,
    partnerIds: params.getAll('partnerId'),
    programIds: params.getAll('programId'),
    focusAreas: picks(FOCUS_AREAS, params.getAll('focusArea')),
  });
  const partnerName = breakdown.partner ? (figures.partners.list.find((p) => p.id === breakdown.partner)?.name ?? null) : null;
  return describeEvidence({ period: { from, to }, scope, countedRoles: breakdown.libraryRoles ?? null }, breakdown, partnerName);
}
