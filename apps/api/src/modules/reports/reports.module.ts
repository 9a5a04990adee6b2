import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module';
import { ImpactReportExportController } from './impact-report-export.controller';
import { ImpactReportExportService } from './export/impact-report-export.service';
import { ImpactReportFiguresRepository } from './impact-report-figures.repository';
import { ImpactReportFiguresService } from './impact-report-figures.service';
import { ImpactReportsController } from './impact-reports.controller';
import { ImpactReportsRepository } from './impact-reports.repository';
import { ImpactReportsService } from './impact-reports.service';
import { ReportEvidenceRepository } from './report-evidence.repository';
import { ReportEvidenceService } from './report-evidence.service';

/** Funder summaries: the live preview, saved (frozen) reports, the evidence behind each figure, PDF and CSV exports. */
@Module({
  imports: [SettingsModule],
  controllers: [ImpactReportsController, ImpactReportExportController],
  providers: [
    ImpactReportsService,
    ImpactReportFiguresService,
    ImpactReportFiguresRepository,
    ImpactReportsRepository,
    ReportEvidenceService,
    ReportEvidenceRepository,
    ImpactReportExportService,
  ],
})
export class ReportsModule {}
