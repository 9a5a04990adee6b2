import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FACTORS, type Factor, type PartnerStage } from '@common-ground/domain';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import { Params } from '../../common/database/sql-params';
import type { HealthBand, HealthFlag, PortfolioSort } from './dto/health.query.dto';
import type { StoredFactor, StoredProfile } from './health-snapshots.repository';

export interface PortfolioFilter {
  band?: HealthBand;
  factor?: Factor;
  flag?: HealthFlag;
  liaisonId?: string;
  q?: string;
  sort: PortfolioSort;
  limit: number;
  offset: number;
}

export interface PortfolioRow {
  id: string;
  name: string;
  stage: PartnerStage;
  liaisonId: string | null;
  liaisonName: string | null;
  asOf: string;
  factors: Record<Factor, StoredFactor>;
  profile: StoredProfile;
}

export interface PortfolioGapRow extends Omit<PortfolioRow, 'factors' | 'profile' | 'asOf'> {
  factor: Factor;
  library: number;
  partnerMean: number;
}

export interface PortfolioResult {
  total: number;
  items: PortfolioRow[] | null;
  distribution: Record<Factor, Record<HealthBand, number>> | null;
  concernOrDeclining: PortfolioRow[] | null;
  perceptionGaps: PortfolioGapRow[] | null;
  stale: PortfolioRow[] | null;
}

/** How many of the filtered partners the side lists show. */
export const CONCERN_LIST_SIZE = 10;
export const SIDE_LIST_SIZE = 20;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The weakest factor's score (null when no factor has at least medium confidence: those sort last). */
const WEAKEST_SCORE = `(f.factors -> (f.profile->>'weakestFactor') ->> 'score')::float8`;
const ORDER: Record<PortfolioSort, string> = {
  weakest: `${WEAKEST_SCORE} ASC NULLS LAST, lower(f.name), f.id`,
  name: 'lower(f.name), f.id',
  '-concerns': `(f.profile->>'concern')::int DESC, ${WEAKEST_SCORE} ASC NULLS LAST, lower(f.name), f.id`,
};
const ROW = `f.id, f.name, f.stage, f."liaisonId", f."liaisonName", f."asOf", f.factors, f.profile`;

/**
 * The portfolio, served from the latest snapshot of each live partner (monthly for all, and after every
 * assessment), not computed on request: computing 2,000 partners' health takes seconds (the monthly run measures
 * it), reading their latest snapshots takes milliseconds. ONE statement answers a page, the total, the distribution
 * per factor and the three side lists over the same filtered set. A partner recorded since the last snapshot run
 * has no snapshot yet and is not listed until the next run (or its first assessment).
 */
@Injectable()
export class HealthPortfolioRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async portfolio(filter: PortfolioFilter): Promise<PortfolioResult> {
    const params = new Params();
    const where = ['p.archived_at IS NULL'];
    if (filter.liaisonId) where.push(`p.liaison_id = ${params.add(filter.liaisonId)}::uuid`);
    if (filter.q?.trim()) where.push(`p.name ILIKE ${params.add(`%${escapeLike(filter.q.trim())}%`)}`);
    if (filter.band && filter.factor) {
      where.push(`h.factors -> ${params.add(filter.factor)}::text ->> 'band' = ${params.add(filter.band)}::text`);
    } else if (filter.band) {
      where.push(`EXISTS (SELECT 1 FROM jsonb_each(h.factors) e WHERE e.value->>'band' = ${params.add(filter.band)}::text)`);
    }
    if (filter.flag && filter.factor) {
      where.push(`h.factors -> ${params.add(filter.factor)}::text -> 'flags' ? ${params.add(filter.flag)}::text`);
    } else if (filter.flag) {
      where.push(`h.profile -> 'flags' ? ${params.add(filter.flag)}::text`);
    }
    if (filter.factor && !filter.band && !filter.flag) where.push(`h.profile->>'weakestFactor' = ${params.add(filter.factor)}::text`);
    const factorList = `unnest(ARRAY[${FACTORS.keys.map((k) => `'${k}'`).join(', ')}]::text[]) AS k`;
    const limit = params.add(filter.limit);
    const offset = params.add(filter.offset);
    const rows = await preparedQuery<PortfolioResult>(
      this.dataSource,
      `WITH filtered AS MATERIALIZED (
         SELECT p.id, p.name, p.stage, p.liaison_id AS "liaisonId", u.name AS "liaisonName", h.as_of::text AS "asOf",
                h.factors, h.profile
           FROM partners p
           JOIN LATERAL (
             SELECT h.as_of, h.factors, h.profile FROM health_snapshots h
              WHERE h.partner_id = p.id ORDER BY h.as_of DESC, h.taken_at DESC LIMIT 1
           ) h ON true
           LEFT JOIN users u ON u.id = p.liaison_id
          WHERE ${where.join(' AND ')}
       )
       SELECT (SELECT count(*) FROM filtered)::int AS total,
              (SELECT json_agg(x) FROM (SELECT ${ROW} FROM filtered f ORDER BY ${ORDER[filter.sort]}
                                        LIMIT ${limit} OFFSET ${offset}) x) AS items,
              (SELECT json_object_agg(d.k, d.counts) FROM (
                 SELECT k, json_build_object(
                          'strength', count(*) FILTER (WHERE f.factors->k->>'band' = 'strength'),
                          'borderline', count(*) FILTER (WHERE f.factors->k->>'band' = 'borderline'),
                          'concern', count(*) FILTER (WHERE f.factors->k->>'band' = 'concern'),
                          'insufficient', count(*) FILTER (WHERE f.factors->k->>'band' = 'insufficient')) AS counts
                   FROM ${factorList} LEFT JOIN filtered f ON true GROUP BY k) d) AS distribution,
              (SELECT json_agg(x) FROM (SELECT ${ROW} FROM filtered f
                                         WHERE (f.profile->>'concern')::int > 0 OR f.profile->'flags' ? 'declining'
                                         ORDER BY ${ORDER.weakest} LIMIT ${CONCERN_LIST_SIZE}) x) AS "concernOrDeclining",
              (SELECT json_agg(x) FROM (SELECT f.id, f.name, f.stage, f."liaisonId", f."liaisonName", k AS factor,
                                               (f.factors->k->>'library')::float8 AS library,
                                               (f.factors->k->>'partner')::float8 AS "partnerMean"
                                          FROM filtered f CROSS JOIN ${factorList}
                                         WHERE f.factors->k->'flags' ? 'perception-gap'
                                         ORDER BY abs((f.factors->k->>'library')::float8 - (f.factors->k->>'partner')::float8) DESC,
                                                  lower(f.name), f.id, k
                                         LIMIT ${SIDE_LIST_SIZE}) x) AS "perceptionGaps",
              (SELECT json_agg(x) FROM (SELECT ${ROW} FROM filtered f WHERE f.profile->'flags' ? 'stale'
                                         ORDER BY f.profile->>'lastAssessedOn' ASC NULLS FIRST, lower(f.name), f.id
                                         LIMIT ${SIDE_LIST_SIZE}) x) AS stale`,
      params.values,
    );
    return rows[0]!;
  }
}
