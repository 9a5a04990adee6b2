import type { OutcomeMeasure, OutcomeTiming } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { ProgramSessionEntity } from '../program-sessions/program-session.entity';
import { ProgramEntity } from '../programs/program.entity';

/**
 * Participant survey results for one outcome measure: counts per answer option and non-responses, adding up to the
 * respondents. The share who agree is always derived (agree + strongly agree over those who answered), never typed.
 */
@Entity('outcome_results')
@Check('CHK_outcome_results_timing', 'see migration 1764547200000-programs')
@Check('CHK_outcome_results_measure', 'see migration')
@Check('CHK_outcome_results_counts', 'see migration')
@Index('UQ_outcome_results_live', { synchronize: false })
export class OutcomeResultEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outcome_results' })
  id: string;

  @Index('IDX_outcome_results_program')
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'FK_outcome_results_program' })
  program?: ProgramEntity;

  /** Set when the survey covered one session rather than the whole program. */
  @Column('uuid', { nullable: true })
  sessionId: string | null;

  @ManyToOne(() => ProgramSessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_outcome_results_session' })
  session?: ProgramSessionEntity | null;

  @Column('text')
  timing: OutcomeTiming;

  @Column('text')
  measure: OutcomeMeasure;

  @Column('integer')
  respondents: number;

  @Column('integer', { default: 0 })
  stronglyDisagree: number;

  @Column('integer', { default: 0 })
  disagree: number;

  @Column('integer', { default: 0 })
  neutral: number;

  @Column('integer', { default: 0 })
  agree: number;

  @Column('integer', { default: 0 })
  stronglyAgree: number;

  @Column('integer', { default: 0 })
  nonResponses: number;

  @Column('date', { nullable: true })
  collectedOn: string | null;
}
