import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { CreateProgramDto } from './dto/create-program.dto';
import { ListProgramsQueryDto } from './dto/list-programs.query.dto';
import { ProgramCalendarDto, ProgramCalendarQueryDto } from './dto/program-calendar.dto';
import { ProgramPageDto, ProgramResponseDto } from './dto/program.response.dto';
import { UpdateProgramDto } from './dto/update-program.dto';
import { ProgramsService } from './programs.service';

@ApiProblems()
@ApiTags('Programs')
@Controller('v1/programs')
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  @Get()
  @ApiOperation({ summary: 'List programs: filter, sort, page; totals over every program matching the filters.' })
  @ApiOkResponse({ type: ProgramPageDto })
  listPrograms(@CurrentStaff() staff: StaffMember, @Query() query: ListProgramsQueryDto): Promise<ProgramPageDto> {
    return this.programs.list(staff, query);
  }

  @Post()
  @ApiOperation({ summary: 'Add a program, with its partners’ roles if given (one transaction).' })
  @ApiCreatedResponse({ type: ProgramResponseDto })
  createProgram(@CurrentStaff() staff: StaffMember, @Body() dto: CreateProgramDto): Promise<ProgramResponseDto> {
    return this.programs.create(staff, dto);
  }

  // Before ':id', so that "calendar" is not read as an id.
  @Get('calendar')
  @ApiOperation({ summary: 'A month of programs: sessions on their day, programs without sessions on their start date.' })
  @ApiOkResponse({ type: ProgramCalendarDto })
  getProgramCalendar(@CurrentStaff() staff: StaffMember, @Query() query: ProgramCalendarQueryDto): Promise<ProgramCalendarDto> {
    return this.programs.calendar(staff, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One program, archived ones included, with its partners and session totals.' })
  @ApiOkResponse({ type: ProgramResponseDto })
  getProgram(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<ProgramResponseDto> {
    return this.programs.get(staff, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a program; needs the version you read.' })
  @ApiOkResponse({ type: ProgramResponseDto })
  updateProgram(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateProgramDto): Promise<ProgramResponseDto> {
    return this.programs.update(staff, id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a program (librarians: only programs they added).' })
  @ApiOkResponse({ type: ProgramResponseDto })
  archiveProgram(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ProgramResponseDto> {
    return this.programs.archive(staff, id, dto.version);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived program.' })
  @ApiOkResponse({ type: ProgramResponseDto })
  restoreProgram(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ProgramResponseDto> {
    return this.programs.restore(staff, id, dto.version);
  }
}
