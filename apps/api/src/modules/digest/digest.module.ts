import { Module } from '@nestjs/common';
import { AttentionModule } from '../attention/attention.module';
import { DigestRepository } from './digest.repository';
import { DigestScheduler } from './digest.scheduler';
import { DigestService } from './digest.service';
import { Mailer } from './mailer';

/** The weekly email digest of each staff member's attention items (on only when SMTP_URL is set). */
@Module({
  imports: [AttentionModule],
  providers: [Mailer, DigestRepository, DigestService, DigestScheduler],
  exports: [DigestService],
})
export class DigestModule {}
