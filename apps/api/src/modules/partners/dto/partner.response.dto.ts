import { ApiProperty } from '@nestjs/swagger';
import {
  FOCUS_AREAS,
  type FocusArea,
  IMPACT_AREAS,
  type ImpactArea,
  INTERACTION_TYPES,
  type InteractionType,
  PARTNER_STAGES,
  PARTNER_TYPES,
  type PartnerStage,
  type PartnerType,
  PUBLICS,
  type Public,
} from '@common-ground/domain';
import { HealthProfileDto } from '../../health/dto/partner-health.response.dto';

export class PartnerLiaisonDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Marcus Reyes' }) name: string;
}

export class PartnerPrimaryContactDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Ana Ruiz' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'ana@riverside-food.example' }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

export class PartnerResponseDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Riverside Food Bank' }) name: string;
  @ApiProperty({ enum: PARTNER_TYPES.keys }) type: PartnerType;
  @ApiProperty({ type: String, nullable: true, format: 'uri' }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ type: String, description: 'Empty when none was given.' }) description: string;
  @ApiProperty({ enum: FOCUS_AREAS.keys, isArray: true }) focusAreas: FocusArea[];
  @ApiProperty({ enum: PUBLICS.keys, isArray: true }) publics: Public[];
  @ApiProperty({ enum: INTERACTION_TYPES.keys, isArray: true }) interactionTypes: InteractionType[];
  @ApiProperty({ enum: IMPACT_AREAS.keys, isArray: true }) impactAreas: ImpactArea[];
  @ApiProperty({ enum: PARTNER_STAGES.keys }) stage: PartnerStage;
  @ApiProperty({ type: PartnerLiaisonDto, nullable: true }) liaison: PartnerLiaisonDto | null;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3650 }) contactCadenceDays: number;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 5 }) collaborationLevelLibrary: number | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 5 }) collaborationLevelPartner: number | null;
  @ApiProperty({ type: String, isArray: true }) tags: string[];
  @ApiProperty({ type: PartnerPrimaryContactDto, nullable: true, description: 'The live contact marked primary, if any.' })
  primaryContact: PartnerPrimaryContactDto | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Earliest review due: live agreements’ reviewOn and live goals’ last review + 12 months (never reviewed: created date).',
  })
  nextReviewOn: string | null;
  @ApiProperty({ type: Boolean, description: 'nextReviewOn is within the next 30 days or past.' }) needsReview: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the last live two-way, substantive communication happened (what the contact cadence is measured against); null if never.' })
  lastContactAt: string | null;
  @ApiProperty({
    type: HealthProfileDto,
    nullable: true,
    description: 'The partnership’s health profile from its latest snapshot (monthly, and after each assessment); null before the first.',
  })
  health: HealthProfileDto | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ type: 'integer', description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class PartnerPageDto {
  @ApiProperty({ type: [PartnerResponseDto] }) items: PartnerResponseDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
