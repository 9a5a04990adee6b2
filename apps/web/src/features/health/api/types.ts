/** The health feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { Factor } from '@common-ground/domain';
import type { paths } from '../../../lib/api-types';

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;

export type PartnerHealth = JsonOf<paths['/api/v1/partners/{id}/health']['get']['responses'][200]>;
export type FactorHealth = PartnerHealth['factors'][number];
export type HealthProfile = PartnerHealth['profile'];
export type EvidenceUnit = FactorHealth['units'][number];
export type EvidenceRecord = EvidenceUnit['records'][number];
export type SideMean = NonNullable<FactorHealth['sides']['library']>;

export type Band = FactorHealth['band'];
export type Confidence = FactorHealth['confidence'];
export type FlagKey = FactorHealth['flags'][number]['key'];

export type Portfolio = JsonOf<paths['/api/v1/health/portfolio']['get']['responses'][200]>;
export type PortfolioItem = Portfolio['items'][number];
export type PortfolioPartner = PortfolioItem['partner'];
export type PortfolioFactor = PortfolioItem['factors'][Factor];
export type PerceptionGap = Portfolio['perceptionGaps'][number];
export type BandCounts = Portfolio['distribution'][Factor];

export type PortfolioQuery = NonNullable<paths['/api/v1/health/portfolio']['get']['parameters']['query']>;
export type PortfolioSort = NonNullable<PortfolioQuery['sort']>;
