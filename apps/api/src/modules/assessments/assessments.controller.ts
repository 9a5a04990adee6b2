import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, RequireRole } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { AssessmentInvitationsService } from './assessment-invitations.service';
import { AssessmentsService } from './assessments.service';
import { AnswerAssessmentDto } from './dto/answer-assessment.dto';
import { AssessmentItemsDto } from './dto/assessment-items.response.dto';
import { AssessmentDto, CreatedInvitationDto, PartnerAssessmentsDto } from './dto/assessment.response.dto';
import { CreateAssessmentInvitationDto } from './dto/create-invitation.dto';

@ApiProblems()
@ApiTags('Assessments')
@Controller('v1')
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly invitations: AssessmentInvitationsService,
  ) {}

  @Get('assessment-items')
  @ApiOperation({ summary: 'The partnership assessment: 25 statements by factor, three value statements, the level-of-collaboration question and the answer scale.' })
  @ApiOkResponse({ type: AssessmentItemsDto })
  listAssessmentItems(): AssessmentItemsDto {
    return this.assessments.items();
  }

  @Get('partners/:id/assessments')
  @ApiOperation({
    summary: 'A partner’s assessment waves, newest first, with responses (factor means) and, for managers, invitations and item-level answers.',
  })
  @ApiOkResponse({ type: PartnerAssessmentsDto })
  listPartnerAssessments(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<PartnerAssessmentsDto> {
    return this.assessments.list(staff, id);
  }

  @Post('partners/:id/assessments')
  @ApiOperation({ summary: 'Answer the assessment for this partner as yourself (side library). All 25 statements: 1–5 or null for don’t know.' })
  @ApiCreatedResponse({ type: AssessmentDto })
  createPartnerAssessment(
    @CurrentStaff() staff: StaffMember,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: AnswerAssessmentDto,
  ): Promise<AssessmentDto> {
    return this.assessments.answer(staff, id, dto);
  }

  @Post('partners/:id/assessment-invitations')
  @RequireRole('manager')
  @ApiOperation({
    summary: 'Create a one-time link (30 days) for a contact of this partner; emailed when sendEmail and email is set up. The link is returned once.',
  })
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  createAssessmentInvitation(
    @CurrentStaff() staff: StaffMember,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateAssessmentInvitationDto,
  ): Promise<CreatedInvitationDto> {
    return this.invitations.create(staff, id, dto);
  }
}
