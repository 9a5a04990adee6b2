import { ApiProperty } from '@nestjs/swagger';
import { FACTORS, type Factor, PARTNER_STAGES, type PartnerStage } from '@common-ground/domain';
import { CONFIDENCES, type ConfidenceLevel, HealthProfileDto } from './partner-health.response.dto';
import { HEALTH_BANDS, HEALTH_FLAGS, type HealthBand, type HealthFlag } from './health.query.dto';

export class PortfolioLiaisonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class PortfolioPartnerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PARTNER_STAGES.keys }) stage: PartnerStage;
  @ApiProperty({ type: PortfolioLiaisonDto, nullable: true }) liaison: PortfolioLiaisonDto | null;
}

export class PortfolioFactorDto {
  @ApiProperty({ type: Number }) score: number;
  @ApiProperty({ enum: HEALTH_BANDS }) band: HealthBand;
  @ApiProperty({ enum: CONFIDENCES }) confidence: ConfidenceLevel;
  @ApiProperty({ enum: HEALTH_FLAGS, isArray: true }) flags: HealthFlag[];
}

export class PortfolioFactorsDto {
  @ApiProperty({ type: PortfolioFactorDto }) SA: PortfolioFactorDto;
  @ApiProperty({ type: PortfolioFactorDto }) TW: PortfolioFactorDto;
  @ApiProperty({ type: PortfolioFactorDto }) CE: PortfolioFactorDto;
  @ApiProperty({ type: PortfolioFactorDto }) IR: PortfolioFactorDto;
  @ApiProperty({ type: PortfolioFactorDto }) OC: PortfolioFactorDto;
}

export class PortfolioItemDto {
  @ApiProperty({ type: PortfolioPartnerDto }) partner: PortfolioPartnerDto;
  @ApiProperty({ type: HealthProfileDto }) profile: HealthProfileDto;
  @ApiProperty({ type: PortfolioFactorsDto }) factors: PortfolioFactorsDto;
  @ApiProperty({ enum: HEALTH_FLAGS, isArray: true, description: 'Every flag on any factor.' }) flags: HealthFlag[];
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The newest assessment answer, either side.' })
  lastAssessedOn: string | null;
  @ApiProperty({ format: 'date', description: 'The day of the snapshot shown.' }) asOf: string;
}

export class BandCountsDto {
  @ApiProperty({ type: 'integer' }) strength: number;
  @ApiProperty({ type: 'integer' }) borderline: number;
  @ApiProperty({ type: 'integer' }) concern: number;
  @ApiProperty({ type: 'integer' }) insufficient: number;
}

export class PortfolioDistributionDto {
  @ApiProperty({ type: BandCountsDto }) SA: BandCountsDto;
  @ApiProperty({ type: BandCountsDto }) TW: BandCountsDto;
  @ApiProperty({ type: BandCountsDto }) CE: BandCountsDto;
  @ApiProperty({ type: BandCountsDto }) IR: BandCountsDto;
  @ApiProperty({ type: BandCountsDto }) OC: BandCountsDto;
}

export class PerceptionGapDto {
  @ApiProperty({ type: PortfolioPartnerDto }) partner: PortfolioPartnerDto;
  @ApiProperty({ enum: FACTORS.keys }) factor: Factor;
  @ApiProperty({ type: Number, description: 'The library side’s mean.' }) library: number;
  @ApiProperty({ type: Number, description: 'The partner side’s mean.' }) partnerMean: number;
}

export class StaleAssessmentDto {
  @ApiProperty({ type: PortfolioPartnerDto }) partner: PortfolioPartnerDto;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastAssessedOn: string | null;
}

export class PortfolioDto {
  @ApiProperty({ type: [PortfolioItemDto] }) items: PortfolioItemDto[];
  @ApiProperty({ type: 'integer', description: 'Partners matching the filters.' }) total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty({ type: PortfolioDistributionDto, description: 'Per factor, how many of the filtered partners fall in each band.' })
  distribution: PortfolioDistributionDto;
  @ApiProperty({ type: [PortfolioItemDto], description: 'The first 10 filtered partners with a concern or a declining factor, weakest first.' })
  concernOrDeclining: PortfolioItemDto[];
  @ApiProperty({ type: [PerceptionGapDto], description: 'Up to 20 perception gaps among the filtered partners, largest first.' })
  perceptionGaps: PerceptionGapDto[];
  @ApiProperty({ type: [StaleAssessmentDto], description: 'Up to 20 filtered partners with a stale assessment, longest ago first.' })
  stale: StaleAssessmentDto[];
}
