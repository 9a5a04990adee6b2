import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { CommunicationsService } from './communications.service';
import { CommunicationPageDto, CommunicationResponseDto } from './dto/communication.response.dto';
import { CreateCommunicationDto } from './dto/create-communication.dto';
import { ListCommunicationsQueryDto } from './dto/list-communications.query.dto';
import { UpdateCommunicationDto } from './dto/update-communication.dto';

@ApiProblems()
@ApiTags('Communications')
@Controller('v1/communications')
export class CommunicationsController {
  constructor(private readonly communications: CommunicationsService) {}

  @Get()
  @ApiOperation({ summary: 'Logged communications, newest first. In use only unless archived is given.' })
  @ApiOkResponse({ type: CommunicationPageDto })
  listCommunications(@CurrentStaff() staff: StaffMember, @Query() query: ListCommunicationsQueryDto): Promise<CommunicationPageDto> {
    return this.communications.list(staff, query);
  }

  @Post()
  @ApiOperation({ summary: 'Log a communication with a partner in use; its follow-ups are saved with it as commitments, or nothing is saved.' })
  @ApiCreatedResponse({ type: CommunicationResponseDto })
  createCommunication(@CurrentStaff() staff: StaffMember, @Body() dto: CreateCommunicationDto): Promise<CommunicationResponseDto> {
    return this.communications.create(staff, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: CommunicationResponseDto })
  getCommunication(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<CommunicationResponseDto> {
    return this.communications.get(staff, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a communication (its author, or a manager); needs the version you read. Follow-ups are changed as commitments.' })
  @ApiOkResponse({ type: CommunicationResponseDto })
  updateCommunication(
    @CurrentStaff() staff: StaffMember,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateCommunicationDto,
  ): Promise<CommunicationResponseDto> {
    return this.communications.update(staff, id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a communication (its author, or a manager).' })
  @ApiOkResponse({ type: CommunicationResponseDto })
  archiveCommunication(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<CommunicationResponseDto> {
    return this.communications.archive(staff, id, dto.version);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived communication (its author, or a manager).' })
  @ApiOkResponse({ type: CommunicationResponseDto })
  restoreCommunication(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<CommunicationResponseDto> {
    return this.communications.restore(staff, id, dto.version);
  }
}
