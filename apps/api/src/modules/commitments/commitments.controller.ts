import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { CommitmentsService } from './commitments.service';
import { CommitmentPageDto, CommitmentResponseDto } from './dto/commitment.response.dto';
import { CreateCommitmentDto } from './dto/create-commitment.dto';
import { ListCommitmentsQueryDto } from './dto/list-commitments.query.dto';
import { UpdateCommitmentDto } from './dto/update-commitment.dto';

@ApiProblems()
@ApiTags('Commitments')
@Controller('v1/commitments')
export class CommitmentsController {
  constructor(private readonly commitments: CommitmentsService) {}

  @Get()
  @ApiOperation({ summary: 'Commitments (follow-ups), soonest due first. In use only unless archived is given.' })
  @ApiOkResponse({ type: CommitmentPageDto })
  listCommitments(@CurrentStaff() staff: StaffMember, @Query() query: ListCommitmentsQueryDto): Promise<CommitmentPageDto> {
    return this.commitments.list(staff, query);
  }

  @Post()
  @ApiOperation({ summary: 'Add a commitment to a partner in use, optionally as a follow-up of one of its communications.' })
  @ApiCreatedResponse({ type: CommitmentResponseDto })
  createCommitment(@CurrentStaff() staff: StaffMember, @Body() dto: CreateCommitmentDto): Promise<CommitmentResponseDto> {
    return this.commitments.create(staff, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: CommitmentResponseDto })
  getCommitment(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<CommitmentResponseDto> {
    return this.commitments.get(staff, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a commitment or its status (done, missed, cancelled; reopening needs a reason); needs the version you read.',
  })
  @ApiOkResponse({ type: CommitmentResponseDto })
  updateCommitment(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateCommitmentDto): Promise<CommitmentResponseDto> {
    return this.commitments.update(staff, id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a commitment (librarians: only ones they added).' })
  @ApiOkResponse({ type: CommitmentResponseDto })
  archiveCommitment(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<CommitmentResponseDto> {
    return this.commitments.archive(staff, id, dto.version);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived commitment.' })
  @ApiOkResponse({ type: CommitmentResponseDto })
  restoreCommitment(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<CommitmentResponseDto> {
    return this.commitments.restore(staff, id, dto.version);
  }
}
