import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ExportQueryDto } from './dto/evidence.query.dto';
import { ImpactReportExportService } from './export/impact-report-export.service';

@ApiProblems()
@ApiTags('Reports')
@Controller('v1/reports/impact')
export class ImpactReportExportController {
  constructor(private readonly exports: ImpactReportExportService) {}

  @Get(':id/export')
  // A funder summary names partners and money: never kept by a shared cache.
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'A saved funder summary as a PDF (library name and logo, every section, charts, evidence appendix) or as a CSV of every figure in tidy rows (section, measure, breakdown, value, n, source); 404 for a report the user may not see.',
  })
  @ApiProduces('application/pdf', 'text/csv')
  @ApiOkResponse({ description: 'The file, as an attachment named impact-report-<funder>-<from>-<to>.<format>.', schema: { type: 'string', format: 'binary' } })
  async exportImpactReport(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Query() query: ExportQueryDto): Promise<StreamableFile> {
    const file = await this.exports.export(staff, id, query.format);
    return new StreamableFile(file.body, { type: file.contentType, disposition: file.disposition, length: file.body.length });
  }
}
