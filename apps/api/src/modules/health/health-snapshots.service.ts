import { Injectable, Logger } from '@nestjs/common';
import type { IsoDate, ScoringPolicy } from '@common-ground/scoring';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { SettingsService } from '../settings/settings.service';
import type { SnapshotReason, SnapshotRunResultDto } from './dto/partner-health.response.dto';
import { HealthEvidenceRepository, groupBy, type PartnerEvidence } from './health-evidence.repository';
import { historyOf, historyStart, scoreEvidence, storedFigures } from './health-scoring';
import { HealthSnapshotsRepository, type NewSnapshot, type SnapshotRow } from './health-snapshots.repository';
import { todayOf } from './health.service';

/** The monthly snapshot is taken on the 1st of each month from 03:00 UTC, before anyone opens the portfolio. */
export const SNAPSHOT_HOUR_UTC = 3;

/**
 * Partners per chunk of the monthly run: each chunk is three statements (evidence, history, insert), whatever its
 * size; chunks bound the memory of one run and let other requests through between them. Measured on the large data
 * set (1,922 partners): 500 a chunk took the API from 150 to 328 MB resident for 7.7 s; 40 a chunk, 265 MB for 6.0 s.
 */
export const SNAPSHOT_CHUNK = 40;

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

  /**
   * Snapshots of the given partners (default: every live partner) as of a day up to today, for loading a history
   * (the demo's year of monthly and assessment snapshots, in date order). Returns how many were stored.
   */
  async snapshotAsOf(asOf: IsoDate, reason: SnapshotReason, partnerIds?: string[]): Promise<number> {
    return this.snapshotAllLive(asOf, reason, partnerIds);
  }

  /**
   * The given partners (default: every live one), chunk by chunk. While one chunk is scored (JavaScript),
   * PostgreSQL already reads the next one's evidence, so the run takes about the longer of the two, not their sum.
   */
  private async snapshotAllLive(asOf: IsoDate, reason: SnapshotReason, only?: string[]): Promise<number> {
    const ids = only ?? (await this.snapshots.livePartnerIds());
    const { policy, modelVersion } = await this.settings.scoringPolicy();
    const chunks: string[][] = [];
    for (let start = 0; start < ids.length; start += SNAPSHOT_CHUNK) chunks.push(ids.slice(start, start + SNAPSHOT_CHUNK));
    const load = (chunk: string[]) => {
      const loading = this.load(chunk, asOf, policy);
      loading.catch(() => undefined); // awaited below; this only keeps a failure meanwhile from counting as unhandled
      return loading;
    };
    let next = chunks.length > 0 ? load(chunks[0]!) : null;
    for (let i = 0; i < chunks.length; i++) {
      const loaded = await next!;
      next = i + 1 < chunks.length ? load(chunks[i + 1]!) : null;
      await this.snapshots.save(this.score(loaded, asOf, policy, modelVersion, reason), this.clock.now());
    }
    return ids.length;
  }

  /** Scores the partners (three statements for any number of them) and stores their snapshots. */
  private async snapshot(partnerIds: string[], asOf: IsoDate, reason: SnapshotReason, db?: EntityManager): Promise<void> {
    const { policy, modelVersion } = await this.settings.scoringPolicy(db);
    const loaded = await this.load(partnerIds, asOf, policy, db);
    await this.snapshots.save(this.score(loaded, asOf, policy, modelVersion, reason), this.clock.now(), db);
  }

  /** The partners' evidence and their recent snapshots (the trend's history): two statements. */
  private async load(partnerIds: string[], asOf: IsoDate, policy: ScoringPolicy, db?: EntityManager): Promise<LoadedChunk> {
    const [evidence, history] = await Promise.all([
      this.evidence.load({ partnerIds }, asOf, policy, db),
      this.snapshots.between(partnerIds, historyStart(asOf, policy), asOf, db),
    ]);
    return { evidence, history };
  }

  private score({ evidence, history }: LoadedChunk, asOf: IsoDate, policy: ScoringPolicy, modelVersion: string, reason: SnapshotReason): NewSnapshot[] {
    const historyByPartner = groupBy(history, (row) => row.partnerId);
    return evidence.map((partner) => {
      const scored = scoreEvidence(partner, asOf, policy, historyOf(historyByPartner.get(partner.partnerId) ?? [], asOf));
      return { partnerId: partner.partnerId, asOf, reason, modelVersion, ...storedFigures(scored) };
    });
  }
}

interface LoadedChunk {
  evidence: PartnerEvidence[];
  history: SnapshotRow[];
}
