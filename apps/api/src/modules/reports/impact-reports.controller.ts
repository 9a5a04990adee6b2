import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, RequireRole } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { PageQueryDto } from '../../common/pagination/page';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { EvidenceQueryDto } from './dto/evidence.query.dto';
import { ImpactReportDefinitionDto } from './dto/impact-report-definition.dto';
import { EvidencePageDto, ImpactReportDto, ImpactReportFiguresDto, ImpactReportPageDto } from './dto/impact-report.response.dto';
import { ImpactReportsService } from './impact-reports.service';

/**
 * Funder summaries (managers and administrators). Routes on one saved report answer 404 to anyone else, so a
 * librarian cannot learn which reports exist; the builder's routes answer 403.
 */
@ApiProblems()
@ApiTags('Reports')
@Controller('v1/reports/impact')
export class ImpactReportsController {
  constructor(private readonly reports: ImpactReportsService) {}

  @Post('preview')
  @HttpCode(200)
  @RequireRole('manager')
  @ApiOperation({
    summary:
      'Compute a funder summary from the records, without saving it: 400 when the period ends before it starts (period_out_of_order), spans more than 5 years (period_too_long) or names an unknown partner or program; a scope that matches nothing gives zeros.',
  })
  @ApiOkResponse({ type: ImpactReportFiguresDto })
  previewImpactReport(@CurrentStaff() staff: StaffMember, @Body() dto: ImpactReportDefinitionDto): Promise<ImpactReportFiguresDto> {
    return this.reports.preview(staff, dto);
  }

  @Get('evidence')
  @RequireRole('manager')
  @ApiOperation({ summary: 'The records behind one report figure: the figure’s source filter, paged, with their count and the sum of their values.' })
  @ApiOkResponse({ type: EvidencePageDto })
  listReportEvidence(@Query() query: EvidenceQueryDto): Promise<EvidencePageDto> {
    return this.reports.evidence(query);
  }

  @Get()
  @RequireRole('manager')
  @ApiOperation({ summary: 'Saved funder summaries in use, newest first (q: funder name or grant reference).' })
  @ApiOkResponse({ type: ImpactReportPageDto })
  listImpactReports(@Query() query: PageQueryDto): Promise<ImpactReportPageDto> {
    return this.reports.list(query);
  }

  @Post()
  @RequireRole('manager')
  @ApiOperation({ summary: 'Save a funder summary: its figures are computed now and frozen; later changes to the records never change it.' })
  @ApiCreatedResponse({ type: ImpactReportDto })
  createImpactReport(@CurrentStaff() staff: StaffMember, @Body() dto: ImpactReportDefinitionDto): Promise<ImpactReportDto> {
    return this.reports.create(staff, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One saved funder summary with its frozen figures (404 for librarians).' })
  @ApiOkResponse({ type: ImpactReportDto })
  getImpactReport(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<ImpactReportDto> {
    return this.reports.get(staff, id);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequireRole('manager')
  @ApiOperation({ summary: 'Archive a saved funder summary (it leaves the list; nothing is deleted).' })
  @ApiOkResponse({ type: ImpactReportDto })
  archiveImpactReport(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ImpactReportDto> {
    return this.reports.archive(staff, id, dto.version);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequireRole('manager')
  @ApiOperation({ summary: 'Restore an archived funder summary.' })
  @ApiOkResponse({ type: ImpactReportDto })
  restoreImpactReport(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ImpactReportDto> {
    return this.reports.restore(staff, id, dto.version);
  }
}
