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
import { PartnerHealthMemo, healthFingerprint } from './partner-health-memo';

/** Today in UTC, by the injected clock. */
export function todayOf(clock: Clock): IsoDate {
  return clock.now().toISOString().slice(0, 10);
}

/**
 * One partner's health, computed on request from its records with libs/scoring (never from a snapshot: the page
 * must show today's evidence), with the library's effective policy and the partner's stored snapshots as history.
 * The records are read on every request; the scoring is skipped when they are exactly those of the last page
 * computed for the partner (PartnerHealthMemo).
 */
@Injectable()
export class HealthService {
  constructor(
    private readonly evidence: HealthEvidenceRepository,
    private readonly snapshots: HealthSnapshotsRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
    private readonly memo: PartnerHealthMemo,
  ) {}

  /** Health on `asOf` (default today): records dated later are ignored; a future day is refused. */
  async partnerHealth(partnerId: string, asOf?: string | null): Promise<PartnerHealthDto> {
    const day = this.checkedDay(asOf);
    // The history does not depend on the policy: it is read while the policy is.
    const history = this.snapshots.partnerHistory(partnerId, day);
    history.catch(() => undefined); // awaited below; this only keeps a failure meanwhile from counting as unhandled
    const { policy } = await this.settings.scoringPolicy();
    const [text, { snapshots, waves }] = await Promise.all([this.evidence.loadText({ partnerIds: [partnerId] }, day, policy), history]);
    const fingerprint = healthFingerprint({ asOf: day, policy, evidence: text, snapshots, waves });
    const known = this.memo.get(partnerId, fingerprint);
    if (known) return known;
    const evidence = text.evidence()[0];
    if (!evidence) throw notFound('partner');
    const scored = scoreEvidence(evidence, day, policy, historyOf(snapshots, day));
    const page = toPartnerHealthDto(scored, evidence.records, snapshots, waves);
    this.memo.set(partnerId, fingerprint, page);
    return page;
  }

  /** Every stored snapshot of the partner, oldest first, with its assessment waves. */
  async history(partnerId: string): Promise<HealthHistoryDto> {
    await this.partners.requireExisting(partnerId);
    const { snapshots, waves } = await this.snapshots.partnerHistory(partnerId, todayOf(this.clock));
    return { snapshots: snapshots.map(toSnapshotDto), waves };
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
