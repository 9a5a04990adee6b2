import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Factor } from '@common-ground/domain';
import type { IsoDate } from '@common-ground/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import type { ConfidenceLevel, SnapshotReason } from './dto/partner-health.response.dto';
import type { HealthBand, HealthFlag } from './dto/health.query.dto';

/** A factor as a snapshot stores it (health_snapshots.factors → key). */
export interface StoredFactor {
  score: number;
  se: number;
  lo: number;
  hi: number;
  band: HealthBand;
  confidence: ConfidenceLevel;
  omega: number;
  flags: HealthFlag[];
  /** Each side's mean, for the portfolio's perception gaps; null when that side gave no evidence. */
  library: number | null;
  partner: number | null;
}

/** The profile as a snapshot stores it (health_snapshots.profile). */
export interface StoredProfile {
  strength: number;
  borderline: number;
  concern: number;
  insufficient: number;
  weakestFactor: Factor | null;
  overall: number | null;
  text: string;
  /** Every flag on any factor. */
  flags: HealthFlag[];
  /** The newest assessment answer of either side up to the snapshot's day. */
  lastAssessedOn: IsoDate | null;
}

export interface NewSnapshot {
  partnerId: string;
  asOf: IsoDate;
  reason: SnapshotReason;
  modelVersion: string;
  factors: Record<Factor, StoredFactor>;
  profile: StoredProfile;
}

/** A stored snapshot as read back. */
export type SnapshotRow = NewSnapshot;

export interface WaveRow {
  id: string;
  openedOn: IsoDate;
}

/** A partner's latest snapshot, for lists that show health beside other columns (partners list, attention). */
export interface LatestHealthRow {
  partnerId: string;
  asOf: IsoDate;
  profile: StoredProfile;
  flags: HealthFlag[];
}

const SNAPSHOT_COLUMNS = `h.partner_id AS "partnerId", h.as_of::text AS "asOf", h.reason, h.model_version AS "modelVersion", h.factors, h.profile`;

@Injectable()
export class HealthSnapshotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Snapshots of the given partners with as_of in [from, to], oldest first (one day's monthly and assessment
   * snapshots both come back; the newest taken last). One statement for any number of partners.
   */
  async between(partnerIds: readonly string[], from: IsoDate, to: IsoDate, db?: EntityManager): Promise<SnapshotRow[]> {
    return preparedQuery<SnapshotRow>(
      this.dataSource,
      `SELECT ${SNAPSHOT_COLUMNS} FROM health_snapshots h
        WHERE h.partner_id = ANY($1::uuid[]) AND h.as_of >= $2::date AND h.as_of <= $3::date
        ORDER BY h.partner_id, h.as_of, h.taken_at, h.reason`,
      [partnerIds, from, to],
      db,
    );
  }

  /** One partner's snapshots and assessment waves up to `to`, oldest first: one statement for the partner's page. */
  async partnerHistory(partnerId: string, to: IsoDate): Promise<{ snapshots: SnapshotRow[]; waves: WaveRow[] }> {
    const rows = await preparedQuery<{ snapshots: SnapshotRow[]; waves: WaveRow[] }>(
      this.dataSource,
      `SELECT (SELECT coalesce(json_agg(x ORDER BY x."asOf", x."takenAt", x.reason), '[]')
                 FROM (SELECT ${SNAPSHOT_COLUMNS}, h.taken_at AS "takenAt" FROM health_snapshots h
                        WHERE h.partner_id = $1 AND h.as_of <= $2::date) x) AS snapshots,
              (SELECT coalesce(json_agg(w ORDER BY w."openedOn", w.id), '[]')
                 FROM (SELECT w.id, w.opened_on::text AS "openedOn" FROM assessment_waves w
                        WHERE w.partner_id = $1 AND w.opened_on <= $2::date) w) AS waves`,
      [partnerId, to],
    );
    return rows[0]!;
  }

  /**
   * Stores snapshots in one statement, replacing one of the same partner, day and reason (today's assessment
   * snapshot after another assessment; a monthly run taken again).
   */
  async save(snapshots: readonly NewSnapshot[], takenAt: Date, db?: EntityManager): Promise<void> {
    if (snapshots.length === 0) return;
    await preparedQuery(
      this.dataSource,
      `INSERT INTO health_snapshots (partner_id, as_of, reason, model_version, factors, profile, taken_at)
       SELECT s."partnerId", s."asOf", s.reason, s."modelVersion", s.factors, s.profile, $2
         FROM jsonb_to_recordset($1::jsonb) AS s("partnerId" uuid, "asOf" date, reason text, "modelVersion" text, factors jsonb, profile jsonb)
       ON CONFLICT (partner_id, as_of, reason) DO UPDATE
          SET model_version = EXCLUDED.model_version, factors = EXCLUDED.factors, profile = EXCLUDED.profile, taken_at = EXCLUDED.taken_at`,
      [JSON.stringify(snapshots), takenAt],
      db,
    );
  }

  /** Every live partner's id, in id order (the monthly run's chunks). */
  async livePartnerIds(): Promise<string[]> {
    const rows = await preparedQuery<{ id: string }>(this.dataSource, 'SELECT id FROM partners WHERE archived_at IS NULL ORDER BY id', []);
    return rows.map((r) => r.id);
  }

  /**
   * Claims the month for this process: of several API processes (or a restart) reaching the same month exactly one
   * gets the row back and runs it, as the weekly digest does with digest_runs.
   */
  async claimMonth(month: IsoDate, startedAt: Date): Promise<boolean> {
    const rows = await preparedQuery(
      this.dataSource,
      'INSERT INTO health_snapshot_runs (month, started_at) VALUES ($1, $2) ON CONFLICT (month) DO NOTHING RETURNING month',
      [month, startedAt],
    );
    return rows.length === 1;
  }

  async finishMonth(month: IsoDate, finishedAt: Date, partners: number): Promise<void> {
    await preparedQuery(this.dataSource, 'UPDATE health_snapshot_runs SET finished_at = $2, partners = $3 WHERE month = $1', [month, finishedAt, partners]);
  }

  /**
   * The latest snapshot's profile and flags of the given partners (or of every partner with one), in one
   * statement: for the lead's integration into the partners list (profile column) and the attention list
   * (concern, declining, stale assessment), as one join or one call.
   */
  async latestFor(partnerIds: readonly string[] | 'all'): Promise<LatestHealthRow[]> {
    const all = partnerIds === 'all';
    return preparedQuery<LatestHealthRow>(
      this.dataSource,
      `SELECT DISTINCT ON (h.partner_id) h.partner_id AS "partnerId", h.as_of::text AS "asOf", h.profile,
              coalesce(h.profile->'flags', '[]'::jsonb) AS flags
         FROM health_snapshots h
        ${all ? '' : 'WHERE h.partner_id = ANY($1::uuid[])'}
        ORDER BY h.partner_id, h.as_of DESC, h.taken_at DESC`,
      all ? [] : [partnerIds],
    );
  }
}

/** The SQL of "each partner's latest snapshot" as a subquery to join on partner_id (columns as LatestHealthRow). */
export const LATEST_SNAPSHOT_SQL = `SELECT DISTINCT ON (h.partner_id) h.partner_id, h.as_of, h.factors, h.profile
  FROM health_snapshots h ORDER BY h.partner_id, h.as_of DESC, h.taken_at DESC`;
