import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ImpactNotePageDto } from '../impact-notes/dto/impact-note.response.dto';
import { PartnerValueDto, ProgramValueDto } from './dto/value.response.dto';
import { ValueNotesQueryDto } from './dto/value-notes.query.dto';
import { ValueYearQueryDto } from './dto/value-year.query.dto';
import { ValueService } from './value.service';

@ApiProblems()
@ApiTags('Value')
@Controller('v1')
export class ValueController {
  constructor(private readonly value: ValueService) {}

  @Get('partners/:id/value')
  @ApiOperation({
    summary:
      'A partner’s value view for a calendar year, beside the same figures for its previous year: programs where it has a role in use, their sessions and attendance, audience reached, its actual contributions, outcome results with n, and the impact notes of each value dimension. Raw numbers, no score.',
  })
  @ApiOkResponse({ type: PartnerValueDto })
  getPartnerValue(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Query() query: ValueYearQueryDto): Promise<PartnerValueDto> {
    return this.value.partnerValue(staff, id, query.year);
  }

  @Get('partners/:id/value/notes')
  @ApiOperation({
    summary:
      'The impact notes of one value dimension in a partner’s value view for a calendar year, newest first, a page at a time (the view itself shows the newest few of each dimension).',
  })
  @ApiOkResponse({ type: ImpactNotePageDto })
  listPartnerValueNotes(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Query() query: ValueNotesQueryDto): Promise<ImpactNotePageDto> {
    return this.value.partnerNotes(staff, id, query);
  }

  @Get('programs/:id/value')
  @ApiOperation({ summary: 'A program’s value view: everything in use recorded for it, raw numbers with their n.' })
  @ApiOkResponse({ type: ProgramValueDto })
  getProgramValue(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<ProgramValueDto> {
    return this.value.programValue(staff, id);
  }
}
