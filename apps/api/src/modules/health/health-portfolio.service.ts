import { Injectable } from '@nestjs/common';
import { FACTORS, type Factor } from '@common-ground/domain';
import type { StaffMember } from '../../common/auth/staff-member';
import { pageRequest, toPage } from '../../common/pagination/page';
import type { PortfolioQueryDto } from './dto/health.query.dto';
import type { PortfolioDto, PortfolioFactorsDto, PortfolioItemDto, PortfolioPartnerDto } from './dto/portfolio.response.dto';
import { HealthPortfolioRepository, type PortfolioRow } from './health-portfolio.repository';

const EMPTY_COUNTS = { strength: 0, borderline: 0, concern: 0, insufficient: 0 };

function partnerOf(row: Pick<PortfolioRow, 'id' | 'name' | 'stage' | 'liaisonId' | 'liaisonName'>): PortfolioPartnerDto {
  return { id: row.id, name: row.name, stage: row.stage, liaison: row.liaisonId ? { id: row.liaisonId, name: row.liaisonName ?? '' } : null };
}

function itemOf(row: PortfolioRow): PortfolioItemDto {
  const factor = (f: Factor) => {
    const s = row.factors[f];
    return { score: s.score, band: s.band, confidence: s.confidence, flags: s.flags };
  };
  const { flags, lastAssessedOn, ...profile } = row.profile;
  return {
    partner: partnerOf(row),
    profile,
    factors: Object.fromEntries(FACTORS.keys.map((f) => [f, factor(f)])) as unknown as PortfolioFactorsDto,
    flags,
    lastAssessedOn,
    asOf: row.asOf,
  };
}

/** The manager's portfolio (see HealthPortfolioRepository: served from each partner's latest snapshot). */
@Injectable()
export class HealthPortfolioService {
  constructor(private readonly portfolioRepository: HealthPortfolioRepository) {}

  async portfolio(actor: StaffMember, query: PortfolioQueryDto): Promise<PortfolioDto> {
    const page = pageRequest(query);
    const result = await this.portfolioRepository.portfolio({
      band: query.band,
      factor: query.factor,
      flag: query.flag,
      liaisonId: query.liaison === 'me' ? actor.id : query.liaison,
      q: query.q,
      sort: query.sort ?? 'weakest',
      ...page,
    });
    const distribution = Object.fromEntries(FACTORS.keys.map((f) => [f, { ...EMPTY_COUNTS, ...result.distribution?.[f] }]));
    return {
      ...toPage((result.items ?? []).map(itemOf), result.total, page),
      distribution: distribution as unknown as PortfolioDto['distribution'],
      concernOrDeclining: (result.concernOrDeclining ?? []).map(itemOf),
      perceptionGaps: (result.perceptionGaps ?? []).map((g) => ({ partner: partnerOf(g), factor: g.factor, library: g.library, partnerMean: g.partnerMean })),
      stale: (result.stale ?? []).map((row) => ({ partner: partnerOf(row), lastAssessedOn: row.profile.lastAssessedOn })),
    };
  }
}
