import type { ScoringPolicy } from '@common-ground/scoring';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** numeric columns come back from pg as strings. */
const decimal = { to: (value: number) => value, from: (value: string) => Number(value) };

/** The library's settings: one row (id 1), created by the migration; the scoring policy since migration 1764979200000. */
@Entity('library_settings')
@Check('CHK_library_settings_single', 'see migration 1764547200000-programs')
@Check('CHK_library_settings_rate', 'see migration')
@Check('CHK_library_settings_logo', 'see migration 1765065600000-impact-reports')
export class LibrarySettingsEntity {
  @PrimaryColumn('smallint', { primaryKeyConstraintName: 'PK_library_settings', default: 1 })
  id: number;

  @Column('text', { default: 'Our library' })
  libraryName: string;

  /** Dollars per volunteer hour; copied onto each valued contribution with its source and year. */
  @Column('numeric', { precision: 8, scale: 2, transformer: decimal })
  volunteerHourRate: number;

  @Column('text', { default: 'Independent Sector, national value of volunteer time' })
  volunteerRateSource: string;

  @Column('integer', { default: 2024 })
  volunteerRateYear: number;

  /** The library's scoring policy (SCORING.md); null = libs/scoring's DEFAULT_POLICY. */
  @Column('jsonb', { nullable: true })
  scoringPolicy: ScoringPolicy | null;

  /** modelVersionOf(the effective policy): every snapshot taken under it records this. */
  @Column('text', { default: '1' })
  scoringModelVersion: string;

  /** The logo printed on impact reports (PNG or JPEG, ≤ 256 KB); not selected with the settings, read on its own. */
  @Column('bytea', { nullable: true, select: false })
  logo: Buffer | null;

  @Column('text', { nullable: true })
  logoMediaType: 'image/png' | 'image/jpeg' | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
