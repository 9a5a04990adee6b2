import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import type { Page } from '../../common/pagination/page';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { CreateOutcomeResultDto } from './dto/create-outcome-result.dto';
import { ListOutcomeResultsQueryDto } from './dto/list-outcome-results.query.dto';
import { OutcomeResultPageDto, OutcomeResultResponseDto } from './dto/outcome-result.response.dto';
import { UpdateOutcomeResultDto } from './dto/update-outcome-result.dto';
import { OutcomeResultsService } from './outcome-results.service';

@ApiProblems()
@ApiTags('Outcome results')
@Controller('v1')
export class OutcomeResultsController {
  constructor(private readonly results: OutcomeResultsService) {}

  @Get('programs/:id/outcomes')
  @ApiOperation({ summary: 'A program’s participant outcome results: whole-program first, then per session; immediate before follow-up.' })
  @ApiOkResponse({ type: OutcomeResultPageDto })
  listOutcomeResults(
    @CurrentStaff() staff: StaffMember,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ListOutcomeResultsQueryDto,
  ): Promise<Page<OutcomeResultResponseDto>> {
    return this.results.list(staff, id, query);
  }

  @Post('programs/:id/outcomes')
  @ApiOperation({ summary: 'Add survey results for one measure and timing; counts and non-responses must add up to the respondents.' })
  @ApiCreatedResponse({ type: OutcomeResultResponseDto })
  createOutcomeResult(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: CreateOutcomeResultDto): Promise<OutcomeResultResponseDto> {
    return this.results.create(staff, id, dto);
  }

  @Get('outcome-results/:id')
  @ApiOperation({ summary: 'One outcome result, archived or not.' })
  @ApiOkResponse({ type: OutcomeResultResponseDto })
  getOutcomeResult(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<OutcomeResultResponseDto> {
    return this.results.get(staff, id);
  }

  @Patch('outcome-results/:id')
  @ApiOperation({ summary: 'Change an outcome result; needs the version you read.' })
  @ApiOkResponse({ type: OutcomeResultResponseDto })
  updateOutcomeResult(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateOutcomeResultDto): Promise<OutcomeResultResponseDto> {
    return this.results.update(staff, id, dto);
  }

  @Post('outcome-results/:id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive an outcome result (librarians: only those they added).' })
  @ApiOkResponse({ type: OutcomeResultResponseDto })
  archiveOutcomeResult(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<OutcomeResultResponseDto> {
    return this.results.archive(staff, id, dto.version);
  }

  @Post('outcome-results/:id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived outcome result; 409 if another live one now covers the same measure and timing.' })
  @ApiOkResponse({ type: OutcomeResultResponseDto })
  restoreOutcomeResult(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<OutcomeResultResponseDto> {
    return this.results.restore(staff, id, dto.version);
  }
}
