import type { CommitmentEntity } from './commitment.entity';
import type { CommitmentRow } from './commitments.repository';
import type { CommitmentCompletion, CommitmentResponseDto } from './dto/commitment.response.dto';

const FORMER_STAFF = 'A former staff member';

/** Done on time or late follows from the completion date against the due date; it is never stored. */
export function completionOf(status: string, completedOn: string | null, dueOn: string): CommitmentCompletion | null {
  if (status !== 'done' || completedOn === null) return null;
  return completedOn <= dueOn ? 'on-time' : 'late';
}

/** Overdue: still open after its due day. A commitment due today is not overdue yet. */
export function isOverdue(status: string, dueOn: string, today: string): boolean {
  return status === 'open' && dueOn < today;
}

/** `today` is the Clock's date in UTC: overdue depends on it. */
export function toCommitmentResponse(row: CommitmentRow, today: string): CommitmentResponseDto {
  return {
    id: row.id,
    partnerId: row.partner_id,
    partner: { id: row.partner_id, name: row.partner_name },
    communicationId: row.communication_id,
    program: row.program_id ? { id: row.program_id, title: row.program_title ?? '' } : null,
    description: row.description,
    ownerSide: row.owner_side,
    ownerUser: row.owner_user_id ? { id: row.owner_user_id, name: row.owner_user_name ?? FORMER_STAFF } : null,
    ownerContact: row.owner_contact_id ? { id: row.owner_contact_id, name: row.owner_contact_name ?? '' } : null,
    dueOn: row.due_on,
    status: row.status,
    completedOn: row.completed_on,
    completion: completionOf(row.status, row.completed_on, row.due_on),
    overdue: isOverdue(row.status, row.due_on, today),
    statusChangedAt: row.status_changed_at ? row.status_changed_at.toISOString() : null,
    statusChangedBy: row.status_changed_by ? { id: row.status_changed_by, name: row.status_changed_by_name ?? FORMER_STAFF } : null,
    statusReason: row.status_reason,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    version: row.version,
    archivedAt: row.archived_at ? row.archived_at.toISOString() : null,
  };
}

/**
 * What the audit log records of a commitment (who changed its status and when is the audit entry itself). The
 * program is optional here: seed and demo data write follow-ups of communications, which have none (absent and null
 * record the same).
 */
export function commitmentAuditSnapshot(
  commitment: Pick<
    CommitmentEntity,
    'description' | 'ownerSide' | 'ownerUserId' | 'ownerContactId' | 'dueOn' | 'status' | 'completedOn' | 'statusReason' | 'communicationId' | 'archivedAt'
  > & { programId?: string | null },
): Record<string, unknown> {
  return {
    description: commitment.description,
    ownerSide: commitment.ownerSide,
    ownerUserId: commitment.ownerUserId,
    ownerContactId: commitment.ownerContactId,
    dueOn: commitment.dueOn,
    status: commitment.status,
    completedOn: commitment.completedOn,
    statusReason: commitment.statusReason,
    communicationId: commitment.communicationId,
    programId: commitment.programId ?? null,
    archivedAt: commitment.archivedAt,
  };
}
