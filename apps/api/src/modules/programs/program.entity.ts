import type {
  AgeBand, AudienceScope, DevelopmentModel, FocusArea, ImpactArea, LibraryRole, PrimaryOutcome, ProgramFormat, ProgramLocation,
  ProgramStatus, ProgramStatusReason, Public,
} from '@common-ground/domain';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';

/** A joint program or event series, described in NILPPA's dimensions; its partners are its roles. */
@Entity('programs')
@Check('CHK_programs_topic', 'see migration 1764547200000-programs')
@Check('CHK_programs_primary_outcome', 'see migration')
@Check('CHK_programs_development_model', 'see migration')
@Check('CHK_programs_format', 'see migration')
@Check('CHK_programs_location', 'see migration')
@Check('CHK_programs_audience_scope', 'see migration')
@Check('CHK_programs_target_groups', 'see migration')
@Check('CHK_programs_age_bands', 'see migration')
@Check('CHK_programs_library_role', 'see migration')
@Check('CHK_programs_impact_areas', 'see migration')
@Check('CHK_programs_dates', 'see migration')
@Check('CHK_programs_status', 'see migration')
@Check('CHK_programs_status_reason', 'see migration')
// Live programs by start date, with the columns the list sums and filters on (a partial covering index: see
// migration 1764720000000-program-list-indexes), by end date for date ranges (1765152000000-program-list-by-end) and
// by attendance for "most attended first" (1765497600000-program-list-by-attendance).
@Index('IDX_programs_live_list', { synchronize: false })
@Index('IDX_programs_live_by_end', { synchronize: false })
@Index('IDX_programs_live_by_attendance', { synchronize: false })
@Index('IDX_programs_search', { synchronize: false })
export class ProgramEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_programs' })
  id: string;

  @Column('text')
  title: string;

  @Column('text', { default: '' })
  description: string;

  /** A focus area key. */
  @Index('IDX_programs_topic')
  @Column('text')
  topic: FocusArea;

  @Column('text')
  primaryOutcome: PrimaryOutcome;

  @Column('text')
  developmentModel: DevelopmentModel;

  @Column('text')
  format: ProgramFormat;

  @Column('text')
  location: ProgramLocation;

  @Column('text', { default: 'whole-community' })
  audienceScope: AudienceScope;

  /** Keys of PUBLICS, when the audience is specific groups. */
  @Column('text', { array: true, default: '{}' })
  targetGroups: Public[];

  @Column('text', { array: true, default: '{}' })
  ageBands: AgeBand[];

  @Column('text')
  libraryRole: LibraryRole;

  @Column('text', { array: true, default: '{}' })
  impactAreas: ImpactArea[];

  @Column('date')
  startsOn: string;

  @Column('date')
  endsOn: string;

  @Index('IDX_programs_status')
  @Column('text', { default: 'planned' })
  status: ProgramStatus;

  /** Required exactly when cancelled or postponed. */
  @Column('text', { nullable: true })
  statusReason: ProgramStatusReason | null;

  @Column('text', { nullable: true })
  statusNote: string | null;

  // The admin checklist: the date each item was done (SCORING.md "Admin readiness" compares them with startsOn).
  @Column('date', { nullable: true })
  agreementDoneOn: string | null;

  @Column('date', { nullable: true })
  brandingApprovedOn: string | null;

  @Column('date', { nullable: true })
  volunteersClearedOn: string | null;

  @Column('date', { nullable: true })
  spaceBookedOn: string | null;

  @Column('date', { nullable: true })
  timingConfirmedOn: string | null;

  @Column('boolean', { default: false })
  partnerCredited: boolean;

  @Column('date', { nullable: true })
  outcomeSummarySharedOn: string | null;

  // Totals of the program's live sessions, kept by a database trigger on program_sessions (see the migration);
  // read-only here so that saving a program never writes a stale total back.
  @Column({ type: 'integer', default: 0, insert: false, update: false })
  sessionCount: number;

  @Column({ type: 'integer', default: 0, insert: false, update: false })
  attendanceTotal: number;

  @Column({ type: 'integer', default: 0, insert: false, update: false })
  recordedViewsTotal: number;

  /**
   * What the header's search matches: the title's words, kept by a database trigger (see the programs migration).
   * Never read or written by the app; optional so that records built in code need not mention it.
   */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchDocument?: string;
}
