import { Column, CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * The bookkeeping every record carries (DOMAIN.md "Records"): who made and last changed it, a version for
 * optimistic locking, and archivedAt for soft deletion (archived records can be restored; nothing is deleted).
 */
export abstract class TrackedRecord {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;

  @VersionColumn()
  version: number;

  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;
}
