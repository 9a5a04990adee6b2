import { Injectable } from '@nestjs/common';
import { roleAtLeast } from '@common-ground/domain';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { pageRequest, type PageQueryDto, toPage } from '../../common/pagination/page';
import { notFound } from '../../common/problem/domain-error';
import { type AuditedRecordKind, applyRecordChange } from '../../common/records/record-change';
import type { AuditAction } from '../audit/audit-entry.entity';
import { AuditLogService } from '../audit/audit-log.service';
import type { EvidenceQueryDto } from './dto/evidence.query.dto';
import type { ImpactReportDefinitionDto } from './dto/impact-report-definition.dto';
import type { EvidencePageDto, ImpactReportDto, ImpactReportFiguresDto, ImpactReportPageDto, ReportAuthorDto } from './dto/impact-report.response.dto';
import { ImpactReportFiguresService } from './impact-report-figures.service';
import { REPORT_WHAT } from './impact-reports.errors';
import { impactReportAuditSnapshot, toImpactReportResponse, toImpactReportSummary } from './impact-reports.mapper';
import { type ImpactReportState, ImpactReportsRepository } from './impact-reports.repository';
import { ReportEvidenceService } from './report-evidence.service';

const ENTITY_TYPE = 'impact-report';

// A report belongs to no one partner, so its changes are audited with none.
const REPORT: AuditedRecordKind<ImpactReportState> = {
  what: REPORT_WHAT,
  entityType: ENTITY_TYPE,
  snapshot: impactReportAuditSnapshot,
  partnerOf: () => null,
};

const authorOf = (staff: StaffMember): ReportAuthorDto => ({ id: staff.id, name: staff.name });

/**
 * Funder summaries (DOMAIN.md "What a funder summary contains"): the live preview, saved reports whose figures are
 * frozen when saved, archive and restore, and the records behind each figure. Managers and administrators only;
 * the routes' guard refuses librarians the builder (403), and a saved report looks missing to them (404).
 */
@Injectable()
export class ImpactReportsService {
  constructor(
    private readonly figures: ImpactReportFiguresService,
    private readonly reports: ImpactReportsRepository,
    private readonly evidenceLists: ReportEvidenceService,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async preview(staff: StaffMember, dto: ImpactReportDefinitionDto): Promise<ImpactReportFiguresDto> {
    return this.figures.compute(await this.figures.resolve(dto), authorOf(staff));
  }

  evidence(query: EvidenceQueryDto): Promise<EvidencePageDto> {
    return this.evidenceLists.list(query);
  }

  async list(query: PageQueryDto): Promise<ImpactReportPageDto> {
    const page = pageRequest(query);
    const { rows, total } = await this.reports.list(query.q?.trim() || undefined, page);
    return toPage(rows.map(toImpactReportSummary), total, page);
  }

  /**
   * Computes the figures now and stores them with the definition: the saved report never recomputes, so what was
   * sent to a funder stays as it was whatever happens to the records afterwards.
   */
  async create(staff: StaffMember, dto: ImpactReportDefinitionDto): Promise<ImpactReportDto> {
    const resolved = await this.figures.resolve(dto);
    const figures = await this.figures.compute(resolved, authorOf(staff));
    const { definition } = resolved;
    const id = await this.reports.transaction(async (db) => {
      const saved = await this.reports.insert({ definition, figures, computedAt: new Date(figures.header.generatedAt), createdBy: staff.id }, db);
      await this.audit.record(db, {
        actorId: staff.id,
        entityType: ENTITY_TYPE,
        entityId: saved,
        action: 'create',
        partnerId: null,
        after: { funderName: definition.funderName, grantReference: definition.grantReference, period: definition.period, scope: definition.scope },
      });
      return saved;
    });
    return this.get(staff, id);
  }

  /** A saved report with its frozen figures; archived ones too. Librarians may not see reports: to them it is missing. */
  async get(staff: StaffMember, id: string): Promise<ImpactReportDto> {
    if (!roleAtLeast(staff.role, 'manager')) throw notFound(REPORT_WHAT);
    const row = await this.reports.find(id);
    if (!row) throw notFound(REPORT_WHAT);
    return toImpactReportResponse(row);
  }

  archive(staff: StaffMember, id: string, version: number): Promise<ImpactReportDto> {
    return this.change(staff, id, version, 'archive', (report) => {
      report.archivedAt ??= this.clock.now();
    });
  }

  restore(staff: StaffMember, id: string, version: number): Promise<ImpactReportDto> {
    return this.change(staff, id, version, 'restore', (report) => {
      report.archivedAt = null;
    });
  }

  /** Load under lock, check the version, apply, save and audit (applyRecordChange), in one transaction. */
  private async change(
    staff: StaffMember,
    id: string,
    version: number,
    action: AuditAction,
    apply: (report: ImpactReportState) => void,
  ): Promise<ImpactReportDto> {
    await this.reports.transaction(async (db) =>
      applyRecordChange(db, this.audit, REPORT, await this.reports.findStateForUpdate(id, db), {
        actor: staff,
        action,
        version,
        apply: async (report) => apply(report),
        save: (report) => this.reports.saveState(report, db),
      }),
    );
    return this.get(staff, id);
  }
}
