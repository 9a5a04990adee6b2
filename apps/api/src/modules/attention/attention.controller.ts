import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { AttentionService } from './attention.service';
import { AttentionPageDto, ListAttentionQueryDto } from './dto/attention.dto';

@ApiProblems()
@ApiTags('Attention')
@Controller('v1/attention')
export class AttentionController {
  constructor(private readonly attention: AttentionService) {}

  @Get()
  @ApiOperation({
    summary:
      'What needs attention: overdue follow-ups, partners quiet past their contact cadence, reviews due within 30 days. ' +
      'mine=true for anyone; the whole library’s list for managers and administrators.',
  })
  @ApiOkResponse({ type: AttentionPageDto })
  listAttention(@CurrentStaff() staff: StaffMember, @Query() query: ListAttentionQueryDto): Promise<AttentionPageDto> {
    return this.attention.list(staff, query);
  }
}
