import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { CreateProgramSessionDto } from './dto/create-program-session.dto';
import { ListProgramSessionsQueryDto } from './dto/list-program-sessions.query.dto';
import { ProgramSessionPageDto, ProgramSessionResponseDto } from './dto/program-session.response.dto';
import { SessionGridDto } from './dto/session-grid.dto';
import { UpdateProgramSessionDto } from './dto/update-program-session.dto';
import { ProgramSessionsService } from './program-sessions.service';

@ApiProblems()
@ApiTags('Program sessions')
@Controller('v1')
export class ProgramSessionsController {
  constructor(private readonly sessions: ProgramSessionsService) {}

  @Get('programs/:id/sessions')
  @ApiOperation({ summary: 'A program’s sessions, earliest first. In use only unless archived is given.' })
  @ApiOkResponse({ type: ProgramSessionPageDto })
  listProgramSessions(
    @CurrentStaff() staff: StaffMember,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ListProgramSessionsQueryDto,
  ): Promise<ProgramSessionPageDto> {
    return this.sessions.list(staff, id, query);
  }

  @Post('programs/:id/sessions')
  @ApiOperation({ summary: 'Add one session to a program in use; its date must fall within the program’s dates.' })
  @ApiCreatedResponse({ type: ProgramSessionResponseDto })
  createProgramSession(
    @CurrentStaff() staff: StaffMember,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateProgramSessionDto,
  ): Promise<ProgramSessionResponseDto> {
    return this.sessions.create(staff, id, dto);
  }

  @Put('programs/:id/sessions')
  @ApiOperation({
    summary:
      'The attendance grid: create rows without id, change rows with id and version, all in one transaction. A stale row: 409 naming sessions[n].version; bad input: 400 naming sessions[n].field; either way nothing is saved. Answers the program’s sessions in use (first 100).',
  })
  @ApiOkResponse({ type: ProgramSessionPageDto })
  saveProgramSessionGrid(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: SessionGridDto): Promise<ProgramSessionPageDto> {
    return this.sessions.saveGrid(staff, id, dto);
  }

  @Patch('program-sessions/:id')
  @ApiOperation({ summary: 'Change a session; needs the version you read.' })
  @ApiOkResponse({ type: ProgramSessionResponseDto })
  updateProgramSession(
    @CurrentStaff() staff: StaffMember,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateProgramSessionDto,
  ): Promise<ProgramSessionResponseDto> {
    return this.sessions.update(staff, id, dto);
  }

  @Post('program-sessions/:id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a session (librarians: only sessions they added).' })
  @ApiOkResponse({ type: ProgramSessionResponseDto })
  archiveProgramSession(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ProgramSessionResponseDto> {
    return this.sessions.archive(staff, id, dto.version);
  }

  @Post('program-sessions/:id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived session; 400 startsAt when it now falls outside the program’s dates.' })
  @ApiOkResponse({ type: ProgramSessionResponseDto })
  restoreProgramSession(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ProgramSessionResponseDto> {
    return this.sessions.restore(staff, id, dto.version);
  }
}
