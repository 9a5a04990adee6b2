import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { CreateGoalDto } from './dto/create-goal.dto';
import { GoalPageDto, GoalResponseDto } from './dto/goal.response.dto';
import { ListGoalsQueryDto } from './dto/list-goals.query.dto';
import { UpdateGoalDto } from './dto/update-goal.dto';
import { GoalsService } from './goals.service';

@ApiProblems()
@ApiTags('Goals')
@Controller('v1')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get('partners/:id/goals')
  @ApiOperation({ summary: 'A partner’s shared goals, the one due for review soonest first. In use only unless archived is given.' })
  @ApiOkResponse({ type: GoalPageDto })
  listPartnerGoals(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Query() query: ListGoalsQueryDto): Promise<GoalPageDto> {
    return this.goals.list(staff, id, query);
  }

  @Post('partners/:id/goals')
  @ApiOperation({ summary: 'Add a shared goal to a partner in use.' })
  @ApiCreatedResponse({ type: GoalResponseDto })
  createGoal(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: CreateGoalDto): Promise<GoalResponseDto> {
    return this.goals.create(staff, id, dto);
  }

  @Patch('goals/:id')
  @ApiOperation({ summary: 'Change a goal (or record a review); needs the version you read.' })
  @ApiOkResponse({ type: GoalResponseDto })
  updateGoal(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateGoalDto): Promise<GoalResponseDto> {
    return this.goals.update(staff, id, dto);
  }

  @Post('goals/:id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a goal (librarians: only goals they added).' })
  @ApiOkResponse({ type: GoalResponseDto })
  archiveGoal(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<GoalResponseDto> {
    return this.goals.archive(staff, id, dto.version);
  }

  @Post('goals/:id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived goal.' })
  @ApiOkResponse({ type: GoalResponseDto })
  restoreGoal(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<GoalResponseDto> {
    return this.goals.restore(staff, id, dto.version);
  }
}
