import type { ImpactReportDto, ImpactReportSummaryDto, ReportAuthorDto } from './dto/impact-report.response.dto';
import type { ImpactReportRow, ImpactReportState, ImpactReportSummaryRow } from './impact-reports.repository';

const authorOf = (row: { created_by: string | null; author_name: string | null }): ReportAuthorDto | null =>
  row.created_by === null ? null : { id: row.created_by, name: row.author_name ?? '' };

/** A saved report with the figures exactly as frozen ('' grant reference = none). */
export function toImpactReportResponse(row: ImpactReportRow): ImpactReportDto {
  return {
    id: row.id,
    funderName: row.funder_name,
    grantReference: row.grant_reference === '' ? null : row.grant_reference,
    period: { from: row.period_from, to: row.period_to },
    scope: row.scope,
    figures: row.figures,
    author: authorOf(row),
    createdAt: row.created_at.toISOString(),
    version: row.version,
    archived: row.archived_at !== null,
  };
}

export function toImpactReportSummary(row: ImpactReportSummaryRow): ImpactReportSummaryDto {
  return {
    id: row.id,
    funderName: row.funder_name,
    grantReference: row.grant_reference === '' ? null : row.grant_reference,
    period: { from: row.period_from, to: row.period_to },
    scope: row.scope,
    scopeLabel: row.scope_label,
    programs: row.programs,
    sessions: row.sessions,
    attendance: row.attendance,
    author: authorOf(row),
    createdAt: new Date(row.created_at).toISOString(),
    archived: row.archived,
  };
}

/** What the audit log keeps of a saved report's changes (archive and restore): never the figures. */
export function impactReportAuditSnapshot(state: ImpactReportState): Record<string, unknown> {
  return { funderName: state.funderName, archivedAt: state.archivedAt ? state.archivedAt.toISOString() : null };
}
