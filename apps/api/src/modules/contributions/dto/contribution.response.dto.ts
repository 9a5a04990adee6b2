import { ApiProperty } from '@nestjs/swagger';
import {
  CONTRIBUTION_STAGES,
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type ContributionStage,
  type ContributionType,
  type ContributionUnit,
  SIDES,
  type Side,
} from '@common-ground/domain';

export class ContributionPartnerDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Riverside Health Clinic' }) name: string;
}

export class ContributionProgramDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Community health fair' }) title: string;
}

/** The rate a line's money value was computed at, kept on the line so old reports add up the same later. */
export class ValuedAtDto {
  @ApiProperty({ type: Number, example: 34.79, description: 'Dollars per unit.' }) rate: number;
  @ApiProperty({ type: String, example: 'Independent Sector, national value of volunteer time' }) source: string;
  @ApiProperty({ type: 'integer', example: 2024 }) year: number;
}

export class ContributionResponseDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: SIDES.keys }) side: Side;
  @ApiProperty({ type: ContributionPartnerDto, nullable: true }) partner: ContributionPartnerDto | null;
  @ApiProperty({ type: ContributionProgramDto, nullable: true }) program: ContributionProgramDto | null;
  @ApiProperty({ enum: CONTRIBUTION_TYPES.keys }) type: ContributionType;
  @ApiProperty({ enum: CONTRIBUTION_STAGES.keys }) stage: ContributionStage;
  @ApiProperty({ type: String, description: 'Empty when none was given.' }) description: string;
  @ApiProperty({ type: Number, nullable: true }) quantity: number | null;
  @ApiProperty({ enum: CONTRIBUTION_UNITS.keys, nullable: true }) unit: ContributionUnit | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Dollars, to the cent: entered, or quantity × valuedAt.rate.' })
  moneyValue: number | null;
  @ApiProperty({ type: ValuedAtDto, nullable: true, description: 'Set when moneyValue was computed from a rate; null when entered.' })
  valuedAt: ValuedAtDto | null;
  @ApiProperty({ type: String, format: 'date' }) contributedOn: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class SideTotalDto {
  @ApiProperty({ enum: SIDES.keys }) side: Side;
  @ApiProperty({ type: Number, description: 'Dollars: the sum of the lines’ money values (lines without one add nothing).' }) moneyValue: number;
  @ApiProperty({ type: 'integer', description: 'Lines.' }) count: number;
}

export class UnitQuantityDto {
  @ApiProperty({ enum: CONTRIBUTION_UNITS.keys }) unit: ContributionUnit;
  @ApiProperty({ type: Number }) quantity: number;
}

export class TypeTotalDto {
  @ApiProperty({ enum: CONTRIBUTION_TYPES.keys }) type: ContributionType;
  @ApiProperty({ type: Number, description: 'Dollars.' }) moneyValue: number;
  @ApiProperty({ type: [UnitQuantityDto], description: 'Quantities summed per unit (hours with hours), in vocabulary order.' })
  quantityByUnit: UnitQuantityDto[];
  @ApiProperty({ type: 'integer', description: 'Lines.' }) count: number;
}

export class ContributionTotalsDto {
  @ApiProperty({ type: Number, description: 'Dollars over every line of the filtered set.' }) moneyValue: number;
  @ApiProperty({ type: Number, description: 'Hours of volunteers (type volunteers, unit hours).' }) volunteerHours: number;
  @ApiProperty({ type: [SideTotalDto], description: 'Both sides, library first, zero when none.' }) bySide: SideTotalDto[];
  @ApiProperty({ type: [TypeTotalDto], description: 'The types that have lines, in vocabulary order.' }) byType: TypeTotalDto[];
}

export class ContributionPageDto {
  @ApiProperty({ type: [ContributionResponseDto] }) items: ContributionResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty({ type: ContributionTotalsDto, description: 'Over the whole filtered set, not the page. Ask with stage=actual for what was given, stage=planned for what was pledged.' })
  totals: ContributionTotalsDto;
}
