import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module';
import { ImpactReportExportService } from './export/impact-report-export.service';
import { ImpactReportExportController } from './impact-report-export.controller';
import { ImpactReportsController } from './impact-reports.controller';
import { ImpactReportsService } from './impact-reports.service';

/** Funder summaries: the live preview, saved (frozen) reports, the evidence behind each figure, PDF and CSV exports. */
@Module({
  imports: [SettingsModule],
  controllers: [ImpactReportsController, ImpactReportExportController],
  providers: [ImpactReportsService, ImpactReportExportService],
})
export class ReportsModule {}
