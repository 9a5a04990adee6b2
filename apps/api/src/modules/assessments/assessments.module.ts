import { Module } from '@nestjs/common';
import { Mailer } from '../digest/mailer';
import { HealthModule } from '../health/health.module';
import { AssessmentInvitationsService } from './assessment-invitations.service';
import { AssessmentLinkThrottle } from './assessment-link-throttle.guard';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsService } from './assessments.service';
import { PublicAssessmentsController } from './public-assessments.controller';

/**
 * The partnership assessment: staff answers, one-time links for partner contacts and the partner's public form.
 * Its own Mailer instance (the digest module keeps its own), on the same SMTP_URL. Each saved response is followed
 * by a health snapshot (HealthModule).
 */
@Module({
  imports: [HealthModule],
  controllers: [AssessmentsController, PublicAssessmentsController],
  providers: [AssessmentsRepository, AssessmentsService, AssessmentInvitationsService, AssessmentLinkThrottle, Mailer],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
