import {
  CONTRIBUTION_TYPES,
  EVIDENCE_KINDS,
  FACTORS,
  FOCUS_AREAS,
  OUTCOME_MEASURES,
  OUTCOME_TIMINGS,
  SESSION_FORMATS,
  SIDES,
} from '@common-ground/domain';
import type { ImpactReportFiguresDto } from '../dto/impact-report.response.dto';
import { formatPeriod } from './report-format';

/** The library's part in a program, as a verb: "programs the library sponsors or co-sponsors". */
const ROLE_VERBS: Record<string, string> = { sponsor: 'sponsors', 'co-sponsor': 'co-sponsors', 'promotion-only': 'only promotes' };

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A label from a vocabulary, or the raw value when the saved report holds one the vocabulary no longer has. */
function labelOf(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}

/**
 * A figure's evidence filter (its `source` query string) in words, for the PDF's appendix: which records, of which
 * period and scope, narrowed how. Partner ids are named from the report's own partner list; anything the report
 * cannot name is counted ("2 chosen programs"), so the words never depend on records that changed since.
 */
export function describeSource(source: string, figures: ImpactReportFiguresDto): string {
  const params = new URLSearchParams(source);
  const kind = params.get('kind') ?? '';
  const parts: string[] = [labelOf(EVIDENCE_KINDS.labels, kind)];
  const roles = params.getAll('libraryRole');
  if (roles.length > 0) {
    const verbs = roles.map((role) => ROLE_VERBS[role] ?? role).join(' or ');
    parts[0] = kind === 'programs' ? `Programs the library ${verbs}` : `${parts[0]} of programs the library ${verbs}`;
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from && to) parts.push(formatPeriod(from, to));
  const scope = params.get('scope');
  if (scope === 'all') parts.push('all partners');
  else if (scope === 'partners') parts.push(figures.header.scope.kind === 'partners' ? lower(figures.header.scopeLabel) : `${params.getAll('partnerId').length} chosen partners`);
  else if (scope === 'programs') parts.push(figures.header.scope.kind === 'programs' ? lower(figures.header.scopeLabel) : `${params.getAll('programId').length} chosen programs`);
  else if (scope === 'focus-areas') parts.push(`focus areas ${params.getAll('focusArea').map((f) => labelOf(FOCUS_AREAS.labels, f)).join(', ')}`);
  const format = params.get('format');
  if (format) parts.push(`format ${lower(labelOf(SESSION_FORMATS.labels, format))}`);
  const measure = params.get('measure');
  if (measure) parts.push(`measure “${labelOf(OUTCOME_MEASURES.labels, measure)}”`);
  const timing = params.get('timing');
  if (timing) parts.push(lower(labelOf(OUTCOME_TIMINGS.labels, timing)));
  const side = params.get('side');
  if (side) parts.push(`given by the ${lower(labelOf(SIDES.labels, side))}`);
  const type = params.get('type');
  if (type) parts.push(`type ${lower(labelOf(CONTRIBUTION_TYPES.labels, type))}`);
  const partner = params.get('partner');
  if (partner) parts.push(`partner ${figures.partners.list.find((p) => p.id === partner)?.name ?? 'no longer in the report'}`);
  const factor = params.get('factor');
  if (factor) parts.push(`factor ${labelOf(FACTORS.labels, factor)}`);
  if (kind === 'contributions') parts.splice(1, 0, 'actual, in use');
  return parts.join(', ');
}
