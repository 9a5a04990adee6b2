import type { ImpactNoteResponseDto } from './dto/impact-note.response.dto';
import type { ImpactNoteEntity } from './impact-note.entity';
import type { ImpactNoteRow } from './impact-notes.repository';

export function toImpactNoteResponse(row: ImpactNoteRow): ImpactNoteResponseDto {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    attribution: row.attribution,
    valueDimension: row.value_dimension,
    consentToQuote: row.consent_to_quote,
    partner: row.partner_id ? { id: row.partner_id, name: row.partner_name! } : null,
    program: row.program_id ? { id: row.program_id, title: row.program_title! } : null,
    notedOn: row.noted_on,
    sourceUrl: row.source_url,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    version: row.version,
    archivedAt: row.archived_at ? row.archived_at.toISOString() : null,
  };
}

/** What the audit log records of a note. */
export function impactNoteAuditSnapshot(note: ImpactNoteEntity): Record<string, unknown> {
  return {
    kind: note.kind,
    text: note.text,
    attribution: note.attribution,
    valueDimension: note.valueDimension,
    consentToQuote: note.consentToQuote,
    partnerId: note.partnerId,
    programId: note.programId,
    notedOn: note.notedOn,
    sourceUrl: note.sourceUrl,
    archivedAt: note.archivedAt,
  };
}
