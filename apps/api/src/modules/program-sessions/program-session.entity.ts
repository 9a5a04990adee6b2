import type { SessionFormat } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { ProgramEntity } from '../programs/program.entity';

/** One occurrence of a program, with attendance in the US public library statistics age bands. */
@Entity('program_sessions')
@Check('CHK_program_sessions_format', 'see migration 1764547200000-programs')
@Check('CHK_program_sessions_attendance', 'see migration')
@Index('IDX_program_sessions_program', ['programId', 'startsAt'])
export class ProgramSessionEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_program_sessions' })
  id: string;

  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'FK_program_sessions_program' })
  program?: ProgramEntity;

  @Column('timestamptz')
  startsAt: Date;

  @Column('text')
  format: SessionFormat;

  @Column('integer', { name: 'attendance_age_0_5', default: 0 })
  attendanceAge0To5: number;

  @Column('integer', { name: 'attendance_age_6_11', default: 0 })
  attendanceAge6To11: number;

  @Column('integer', { name: 'attendance_age_12_18', default: 0 })
  attendanceAge12To18: number;

  @Column('integer', { name: 'attendance_age_19_plus', default: 0 })
  attendanceAge19Plus: number;

  @Column('integer', { default: 0 })
  attendanceGeneral: number;

  /** Views of the recording within 30 days (recorded sessions). */
  @Column('integer', { nullable: true })
  recordedViews: number | null;

  /** Whether the actual audience matched the program's target; null when not recorded (SCORING.md SA). */
  @Column('boolean', { nullable: true })
  audienceMatched: boolean | null;

  @Column('text', { default: '' })
  notes: string;
}
