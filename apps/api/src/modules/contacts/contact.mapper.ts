import type { ContactEntity } from './contact.entity';
import type { ContactResponseDto } from './dto/contact.response.dto';

export function toContactResponse(contact: ContactEntity): ContactResponseDto {
  return {
    id: contact.id,
    partnerId: contact.partnerId,
    name: contact.name,
    title: contact.title,
    email: contact.email,
    phone: contact.phone,
    isPrimary: contact.isPrimary,
    affiliationStart: contact.affiliationStart,
    affiliationEnd: contact.affiliationEnd,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
    createdBy: contact.createdBy,
    version: contact.version,
    archivedAt: contact.archivedAt ? contact.archivedAt.toISOString() : null,
  };
}

/** What the audit log records of a contact. */
export function contactAuditSnapshot(contact: ContactEntity): Record<string, unknown> {
  return {
    name: contact.name,
    title: contact.title,
    email: contact.email,
    phone: contact.phone,
    isPrimary: contact.isPrimary,
    affiliationStart: contact.affiliationStart,
    affiliationEnd: contact.affiliationEnd,
    archivedAt: contact.archivedAt,
  };
}
