import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicRoute } from '../../common/auth/auth.decorators';
import { ApiProblems } from '../../common/problem/problem.dto';
import { AssessmentInvitationsService } from './assessment-invitations.service';
import { AssessmentLinkThrottle } from './assessment-link-throttle.guard';
import { AnswerAssessmentDto } from './dto/answer-assessment.dto';
import { AssessmentThanksDto, PublicAssessmentDto } from './dto/assessment-items.response.dto';

/** The partner's form behind a one-time link: no session; POST still needs X-Requested-With (the SPA sends it). */
@ApiProblems()
@ApiTags('Public assessment')
@PublicRoute()
@UseGuards(AssessmentLinkThrottle)
@Controller('v1/public/assessments')
export class PublicAssessmentsController {
  constructor(private readonly invitations: AssessmentInvitationsService) {}

  @Get(':token')
  @ApiOperation({ summary: 'The partner’s form: both organisations’ names, the contact’s first name, the expiry and the statements. 404 unknown, 410 used or expired, 429.' })
  @ApiOkResponse({ type: PublicAssessmentDto })
  getPublicAssessment(@Param('token') token: string): Promise<PublicAssessmentDto> {
    return this.invitations.view(token);
  }

  @Post(':token')
  @ApiOperation({ summary: 'The partner’s answers (as staff’s); uses the link once. 404 unknown, 410 used or expired, 429.' })
  @ApiCreatedResponse({ type: AssessmentThanksDto })
  createPublicAssessment(@Param('token') token: string, @Body() dto: AnswerAssessmentDto): Promise<AssessmentThanksDto> {
    return this.invitations.submit(token, dto);
  }
}
