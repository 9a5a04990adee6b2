import { Column, CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Who made a record and last changed it, and its version for optimistic locking (DOMAIN.md "Records"). */
export abstract class StampedRecord {
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
}

/**
 * A record of the library's partnership work: stamped, and soft-deleted through archivedAt (archived records can be
 * restored; nothing is deleted). Staff accounts are stamped only: they are deactivated, not archived.
 */
export abstract class TrackedRecord extends StampedRecord {
  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;
}
