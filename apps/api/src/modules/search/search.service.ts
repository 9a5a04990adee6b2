import { Injectable } from '@nestjs/common';
import { CHANNELS, type Channel, IMPACT_NOTE_KINDS, PARTNER_STAGES, PARTNER_TYPES, PROGRAM_STATUSES } from '@common-ground/domain';
import { dateInWords, listInWords, shortened } from '../timeline/timeline-summary';
import { SEARCH_DEFAULT_LIMIT, type SearchQueryDto, type SearchResultDto, type SearchResultsDto } from './dto/search.dto';
import { prefixSearchTerms } from './prefix-tsquery';
import { type SearchRow, SearchRepository } from './search.repository';

const labelOf = (labels: Record<string, string>, key: string | null) => (key === null ? '' : (labels[key] ?? key));
const typeLabel = (key: string | null) => labelOf(PARTNER_TYPES.labels, key);
const stageLabel = (key: string | null) => labelOf(PARTNER_STAGES.labels, key);

/** Lengths that fit one line of the search list on a phone. */
const TITLE_LENGTH = 80;
const EXCERPT_LENGTH = 100;
/** A program's partners named in its subtitle before "and 3 more". */
const PARTNERS_NAMED = 2;

/** "3 Mar 2026", or "3 Mar 2026 – 30 Jun 2026" for a program over several days. */
function dateSpan(startsOn: string, endsOn: string | null): string {
  return endsOn && endsOn !== startsOn ? `${dateInWords(startsOn)} – ${dateInWords(endsOn)}` : dateInWords(startsOn);
}

/** "with Riverside Clinic", "with A, B and 3 more"; empty without partners. */
function withPartners(names: readonly string[]): string {
  if (names.length === 0) return '';
  const named = names.length > PARTNERS_NAMED + 1 ? [...names.slice(0, PARTNERS_NAMED), `${names.length - PARTNERS_NAMED} more`] : [...names];
  return `with ${listInWords(named)}`;
}

const joined = (parts: (string | null | undefined)[]) => parts.filter((part) => part).join(' · ');

/** What a hit says in the list: its title and one line that tells it apart from similar ones. */
function titleAndSubtitle(row: SearchRow): { title: string; subtitle: string } {
  switch (row.kind) {
    case 'partner':
      return { title: row.title, subtitle: `${typeLabel(row.partner_type)} · ${stageLabel(row.partner_stage)}` };
    case 'contact':
      return { title: row.title, subtitle: `${row.contact_title ? row.contact_title : 'Contact'} at ${row.partner_name}` };
    case 'program':
      return {
        title: row.title,
        subtitle: joined([labelOf(PROGRAM_STATUSES.labels, row.program_status), dateSpan(row.starts_on!, row.ends_on), withPartners(row.program_partners ?? [])]),
      };
    case 'communication':
      // "Meeting with Riverside Clinic" / "3 Nov 2026 · Planned the spring festival…": the partner, channel and date.
      return {
        title: `${labelOf(CHANNELS.labels, row.channel)} with ${row.partner_name}`,
        subtitle: joined([dateInWords(row.occurred_at!), shortened(row.excerpt ?? '', EXCERPT_LENGTH)]),
      };
    case 'impact-note':
      return {
        title: shortened(row.excerpt ?? '', TITLE_LENGTH),
        subtitle: joined([labelOf(IMPACT_NOTE_KINDS.labels, row.note_kind), row.program_title, row.partner_name, row.noted_on ? dateInWords(row.noted_on) : null]),
      };
  }
}

function toSearchResult(row: SearchRow): SearchResultDto {
  return {
    kind: row.kind,
    id: row.id,
    ...titleAndSubtitle(row),
    partnerId: row.partner_id,
    archived: row.archived,
    partnerName: row.partner_name,
    programId: row.program_id,
    channel: row.channel as Channel | null,
    occurredAt: row.occurred_at ? row.occurred_at.toISOString() : null,
  };
}

/**
 * The header's search box: partners and contacts as you type, best first; then programs, communications and impact
 * notes in use, newest first.
 */
@Injectable()
export class SearchService {
  constructor(private readonly records: SearchRepository) {}

  async search(query: SearchQueryDto): Promise<SearchResultsDto> {
    const terms = prefixSearchTerms(query.q);
    if (!terms) return { items: [] };
    const rows = await this.records.search(terms, query.limit ?? SEARCH_DEFAULT_LIMIT);
    return { items: rows.map(toSearchResult) };
  }
}
