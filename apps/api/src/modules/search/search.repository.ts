import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { prefixTsQuerySql } from './prefix-tsquery';

export interface SearchRow {
  kind: 'partner' | 'contact';
  id: string;
  title: string;
  partner_id: string;
  partner_name: string;
  partner_type: string;
  partner_stage: string;
  contact_title: string | null;
  archived: boolean;
  rank: number;
}

@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Partners and contacts matching a prefix tsquery, up to `limit` of each, in one statement. Each side goes
   * through its GIN expression index (the expressions are exactly the migration's). Live records first, then
   * rank, partners before contacts at equal rank, then name.
   */
  async search(terms: string[], limit: number): Promise<SearchRow[]> {
    const params: unknown[] = [limit];
    const query = `(${prefixTsQuerySql(terms, (term) => {
      params.push(term);
      return `$${params.length}`;
    })})`;
    return this.dataSource.query(
      `SELECT * FROM (
       (SELECT 'partner' AS kind, p.id, p.name AS title, p.id AS partner_id, p.name AS partner_name, p.type AS partner_type,
               p.stage AS partner_stage, NULL AS contact_title, p.archived_at IS NOT NULL AS archived,
               ts_rank(p.search_document, ${query})::float8 AS rank
          FROM partners p
         WHERE p.search_document @@ ${query}
         ORDER BY archived, rank DESC, lower(p.name), p.id
         LIMIT $1)
       UNION ALL
       (SELECT 'contact', c.id, c.name, p.id, p.name, p.type, p.stage, c.title,
               (c.archived_at IS NOT NULL OR p.archived_at IS NOT NULL),
               ts_rank(c.search_document, ${query})::float8
          FROM contacts c
          JOIN partners p ON p.id = c.partner_id
         WHERE c.search_document @@ ${query}
         ORDER BY 9, 10 DESC, lower(c.name), c.id
         LIMIT $1)
       ) found
       ORDER BY found.archived, found.rank DESC, found.kind DESC, lower(found.title), found.id`,
      params,
    );
  }
}
