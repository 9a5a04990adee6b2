import { FACTORS } from '@common-ground/domain';
import type { CommitmentResponseDto } from '../commitments/dto/commitment.response.dto';
import type { CommunicationChanges, CommunicationRow, FactorTag } from './communications.repository';
import type { CommunicationResponseDto } from './dto/communication.response.dto';
import type { FactorTagDto } from './dto/factor-tag.dto';

export function toCommunicationResponse(row: CommunicationRow, followUps: CommitmentResponseDto[]): CommunicationResponseDto {
  return {
    id: row.id,
    partnerId: row.partner_id,
    partner: { id: row.partner_id, name: row.partner_name },
    occurredAt: row.occurred_at.toISOString(),
    channel: row.channel,
    initiatedBy: row.initiated_by,
    twoWay: row.two_way,
    substantive: row.substantive,
    summary: row.summary,
    staffParticipants: row.staff_participants,
    contactParticipants: row.contact_participants,
    factorTags: row.factor_tags,
    followUps,
    author: row.created_by ? { id: row.created_by, name: row.author_name ?? 'A former staff member' } : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    version: row.version,
    archivedAt: row.archived_at ? row.archived_at.toISOString() : null,
  };
}

/** Tags as stored and shown: in factor order, an empty note as none. Order makes "same set" a plain comparison. */
export function normaliseTags(tags: readonly FactorTagDto[]): FactorTag[] {
  return [...tags]
    .sort((a, b) => FACTORS.keys.indexOf(a.factor) - FACTORS.keys.indexOf(b.factor))
    .map((tag) => ({ factor: tag.factor, sign: tag.sign, note: tag.note ?? null }));
}

/** What the audit log records of a communication (its follow-ups are audited as commitments of their own). */
export function communicationAuditSnapshot(communication: CommunicationChanges, factorTags: readonly FactorTag[]): Record<string, unknown> {
  return {
    occurredAt: communication.occurredAt,
    channel: communication.channel,
    initiatedBy: communication.initiatedBy,
    twoWay: communication.twoWay,
    substantive: communication.substantive,
    summary: communication.summary,
    staffParticipantIds: communication.staffParticipantIds,
    contactParticipantIds: communication.contactParticipantIds,
    factorTags: factorTags.map((tag) => ({ factor: tag.factor, sign: tag.sign, note: tag.note })),
    archivedAt: communication.archivedAt,
  };
}
