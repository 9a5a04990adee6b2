import { ApiProperty } from '@nestjs/swagger';
import { FACTORS, type Factor } from '@common-ground/domain';
import { HEALTH_BANDS, HEALTH_FLAGS, type HealthBand, type HealthFlag } from './health.query.dto';

export const RECORD_TYPES = ['communication', 'commitment', 'goal', 'agreement', 'program', 'assessment'] as const;
export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type ConfidenceLevel = (typeof CONFIDENCES)[number];
export const SNAPSHOT_REASONS = ['monthly', 'assessment'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

export class HealthProfileDto {
  @ApiProperty({ type: 'integer' }) strength: number;
  @ApiProperty({ type: 'integer' }) borderline: number;
  @ApiProperty({ type: 'integer' }) concern: number;
  @ApiProperty({ type: 'integer' }) insufficient: number;
  @ApiProperty({ enum: FACTORS.keys, nullable: true, description: 'The lowest score among factors with at least medium confidence.' })
  weakestFactor: Factor | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The mean of the five scores; only ever shown beside the profile.' })
  overall: number | null;
  @ApiProperty({ example: '1 strength · 3 borderline · 1 concern' }) text: string;
}

export class HealthRecordDto {
  @ApiProperty({ enum: RECORD_TYPES }) type: (typeof RECORD_TYPES)[number];
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Meeting, 2026-03-01' }) label: string;
}

export class HealthUnitDto {
  @ApiProperty({ example: 'recency', description: 'assessment-library, assessment-partner, or a behaviour signal of SCORING.md.' }) key: string;
  @ApiProperty({ example: 'Recency of contact' }) label: string;
  @ApiProperty({ type: Number, description: 'The unit’s value on the 1–5 scale.' }) x: number;
  @ApiProperty({ type: Number, description: 'Its weight (votes).' }) v: number;
  @ApiProperty({ type: Number, description: 'What it moved the score from the prior; they sum to score − μ0.' }) contribution: number;
  @ApiProperty({ example: 'Last two-way contact 12 days ago (cadence 30 days)' }) sentence: string;
  @ApiProperty({ type: [HealthRecordDto], description: 'The records the unit rests on, for links (at most 10, newest first).' }) records: HealthRecordDto[];
  @ApiProperty({ type: 'integer', description: 'How many records the unit rests on (records lists the newest 10).' }) recordCount: number;
}

export class HealthFlagDto {
  @ApiProperty({ enum: HEALTH_FLAGS }) key: HealthFlag;
  @ApiProperty() text: string;
}

export class SideMeanDto {
  @ApiProperty({ type: Number }) mean: number;
  @ApiProperty({ type: 'integer' }) respondents: number;
}

export class FactorSidesDto {
  @ApiProperty({ type: SideMeanDto, nullable: true }) library: SideMeanDto | null;
  @ApiProperty({ type: SideMeanDto, nullable: true }) partner: SideMeanDto | null;
}

export class IntervalDto {
  @ApiProperty({ type: Number }) low: number;
  @ApiProperty({ type: Number }) high: number;
}

export class TrendPointDto {
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ type: Number }) score: number;
  @ApiProperty({ type: Number }) low: number;
  @ApiProperty({ type: Number }) high: number;
  @ApiProperty({ enum: SNAPSHOT_REASONS }) reason: SnapshotReason;
}

export class WaveRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) openedOn: string;
}

export class ScoreChangeDto {
  @ApiProperty({ type: Number, description: 'Since the previous snapshot.' }) delta: number;
  @ApiProperty({ description: 'Larger than the two scores’ uncertainty allows (|Δ| > 1.28·√(se₁² + se₂²)).' }) real: boolean;
}

export class FactorTrendDto {
  @ApiProperty({ type: [TrendPointDto], description: 'Stored snapshots up to asOf, oldest first.' }) points: TrendPointDto[];
  @ApiProperty({ type: [WaveRefDto], description: 'Assessment waves up to asOf, to mark on the chart.' }) waves: WaveRefDto[];
  @ApiProperty() declining: boolean;
  @ApiProperty({ type: ScoreChangeDto, nullable: true }) change: ScoreChangeDto | null;
}

export class FactorHealthDto {
  @ApiProperty({ enum: FACTORS.keys }) factor: Factor;
  @ApiProperty({ example: 'Strategic Alignment' }) name: string;
  @ApiProperty({ type: Number }) score: number;
  @ApiProperty({ type: IntervalDto, description: 'The 80% interval.' }) interval: IntervalDto;
  @ApiProperty({ enum: HEALTH_BANDS }) band: HealthBand;
  @ApiProperty({ example: 'Borderline, could be strength' }) bandText: string;
  @ApiProperty({ enum: CONFIDENCES }) confidence: ConfidenceLevel;
  @ApiProperty({ description: 'Low confidence: shown as provisional.' }) provisional: boolean;
  @ApiProperty({ type: [HealthFlagDto] }) flags: HealthFlagDto[];
  @ApiProperty({ type: Number, description: 'Ω: the total weight of the evidence.' }) omega: number;
  @ApiProperty({ type: FactorSidesDto }) sides: FactorSidesDto;
  @ApiProperty({ type: [HealthUnitDto], description: 'Largest |contribution| first.' }) units: HealthUnitDto[];
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 3,
    description: 'How many units, from the first, are the strongest evidence (at most three). Sent as a count, not again as units: repeating them made the answer a third larger.',
  })
  strongestCount: number;
  @ApiProperty({ type: [String] }) whatWouldChange: string[];
  @ApiProperty({ type: FactorTrendDto }) trend: FactorTrendDto;
}

export class SideNumbersDto {
  @ApiProperty({ type: Number, nullable: true }) library: number | null;
  @ApiProperty({ type: Number, nullable: true }) partner: number | null;
}

export class SideDaysDto {
  @ApiProperty({ type: String, format: 'date', nullable: true }) library: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) partner: string | null;
}

export class PartnerHealthDto {
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ example: '1', description: 'The scoring model version (changes with the library’s policy).' }) modelVersion: string;
  @ApiProperty({ type: HealthProfileDto }) profile: HealthProfileDto;
  @ApiProperty({ type: [FactorHealthDto], description: 'SA, TW, CE, IR, OC in that order.' }) factors: FactorHealthDto[];
  @ApiProperty({ type: SideNumbersDto, description: 'The mean collaboration level (0–5) of each side’s latest answers.' })
  collaboration: SideNumbersDto;
  @ApiProperty({ type: SideDaysDto, description: 'Each side’s newest assessment answer up to asOf.' }) lastAssessedOn: SideDaysDto;
}

export class SnapshotFactorDto {
  @ApiProperty({ type: Number }) score: number;
  @ApiProperty({ type: Number }) low: number;
  @ApiProperty({ type: Number }) high: number;
  @ApiProperty({ enum: HEALTH_BANDS }) band: HealthBand;
  @ApiProperty({ enum: CONFIDENCES }) confidence: ConfidenceLevel;
}

export class SnapshotFactorsDto {
  @ApiProperty({ type: SnapshotFactorDto }) SA: SnapshotFactorDto;
  @ApiProperty({ type: SnapshotFactorDto }) TW: SnapshotFactorDto;
  @ApiProperty({ type: SnapshotFactorDto }) CE: SnapshotFactorDto;
  @ApiProperty({ type: SnapshotFactorDto }) IR: SnapshotFactorDto;
  @ApiProperty({ type: SnapshotFactorDto }) OC: SnapshotFactorDto;
}

export class HealthSnapshotDto {
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ enum: SNAPSHOT_REASONS }) reason: SnapshotReason;
  @ApiProperty() modelVersion: string;
  @ApiProperty({ type: SnapshotFactorsDto }) factors: SnapshotFactorsDto;
  @ApiProperty({ type: HealthProfileDto }) profile: HealthProfileDto;
}

export class HealthHistoryDto {
  @ApiProperty({ type: [HealthSnapshotDto], description: 'Oldest first.' }) snapshots: HealthSnapshotDto[];
  @ApiProperty({ type: [WaveRefDto] }) waves: WaveRefDto[];
}

export class SnapshotRunResultDto {
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ type: 'integer', description: 'Partners snapshotted.' }) partners: number;
  @ApiProperty({ type: 'integer', description: 'Milliseconds the run took.' }) elapsedMs: number;
}
