import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'create' | 'update' | 'archive' | 'restore' | 'deactivate' | 'sign-in';
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/** Who changed what, when: before and after values of the changed fields only. Never updated or deleted. */
@Entity('audit_entries')
@Index('IDX_audit_entries_entity', ['entityType', 'entityId', 'occurredAt'])
// By partner and date, carrying type and action so the timeline counts from the index (migration 1765238400000).
@Index('IDX_audit_entries_partner', { synchronize: false })
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_audit_entries' })
  id: string;

  @Index('IDX_audit_entries_occurred_at')
  @Column('timestamptz')
  occurredAt: Date;

  /** Insertion order: breaks ties between entries written in the same millisecond (one transaction, say). */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', select: false, insert: false, update: false })
  sequence: string;

  @Index('IDX_audit_entries_actor_id')
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Column('text')
  entityType: string;

  @Column('uuid')
  entityId: string;

  @Column('text')
  action: AuditAction;

  @Column('jsonb')
  changes: AuditChanges;

  /** The partner this change belongs to (the partner itself or one of its records), for the partner timeline. */
  @Column('uuid', { nullable: true })
  partnerId: string | null;
}
