import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { ContributionsService } from './contributions.service';
import { ContributionPageDto, ContributionResponseDto } from './dto/contribution.response.dto';
import { CreateContributionDto } from './dto/create-contribution.dto';
import { ListContributionsQueryDto } from './dto/list-contributions.query.dto';
import { UpdateContributionDto } from './dto/update-contribution.dto';

@ApiProblems()
@ApiTags('Contributions')
@Controller('v1/contributions')
export class ContributionsController {
  constructor(private readonly contributions: ContributionsService) {}

  @Get()
  @ApiOperation({ summary: 'The contributions ledger, newest first, with totals (per side, per type, volunteer hours) over the whole filtered set.' })
  @ApiOkResponse({ type: ContributionPageDto })
  listContributions(@CurrentStaff() staff: StaffMember, @Query() query: ListContributionsQueryDto): Promise<ContributionPageDto> {
    return this.contributions.list(staff, query);
  }

  @Post()
  @ApiOperation({ summary: 'Record a contribution. Volunteer hours without a money value are valued at the settings rate, stored on the line.' })
  @ApiCreatedResponse({ type: ContributionResponseDto })
  createContribution(@CurrentStaff() staff: StaffMember, @Body() dto: CreateContributionDto): Promise<ContributionResponseDto> {
    return this.contributions.create(staff, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One contribution, archived or not.' })
  @ApiOkResponse({ type: ContributionResponseDto })
  getContribution(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<ContributionResponseDto> {
    return this.contributions.get(staff, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a contribution; needs the version you read. Volunteer hours keep their stored rate unless revalue is true.' })
  @ApiOkResponse({ type: ContributionResponseDto })
  updateContribution(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateContributionDto): Promise<ContributionResponseDto> {
    return this.contributions.update(staff, id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a contribution (librarians: only those they added).' })
  @ApiOkResponse({ type: ContributionResponseDto })
  archiveContribution(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ContributionResponseDto> {
    return this.contributions.archive(staff, id, dto.version);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived contribution; its partner and program must be in use.' })
  @ApiOkResponse({ type: ContributionResponseDto })
  restoreContribution(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ContributionResponseDto> {
    return this.contributions.restore(staff, id, dto.version);
  }
}
