import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../common/auth/auth.decorators';
import { AuditLogService } from './audit-log.service';
import { AuditEntryPageDto } from './dto/audit-entry.response.dto';
import { ListAuditQueryDto } from './dto/list-audit.query.dto';
import { ApiProblems } from '../../common/problem/problem.dto';

@ApiProblems()
@ApiTags('Audit')
@Controller('v1/audit')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @RequireRole('admin')
  @ApiOperation({ summary: 'Who changed what, newest first (administrators).' })
  @ApiOkResponse({ type: AuditEntryPageDto })
  listAuditEntries(@Query() query: ListAuditQueryDto): Promise<AuditEntryPageDto> {
    return this.audit.list(query);
  }
}
