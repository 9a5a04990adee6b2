import {
  CONTRIBUTION_TYPES,
  EVIDENCE_KINDS,
  FACTORS,
  FOCUS_AREAS,
  LIBRARY_ROLES,
  OUTCOME_MEASURES,
  OUTCOME_TIMINGS,
  REPORT_SCOPE_KINDS,
  SESSION_FORMATS,
  SIDES,
} from '@common-ground/domain';
import type { EvidenceQuery, EvidenceRecord } from './api/types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a figure's source back from the evidence page's address (/reports/evidence?<source>). Anything the API would
 * refuse (a hand-edited or truncated link) gives null, so the page can say so in words instead of sending it.
 */
export function parseEvidenceSource(params: URLSearchParams): EvidenceQuery | null {
  const kind = params.get('kind');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const scope = params.get('scope');
  if (!EVIDENCE_KINDS.has(kind) || !REPORT_SCOPE_KINDS.has(scope) || !DAY.test(from) || !DAY.test(to)) return null;
  const query: EvidenceQuery = { kind, from, to, scope };
  const partnerIds = params.getAll('partnerId');
  const programIds = params.getAll('programId');
  const focusAreas = params.getAll('focusArea').filter(FOCUS_AREAS.has);
  const libraryRoles = params.getAll('libraryRole').filter(LIBRARY_ROLES.has);
  if (partnerIds.length) query.partnerId = partnerIds;
  if (programIds.length) query.programId = programIds;
  if (focusAreas.length) query.focusArea = focusAreas;
  if (libraryRoles.length) query.libraryRole = libraryRoles;
  const format = params.get('format');
  if (SESSION_FORMATS.has(format)) query.format = format;
  const measure = params.get('measure');
  if (OUTCOME_MEASURES.has(measure)) query.measure = measure;
  const timing = params.get('timing');
  if (OUTCOME_TIMINGS.has(timing)) query.timing = timing;
  const side = params.get('side');
  if (SIDES.has(side)) query.side = side;
  const type = params.get('type');
  if (CONTRIBUTION_TYPES.has(type)) query.type = type;
  const partner = params.get('partner');
  if (partner) query.partner = partner;
  const factor = params.get('factor');
  if (FACTORS.has(factor)) query.factor = factor;
  return query;
}

/**
 * Where an evidence record opens. A record's title is its program's title or its partner's name (API contract):
 * contributions and health scores are a partner's, the rest a program's.
 */
export function evidenceRecordPath(kind: EvidenceQuery['kind'], record: EvidenceRecord): string | null {
  const partnerFirst = kind === 'contributions' || kind === 'health-snapshots';
  const partnerPath = record.partnerId ? `/partners/${record.partnerId}` : null;
  const programPath = record.programId ? `/programs/${record.programId}` : null;
  return partnerFirst ? (partnerPath ?? programPath) : (programPath ?? partnerPath);
}

/** What an evidence list's values add up to, in words fitting its kind. */
export const EVIDENCE_VALUE_WORDS: Record<EvidenceQuery['kind'], string> = {
  programs: 'Attendance in the period',
  sessions: 'Attendance',
  'outcome-results': 'Respondents who answered',
  contributions: 'Money value',
  'impact-notes': 'Value',
  'health-snapshots': 'Score',
};
