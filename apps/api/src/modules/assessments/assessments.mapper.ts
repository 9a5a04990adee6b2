import { factorMeans } from './assessment-answers';
import type { AssessmentDto, AssessmentInvitationDto, InvitationStatus } from './dto/assessment.response.dto';
import type { AssessmentRow, InvitationRow, NewAssessment } from './assessments.repository';

/** A response as the API shows it; `detailed` adds the item-level answers and the comments. */
export function toAssessmentDto(row: AssessmentRow, detailed: boolean): AssessmentDto {
  const dto: AssessmentDto = {
    id: row.id,
    waveId: row.wave_id,
    side: row.side,
    respondent:
      row.side === 'library'
        ? { kind: 'staff', id: row.respondent_user_id!, name: row.respondent_name }
        : { kind: 'contact', id: row.respondent_contact_id!, name: row.respondent_name },
    answeredAt: row.answered_at.toISOString(),
    factorMeans: factorMeans(row.answers),
    collaborationLevel: row.collaboration_level,
  };
  if (detailed) {
    dto.answers = row.answers;
    dto.comments = row.comments;
  }
  return dto;
}

export function invitationStatus(row: Pick<InvitationRow, 'used_at' | 'expires_at'>, now: Date): InvitationStatus {
  if (row.used_at) return 'answered';
  return row.expires_at.getTime() <= now.getTime() ? 'expired' : 'pending';
}

export function toInvitationDto(row: InvitationRow, now: Date): AssessmentInvitationDto {
  return {
    id: row.id,
    contact: { id: row.contact_id, name: row.contact_name, email: row.contact_email },
    status: invitationStatus(row, now),
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    emailedAt: row.emailed_at?.toISOString() ?? null,
    usedAt: row.used_at?.toISOString() ?? null,
  };
}

/**
 * What the audit log records of an answer (the partner's timeline reads it): who answered, when, in which wave, by
 * name too, as a partner contact is no actor ("Ana Ruiz answered the partnership assessment"). The answers
 * themselves stay in the response, which is never changed.
 */
export function assessmentAuditSnapshot(assessment: Omit<NewAssessment, 'answers' | 'comments'>, respondentName: string | null): Record<string, unknown> {
  return {
    side: assessment.side,
    respondentUserId: assessment.respondentUserId,
    respondentContactId: assessment.respondentContactId,
    respondentName,
    invitationId: assessment.invitationId,
    waveId: assessment.waveId,
    answeredAt: assessment.answeredAt.toISOString(),
    collaborationLevel: assessment.collaborationLevel,
  };
}
