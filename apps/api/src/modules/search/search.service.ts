import { Injectable } from '@nestjs/common';
import { PARTNER_STAGES, PARTNER_TYPES } from '@common-ground/domain';
import { SEARCH_DEFAULT_LIMIT, type SearchQueryDto, type SearchResultDto, type SearchResultsDto } from './dto/search.dto';
import { prefixSearchTerms } from './prefix-tsquery';
import { type SearchRow, SearchRepository } from './search.repository';

const typeLabel = (key: string) => PARTNER_TYPES.labels[key as keyof typeof PARTNER_TYPES.labels] ?? key;
const stageLabel = (key: string) => PARTNER_STAGES.labels[key as keyof typeof PARTNER_STAGES.labels] ?? key;

function toSearchResult(row: SearchRow): SearchResultDto {
  const subtitle =
    row.kind === 'partner'
      ? `${typeLabel(row.partner_type)} · ${stageLabel(row.partner_stage)}`
      : `${row.contact_title ? row.contact_title : 'Contact'} at ${row.partner_name}`;
  return { kind: row.kind, id: row.id, title: row.title, subtitle, partnerId: row.partner_id, archived: row.archived };
}

/** The header's search box: partners and contacts as you type, best first. */
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
