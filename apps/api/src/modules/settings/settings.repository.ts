import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ScoringPolicy } from '@common-ground/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import { LibrarySettingsEntity } from './library-settings.entity';

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

  private require(settings: LibrarySettingsEntity | null): LibrarySettingsEntity {
    // The migration inserts the row and nothing deletes it: its absence is a broken database, not a user error.
    if (!settings) throw new Error('library_settings has no row; run the migrations');
    return settings;
  }
}
