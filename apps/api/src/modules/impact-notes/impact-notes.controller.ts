import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import type { Page } from '../../common/pagination/page';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { CreateImpactNoteDto } from './dto/create-impact-note.dto';
import { ImpactNotePageDto, ImpactNoteResponseDto } from './dto/impact-note.response.dto';
import { ListImpactNotesQueryDto } from './dto/list-impact-notes.query.dto';
import { UpdateImpactNoteDto } from './dto/update-impact-note.dto';
import { ImpactNotesService } from './impact-notes.service';

@ApiProblems()
@ApiTags('Impact notes')
@Controller('v1/impact-notes')
export class ImpactNotesController {
  constructor(private readonly notes: ImpactNotesService) {}

  @Get()
  @ApiOperation({ summary: 'Impact notes, newest first. Staff see every note; consented=true leaves out quotes without consent.' })
  @ApiOkResponse({ type: ImpactNotePageDto })
  listImpactNotes(@CurrentStaff() staff: StaffMember, @Query() query: ListImpactNotesQueryDto): Promise<Page<ImpactNoteResponseDto>> {
    return this.notes.list(staff, query);
  }

  @Post()
  @ApiOperation({ summary: 'Add an impact note linked to a partner, a program, or both.' })
  @ApiCreatedResponse({ type: ImpactNoteResponseDto })
  createImpactNote(@CurrentStaff() staff: StaffMember, @Body() dto: CreateImpactNoteDto): Promise<ImpactNoteResponseDto> {
    return this.notes.create(staff, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One impact note, archived or not.' })
  @ApiOkResponse({ type: ImpactNoteResponseDto })
  getImpactNote(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<ImpactNoteResponseDto> {
    return this.notes.get(staff, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an impact note; needs the version you read.' })
  @ApiOkResponse({ type: ImpactNoteResponseDto })
  updateImpactNote(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateImpactNoteDto): Promise<ImpactNoteResponseDto> {
    return this.notes.update(staff, id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive an impact note (librarians: only those they added).' })
  @ApiOkResponse({ type: ImpactNoteResponseDto })
  archiveImpactNote(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ImpactNoteResponseDto> {
    return this.notes.archive(staff, id, dto.version);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived impact note; its partner and program must be in use.' })
  @ApiOkResponse({ type: ImpactNoteResponseDto })
  restoreImpactNote(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ImpactNoteResponseDto> {
    return this.notes.restore(staff, id, dto.version);
  }
}
