import { REVIEW_LOOKAHEAD_DAYS } from '@common-ground/domain';
import type { FocusArea, ImpactArea, InteractionType, PartnerStage, PartnerType, Public } from '@common-ground/domain';
import type { HealthProfileDto } from '../health/dto/partner-health.response.dto';
import type { PartnerResponseDto } from './dto/partner.response.dto';
import type { PartnerEntity } from './partner.entity';
import type { PartnerRow } from './partner-list.query';

/** Today (UTC, as every date the API shows) and the last day "needs review" looks ahead to. */
export function reviewWindow(now: Date): { today: string; reviewDueBy: string } {
  const lookahead = new Date(now.getTime() + REVIEW_LOOKAHEAD_DAYS * 24 * 60 * 60 * 1000);
  return { today: now.toISOString().slice(0, 10), reviewDueBy: lookahead.toISOString().slice(0, 10) };
}

export function toPartnerResponse(row: PartnerRow, reviewDueBy: string): PartnerResponseDto {
  return {
    id: row.id,
    name: row.name,
    type: row.type as PartnerType,
    website: row.website,
    address: row.address,
    description: row.description,
    focusAreas: row.focus_areas as FocusArea[],
    publics: row.publics as Public[],
    interactionTypes: row.interaction_types as InteractionType[],
    impactAreas: row.impact_areas as ImpactArea[],
    stage: row.stage as PartnerStage,
    liaison: row.liaison_id ? { id: row.liaison_id, name: row.liaison_name ?? 'Former staff member' } : null,
    contactCadenceDays: row.contact_cadence_days,
    collaborationLevelLibrary: row.collaboration_level_library,
    collaborationLevelPartner: row.collaboration_level_partner,
    tags: row.tags,
    primaryContact: row.primary_contact_id
      ? { id: row.primary_contact_id, name: row.primary_contact_name ?? '', email: row.primary_contact_email, phone: row.primary_contact_phone }
      : null,
    nextReviewOn: row.next_review_on,
    // YYYY-MM-DD strings compare as dates.
    needsReview: row.next_review_on !== null && row.next_review_on <= reviewDueBy,
    lastContactAt: row.last_contact_at,
    health: healthProfileOf(row.health_profile),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
    archivedAt: row.archived_at,
  };
}

/** What the audit log records of a partner: every field a person can change, and whether it is archived. */
export function partnerAuditSnapshot(partner: PartnerEntity): Record<string, unknown> {
  return {
    name: partner.name,
    type: partner.type,
    stage: partner.stage,
    website: partner.website,
    address: partner.address,
    description: partner.description,
    focusAreas: partner.focusAreas,
    publics: partner.publics,
    interactionTypes: partner.interactionTypes,
    impactAreas: partner.impactAreas,
    liaisonId: partner.liaisonId,
    contactCadenceDays: partner.contactCadenceDays,
    collaborationLevelLibrary: partner.collaborationLevelLibrary,
    collaborationLevelPartner: partner.collaborationLevelPartner,
    tags: partner.tags,
    archivedAt: partner.archivedAt,
  };
}

/** The profile a list row and the header show, from the latest snapshot (its flags and dates stay with the portfolio). */
function healthProfileOf(profile: PartnerRow['health_profile']): HealthProfileDto | null {
  if (!profile) return null;
  const { strength, borderline, concern, insufficient, weakestFactor, overall, text } = profile;
  return { strength, borderline, concern, insufficient, weakestFactor, overall, text };
}
