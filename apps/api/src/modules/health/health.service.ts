import { Injectable } from '@nestjs/common';
import type { IsoDate } from '@common-ground/scoring';
import { Clock } from '../../common/clock/clock';
import { DomainError, notFound } from '../../common/problem/domain-error';
import { PartnerReferenceRepository } from '../partners/partner-reference.repository';
import { SettingsService } from '../settings/settings.service';
import type { HealthHistoryDto, PartnerHealthDto } from './dto/partner-health.response.dto';
import { HealthEvidenceRepository } from './health-evidence.repository';
import { historyOf, scoreEvidence } from './health-scoring';
import { HealthSnapshotsRepository } from './health-snapshots.repository';
import { toPartnerHealthDto, toSnapshotDto } from './health.mapper';

/** Snapshots from the first day anything can be dated: a partner's whole history. */
const EVER = '1900-01-01';

/** Today in UTC, by the injected clock. */
export function todayOf(clock: Clock): IsoDate {
  return clock.now().toISOString().slice(0, 10);
}

/**
 * One partner's health, computed on request from its records with libs/scoring (never from a snapshot: the page
 * must show today's evidence), with the library's effective policy and the partner's stored snapshots as history.
 */
@Injectable()
export class HealthService {
  constructor(
    private readonly evidence: HealthEvidenceRepository,
    private readonly snapshots: HealthSnapshotsRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /** Health on `asOf` (default today): records dated later are ignored; a future day is refused. */
  async partnerHealth(partnerId: string, asOf?: string | null): Promise<PartnerHealthDto> {
    const day = this.checkedDay(asOf);
    const { policy } = await this.settings.scoringPolicy();
    const [loaded, history, waves] = await Promise.all([
      this.evidence.load({ partnerIds: [partnerId] }, day, policy),
      this.snapshots.between([partnerId], EVER, day),
      this.snapshots.waves(partnerId, day),
    ]);
    const evidence = loaded[0];
    if (!evidence) throw notFound('partner');
    const scored = scoreEvidence(evidence, day, policy, historyOf(history, day));
    return toPartnerHealthDto(scored, evidence.records, history, waves);
  }

  /** Every stored snapshot of the partner, oldest first, with its assessment waves. */
  async history(partnerId: string): Promise<HealthHistoryDto> {
    await this.partners.requireExisting(partnerId);
    const today = todayOf(this.clock);
    const [rows, waves] = await Promise.all([this.snapshots.between([partnerId], EVER, today), this.snapshots.waves(partnerId, today)]);
    return { snapshots: rows.map(toSnapshotDto), waves };
  }

  private checkedDay(asOf: string | null | undefined): IsoDate {
    const today = todayOf(this.clock);
    if (!asOf) return today;
    if (asOf > today) {
      const detail = `Health can be shown for today (${today}) or an earlier day, not for ${asOf}.`;
      throw new DomainError('as_of_in_future', detail, [{ field: 'asOf', message: detail }]);
    }
    return asOf;
  }
}
