import { Injectable, Logger } from '@nestjs/common';
import type { IsoDate } from '@common-ground/scoring';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { SettingsService } from '../settings/settings.service';
import type { SnapshotReason, SnapshotRunResultDto } from './dto/partner-health.response.dto';
import { HealthEvidenceRepository } from './health-evidence.repository';
import { historyOf, historyStart, scoreEvidence, storedFigures } from './health-scoring';
import { HealthSnapshotsRepository, type NewSnapshot, type SnapshotRow } from './health-snapshots.repository';
import { todayOf } from './health.service';

/** The monthly snapshot is taken on the 1st of each month from 03:00 UTC, before anyone opens the portfolio. */
export const SNAPSHOT_HOUR_UTC = 3;

/**
 * Partners per chunk of the monthly run: each chunk is three statements (evidence, history, insert), whatever its
 * size; chunks bound the memory of one run and let other requests through between them.
 */
export const SNAPSHOT_CHUNK = 500;

export type MonthlyRunResult =
  | { status: 'already-run'; month: IsoDate }
  | { status: 'ran'; month: IsoDate; partners: number };

/**
 * Stored health snapshots (SCORING.md "Trend"): monthly for every live partner, and after every assessment. Each
 * records the model version it was computed under, so an old report can be reproduced after the policy changes.
 */
@Injectable()
export class HealthSnapshotsService {
  private readonly logger = new Logger('HealthSnapshots');

  constructor(
    private readonly evidence: HealthEvidenceRepository,
    private readonly snapshots: HealthSnapshotsRepository,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Today's health of the partner, stored with reason 'assessment' (replacing today's assessment snapshot, if any).
   * Called by the assessments module after saving an answer; pass its transaction so the new answer is seen.
   */
  async recordAfterAssessment(partnerId: string, db?: EntityManager): Promise<void> {
    await this.snapshot([partnerId], todayOf(this.clock), 'assessment', db);
  }

  /** The 1st of the month whose snapshot is due at `now` (the previous month's before 03:00 UTC on the 1st). */
  static dueMonth(now: Date): IsoDate {
    const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    if (now.getUTCDate() === 1 && now.getUTCHours() < SNAPSHOT_HOUR_UTC) due.setUTCMonth(due.getUTCMonth() - 1);
    return due.toISOString().slice(0, 10);
  }

  /**
   * Takes the due month's snapshot of every live partner unless some process already has: the month is claimed
   * in health_snapshot_runs first, so it runs once across API processes, and a month missed while no process ran
   * is caught up when one starts. At most once: a process that dies mid-run leaves that month partial.
   */
  async runIfDue(): Promise<MonthlyRunResult> {
    const month = HealthSnapshotsService.dueMonth(this.clock.now());
    if (!(await this.snapshots.claimMonth(month, this.clock.now()))) return { status: 'already-run', month };
    const partners = await this.snapshotAllLive(month, 'monthly');
    await this.snapshots.finishMonth(month, this.clock.now(), partners);
    this.logger.log(`Monthly health snapshot for ${month}: ${partners} partners.`);
    return { status: 'ran', month, partners };
  }

  /** A monthly snapshot of every live partner as of today, now (the admin route; the demo and the bench). */
  async runNow(): Promise<SnapshotRunResultDto> {
    const started = Date.now();
    const asOf = todayOf(this.clock);
    const partners = await this.snapshotAllLive(asOf, 'monthly');
    return { asOf, partners, elapsedMs: Date.now() - started };
  }

  private async snapshotAllLive(asOf: IsoDate, reason: SnapshotReason): Promise<number> {
    const ids = await this.snapshots.livePartnerIds();
    for (let start = 0; start < ids.length; start += SNAPSHOT_CHUNK) {
      await this.snapshot(ids.slice(start, start + SNAPSHOT_CHUNK), asOf, reason);
    }
    return ids.length;
  }

  /** Scores the partners (three statements for any number of them) and stores their snapshots. */
  private async snapshot(partnerIds: string[], asOf: IsoDate, reason: SnapshotReason, db?: EntityManager): Promise<void> {
    const { policy, modelVersion } = await this.settings.scoringPolicy(db);
    const [loaded, history] = await Promise.all([
      this.evidence.load({ partnerIds }, asOf, policy, db),
      this.snapshots.between(partnerIds, historyStart(asOf, policy), asOf, db),
    ]);
    const historyByPartner = new Map<string, SnapshotRow[]>();
    for (const row of history) {
      const list = historyByPartner.get(row.partnerId);
      if (list) list.push(row);
      else historyByPartner.set(row.partnerId, [row]);
    }
    const rows: NewSnapshot[] = loaded.map((evidence) => {
      const scored = scoreEvidence(evidence, asOf, policy, historyOf(historyByPartner.get(evidence.partnerId) ?? [], asOf));
      return { partnerId: evidence.partnerId, asOf, reason, modelVersion, ...storedFigures(scored) };
    });
    await this.snapshots.save(rows, this.clock.now(), db);
  }
}
