import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { prepared, preparedQuery } from '../../common/database/prepared-query';
import type { PageRequest } from '../../common/pagination/page';
import type { ImpactReportFiguresDto } from './dto/impact-report.response.dto';
import type { ReportDefinition, ReportScope } from './report-definition';

/** The columns of a saved report that archive and restore change and audit. */
export interface ImpactReportState {
  id: string;
  funderName: string;
  createdBy: string | null;
  updatedBy: string | null;
  version: number;
  archivedAt: Date | null;
}

/** A saved report as read, with its author's name and its frozen figures. */
export interface ImpactReportRow {
  id: string;
  funder_name: string;
  grant_reference: string;
  period_from: string;
  period_to: string;
  scope: ReportScope;
  figures: ImpactReportFiguresDto;
  created_by: string | null;
  author_name: string | null;
  created_at: Date;
  version: number;
  archived_at: Date | null;
}

/** A line of the saved reports list: the figures' totals read out of the frozen JSON, never the whole of it. */
export interface ImpactReportSummaryRow {
  id: string;
  funder_name: string;
  grant_reference: string;
  period_from: string;
  period_to: string;
  scope: ReportScope;
  scope_label: string;
  programs: number;
  sessions: number;
  attendance: number;
  created_by: string | null;
  author_name: string | null;
  /** Read through JSON: the timestamp's text. */
  created_at: string;
  archived: boolean;
}

export interface NewImpactReport {
  definition: ReportDefinition;
  figures: ImpactReportFiguresDto;
  computedAt: Date;
  createdBy: string;
}

const REPORT_COLUMNS = `r.id, r.funder_name, r.grant_reference, r.period_from::text AS period_from, r.period_to::text AS period_to, r.scope,
  r.created_by, u.name AS author_name, r.created_at, r.version, r.archived_at`;

const STATE_COLUMNS = `id, funder_name AS "funderName", created_by AS "createdBy", updated_by AS "updatedBy", version, archived_at AS "archivedAt"`;

/** Saved funder summaries (impact_reports): their definition, frozen figures and record stamps. */
@Injectable()
export class ImpactReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(report: NewImpactReport, db: EntityManager): Promise<string> {
    const { definition } = report;
    const rows = await prepared<{ id: string }>(
      db,
      `INSERT INTO impact_reports (funder_name, grant_reference, period_from, period_to, scope, figures, figures_computed_at,
                                   created_by, updated_by, version)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $8, 1) RETURNING id`,
      [
        definition.funderName,
        definition.grantReference ?? '',
        definition.period.from,
        definition.period.to,
        JSON.stringify(definition.scope),
        JSON.stringify(report.figures),
        report.computedAt,
        report.createdBy,
      ],
    );
    return rows[0]!.id;
  }

  async find(id: string, db?: EntityManager): Promise<ImpactReportRow | null> {
    const rows = await preparedQuery<ImpactReportRow>(
      this.dataSource,
      `SELECT ${REPORT_COLUMNS}, r.figures FROM impact_reports r LEFT JOIN users u ON u.id = r.created_by WHERE r.id = $1`,
      [id],
      db,
    );
    return rows[0] ?? null;
  }

  /** Locks the row for the rest of the transaction, so two archives or restores are applied one after the other. */
  async findStateForUpdate(id: string, db: EntityManager): Promise<ImpactReportState | null> {
    const rows = await prepared<ImpactReportState>(db, `SELECT ${STATE_COLUMNS} FROM impact_reports WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  async saveState(state: ImpactReportState, db: EntityManager): Promise<ImpactReportState> {
    const rows = await prepared<ImpactReportState>(
      db,
      `UPDATE impact_reports SET archived_at = $2, updated_by = $3, updated_at = now(), version = version + 1
        WHERE id = $1 RETURNING ${STATE_COLUMNS}`,
      [state.id, state.archivedAt, state.updatedBy],
    );
    return rows[0]!;
  }

  /**
   * Reports in use, newest first (IDX_impact_reports_created), whose funder name or grant reference contains `q`
   * (as typed: strpos, so % and _ are plain text), with how many there are.
   */
  async list(q: string | undefined, page: PageRequest): Promise<{ rows: ImpactReportSummaryRow[]; total: number }> {
    const search = q ? `AND (strpos(lower(r.funder_name), lower($3)) > 0 OR strpos(lower(r.grant_reference), lower($3)) > 0)` : '';
    const values: unknown[] = [page.limit, page.offset];
    if (q) values.push(q);
    const rows = await preparedQuery<{ total: number; items: ImpactReportSummaryRow[] }>(
      this.dataSource,
      `SELECT (SELECT count(*)::int FROM impact_reports r WHERE r.archived_at IS NULL ${search}) AS total,
              (SELECT coalesce(json_agg(g ORDER BY g.created_at DESC, g.id), '[]') FROM (
                 SELECT r.id, r.funder_name, r.grant_reference, r.period_from::text AS period_from, r.period_to::text AS period_to, r.scope,
                        r.figures->'header'->>'scopeLabel' AS scope_label,
                        (r.figures->'outputs'->>'programs')::int AS programs,
                        (r.figures->'outputs'->>'sessions')::int AS sessions,
                        (r.figures->'outputs'->'attendance'->>'total')::int AS attendance,
                        r.created_by, u.name AS author_name, r.created_at, r.archived_at IS NOT NULL AS archived
                   FROM impact_reports r LEFT JOIN users u ON u.id = r.created_by
                  WHERE r.archived_at IS NULL ${search}
                  ORDER BY r.created_at DESC, r.id
                  LIMIT $1 OFFSET $2) g) AS items`,
      values,
    );
    const row = rows[0]!;
    return { rows: row.items, total: row.total };
  }
}
