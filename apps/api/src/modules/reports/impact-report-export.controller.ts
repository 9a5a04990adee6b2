import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ExportQueryDto } from './dto/evidence.query.dto';
import { ImpactReportsService } from './impact-reports.service';

/** CONTRACT STUB: the exports helper implements the PDF and CSV writers behind this route. */
@ApiProblems()
@ApiTags('Reports')
@Controller('v1/reports/impact')
export class ImpactReportExportController {
  constructor(private readonly reports: ImpactReportsService) {}

  @Get(':id/export')
  @ApiOperation({ summary: 'A saved funder summary as a PDF or a CSV of every figure (404 for a report the user may not see).' })
  @ApiProduces('application/pdf', 'text/csv')
  async exportImpactReport(
    @CurrentStaff() staff: StaffMember,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const report = await this.reports.get(staff, id);
    response.status(501).json({ stub: true, format: query.format, id: report.id });
  }
}
