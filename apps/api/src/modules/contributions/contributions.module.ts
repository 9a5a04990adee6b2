import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module';
import { ContributionsController } from './contributions.controller';
import { ContributionsRepository } from './contributions.repository';
import { ContributionsService } from './contributions.service';

@Module({
  imports: [SettingsModule],
  controllers: [ContributionsController],
  providers: [ContributionsRepository, ContributionsService],
  exports: [ContributionsService],
})
export class ContributionsModule {}
