import { Injectable } from '@nestjs/common';
import type { StaffMember } from '../../../common/auth/staff-member';
import { Clock } from '../../../common/clock/clock';
import { SettingsService } from '../../settings/settings.service';
import type { ExportFormat } from '../dto/evidence.query.dto';
import { ImpactReportsService } from '../impact-reports.service';
import { impactReportCsv } from './impact-report-csv';
import { impactReportPdf } from './impact-report-pdf';
import { slug } from './report-format';

export interface ReportFile {
  body: Buffer;
  contentType: string;
  /** The whole Content-Disposition header: an attachment with its file name. */
  disposition: string;
}

/**
 * A saved funder summary as a file. The figures are the frozen ones (ImpactReportsService.get, which also answers
 * 404 to anyone who may not see the report); only the logo is the library's current one, read at export time.
 */
@Injectable()
export class ImpactReportExportService {
  constructor(
    private readonly reports: ImpactReportsService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async export(staff: StaffMember, id: string, format: ExportFormat): Promise<ReportFile> {
    const report = await this.reports.get(staff, id);
    // ASCII only (slug), so the plain filename parameter is enough for every browser.
    const name = `impact-report-${slug(report.funderName)}-${report.period.from}-${report.period.to}.${format}`;
    const disposition = `attachment; filename="${name}"`;
    if (format === 'csv') return { body: impactReportCsv(report.figures), contentType: 'text/csv; charset=utf-8', disposition };
    const logo = await this.settings.logo();
    const body = await impactReportPdf(report.figures, { logo, generatedAt: this.clock.now() });
    return { body, contentType: 'application/pdf', disposition };
  }
}
