import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ScoringPolicy } from '@common-ground/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import { LibrarySettingsEntity } from './library-settings.entity';
import type { LibraryLogo, LogoMediaType } from './logo-upload';

/** What the audit log records of a logo: never the image, only enough to tell one from another. */
export interface LogoSummary {
  mediaType: LogoMediaType;
  bytes: number;
  sha256: string;
}

/** The id of the one settings row (the migration creates it; a check constraint allows no other). */
const SETTINGS_ROW_ID = 1;

@Injectable()
export class SettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async find(db: EntityManager = this.dataSource.manager): Promise<LibrarySettingsEntity> {
    return this.require(await db.getRepository(LibrarySettingsEntity).findOneBy({ id: SETTINGS_ROW_ID }));
  }

  /** The scoring policy and its model version: read on every health request, so one small prepared statement. */
  async scoringPolicy(db?: EntityManager): Promise<{ policy: ScoringPolicy | null; modelVersion: string }> {
    const rows = await preparedQuery<{ policy: ScoringPolicy | null; modelVersion: string }>(
      this.dataSource,
      'SELECT scoring_policy AS policy, scoring_model_version AS "modelVersion" FROM library_settings WHERE id = $1',
      [SETTINGS_ROW_ID],
      db,
    );
    if (!rows[0]) throw new Error('library_settings has no row; run the migrations');
    return rows[0];
  }

  /** Locks the row for the rest of the transaction, so two changes of the settings are applied one after the other. */
  async findForUpdate(db: EntityManager): Promise<LibrarySettingsEntity> {
    return this.require(await db.getRepository(LibrarySettingsEntity).findOne({ where: { id: SETTINGS_ROW_ID }, lock: { mode: 'pessimistic_write' } }));
  }

  async save(settings: LibrarySettingsEntity, db: EntityManager): Promise<LibrarySettingsEntity> {
    return db.getRepository(LibrarySettingsEntity).save(settings);
  }

  /** The logo (a separate read: the column is not selected with the settings). */
  async findLogo(): Promise<LibraryLogo | null> {
    const rows = (await this.dataSource.query(
      'SELECT logo AS data, logo_media_type AS "mediaType" FROM library_settings WHERE id = $1 AND logo IS NOT NULL',
      [SETTINGS_ROW_ID],
    )) as LibraryLogo[];
    return rows[0] ?? null;
  }

  /** The stored logo's type, size and digest, locking the row (the caller's transaction replaces or removes it). */
  async logoSummaryForUpdate(db: EntityManager): Promise<LogoSummary | null> {
    const rows = (await db.query(
      `SELECT logo_media_type AS "mediaType", octet_length(logo) AS bytes, encode(sha256(logo), 'hex') AS sha256
         FROM library_settings WHERE id = $1 FOR UPDATE`,
      [SETTINGS_ROW_ID],
    )) as { mediaType: LogoMediaType | null; bytes: number | null; sha256: string | null }[];
    const row = rows[0];
    if (!row) throw new Error('library_settings has no row; run the migrations');
    return row.mediaType && row.bytes !== null && row.sha256 ? { mediaType: row.mediaType, bytes: row.bytes, sha256: row.sha256 } : null;
  }

  /**
   * Replaces (or, with null, removes) the logo. The settings' version is left alone: a logo is replaced whole, so a
   * form holding the other settings has nothing of it to overwrite and need not be refused as stale.
   */
  async writeLogo(db: EntityManager, logo: LibraryLogo | null, actorId: string): Promise<void> {
    await db.query('UPDATE library_settings SET logo = $1, logo_media_type = $2, updated_by = $3, updated_at = now() WHERE id = $4', [
      logo?.data ?? null,
      logo?.mediaType ?? null,
      actorId,
      SETTINGS_ROW_ID,
    ]);
  }

  private require(settings: LibrarySettingsEntity | null): LibrarySettingsEntity {
    // The migration inserts the row and nothing deletes it: its absence is a broken database, not a user error.
    if (!settings) throw new Error('library_settings has no row; run the migrations');
    return settings;
  }
}
