import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module';
import { HealthEvidenceRepository } from './health-evidence.repository';
import { HealthPortfolioRepository } from './health-portfolio.repository';
import { HealthPortfolioService } from './health-portfolio.service';
import { HealthSnapshotsRepository } from './health-snapshots.repository';
import { HealthSnapshotsScheduler } from './health-snapshots.scheduler';
import { HealthSnapshotsService } from './health-snapshots.service';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { PartnerHealthMemo } from './partner-health-memo';

/**
 * Partnership health (SCORING.md): a partner's five factors computed with libs/scoring, its history, the
 * manager's portfolio, and the snapshots (monthly, after each assessment). HealthSnapshotsService is exported for
 * the assessments module; HealthSnapshotsRepository.latestFor for lists that show a partner's latest profile.
 */
@Module({
  imports: [SettingsModule],
  controllers: [HealthController],
  providers: [
    HealthEvidenceRepository,
    HealthSnapshotsRepository,
    HealthPortfolioRepository,
    HealthService,
    PartnerHealthMemo,
    HealthPortfolioService,
    HealthSnapshotsService,
    HealthSnapshotsScheduler,
  ],
  exports: [HealthSnapshotsService, HealthSnapshotsRepository],
})
export class HealthModule {}
