import { EVIDENCE_KINDS, REPORT_SCOPE_KINDS } from '@common-ground/domain';
import type { EvidenceQuery, EvidenceRecord } from './api/types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the evidence page needs to know of a figure's source; the source itself is sent to the API as it is. */
export type EvidenceFilter = Pick<EvidenceQuery, 'kind' | 'from' | 'to' | 'scope'>;

/**
 * Checks that the evidence page's address (/reports/evidence?<source>) names a figure: the parameters every source
 * has. Null for a hand-edited or truncated link, so the page can say so in words instead of sending it. The rest of
 * the source (breakdowns, rates, partners…) is the API's to read: it is forwarded untouched, so a filter the API adds
 * later still reaches it.
 */
export function parseEvidenceSource(params: URLSearchParams): EvidenceFilter | null {
  const kind = params.get('kind');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const scope = params.get('scope');
  if (!EVIDENCE_KINDS.has(kind) || !REPORT_SCOPE_KINDS.has(scope) || !DAY.test(from) || !DAY.test(to)) return null;
  return { kind, from, to, scope };
}

/** The query string of one page of a source's records: the source as it is, with the page asked for. */
export function evidencePageQuery(source: string, limit: number, cursor: string | null): string {
  const params = new URLSearchParams(source);
  for (const paging of ['limit', 'offset', 'cursor']) params.delete(paging);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return params.toString();
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
