import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One weekly digest run. The primary key is the week, so a second API process (or a restart) that reaches the same
 * week finds the row and sends nothing.
 */
@Entity('digest_runs')
export class DigestRunEntity {
  @PrimaryColumn('date', { primaryKeyConstraintName: 'PK_digest_runs' })
  weekStarting: string;

  @Column('timestamptz')
  startedAt: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;

  @Column('integer', { default: 0 })
  sent: number;

  @Column('integer', { default: 0 })
  failed: number;
}
