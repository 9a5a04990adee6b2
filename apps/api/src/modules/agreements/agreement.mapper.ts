import type { AgreementEntity } from './agreement.entity';
import type { AgreementResponseDto } from './dto/agreement.response.dto';

export function toAgreementResponse(agreement: AgreementEntity): AgreementResponseDto {
  return {
    id: agreement.id,
    partnerId: agreement.partnerId,
    kind: agreement.kind,
    title: agreement.title,
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    reviewOn: agreement.reviewOn,
    listsContributions: agreement.listsContributions,
    attachmentUrl: agreement.attachmentUrl,
    createdAt: agreement.createdAt.toISOString(),
    updatedAt: agreement.updatedAt.toISOString(),
    createdBy: agreement.createdBy,
    version: agreement.version,
    archivedAt: agreement.archivedAt ? agreement.archivedAt.toISOString() : null,
  };
}

/** What the audit log records of an agreement. */
export function agreementAuditSnapshot(agreement: AgreementEntity): Record<string, unknown> {
  return {
    kind: agreement.kind,
    title: agreement.title,
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    reviewOn: agreement.reviewOn,
    listsContributions: agreement.listsContributions,
    attachmentUrl: agreement.attachmentUrl,
    archivedAt: agreement.archivedAt,
  };
}
