import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { CreateProgramRoleDto } from './dto/create-program-role.dto';
import { ListProgramRolesQueryDto } from './dto/list-program-roles.query.dto';
import { ProgramRolePageDto, ProgramRoleResponseDto } from './dto/program-role.response.dto';
import { UpdateProgramRoleDto } from './dto/update-program-role.dto';
import { ProgramRolesService } from './program-roles.service';

@ApiProblems()
@ApiTags('Program roles')
@Controller('v1')
export class ProgramRolesController {
  constructor(private readonly roles: ProgramRolesService) {}

  @Get('programs/:id/roles')
  @ApiOperation({ summary: 'A program’s partners’ roles, by partner name. In use only unless archived is given.' })
  @ApiOkResponse({ type: ProgramRolePageDto })
  listProgramRoles(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Query() query: ListProgramRolesQueryDto): Promise<ProgramRolePageDto> {
    return this.roles.list(staff, id, query);
  }

  @Post('programs/:id/roles')
  @ApiOperation({
    summary: 'Give a partner a role in a program. Archived or unknown partner: 400 partnerId; the same live role twice: 409.',
  })
  @ApiCreatedResponse({ type: ProgramRoleResponseDto })
  createProgramRole(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: CreateProgramRoleDto): Promise<ProgramRoleResponseDto> {
    return this.roles.create(staff, id, dto);
  }

  @Patch('program-roles/:id')
  @ApiOperation({ summary: 'Change a role (role, responsibilities, owner); needs the version you read.' })
  @ApiOkResponse({ type: ProgramRoleResponseDto })
  updateProgramRole(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateProgramRoleDto): Promise<ProgramRoleResponseDto> {
    return this.roles.update(staff, id, dto);
  }

  @Post('program-roles/:id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a role (librarians: only roles they added).' })
  @ApiOkResponse({ type: ProgramRoleResponseDto })
  archiveProgramRole(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ProgramRoleResponseDto> {
    return this.roles.archive(staff, id, dto.version);
  }

  @Post('program-roles/:id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived role; 409 when the partner has that role again meanwhile.' })
  @ApiOkResponse({ type: ProgramRoleResponseDto })
  restoreProgramRole(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ProgramRoleResponseDto> {
    return this.roles.restore(staff, id, dto.version);
  }
}
