import type {
  AgeBand, AudienceScope, DevelopmentModel, FocusArea, ImpactArea, LibraryRole, PrimaryOutcome, ProgramFormat, ProgramLocation,
  ProgramRole, ProgramStatus, ProgramStatusReason, Public,
} from '@common-ground/domain';
import type { ProgramResponseDto } from './dto/program.response.dto';
import type { ProgramEntity } from './program.entity';
import type { ProgramRow } from './program-list.query';

export function toProgramResponse(row: ProgramRow): ProgramResponseDto {
  const checklist = {
    agreement: row.agreement_done_on,
    brandingApproved: row.branding_approved_on,
    volunteersCleared: row.volunteers_cleared_on,
    spaceBooked: row.space_booked_on,
    timingConfirmed: row.timing_confirmed_on,
  };
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    topic: row.topic as FocusArea,
    primaryOutcome: row.primary_outcome as PrimaryOutcome,
    developmentModel: row.development_model as DevelopmentModel,
    format: row.format as ProgramFormat,
    location: row.location as ProgramLocation,
    audienceScope: row.audience_scope as AudienceScope,
    targetGroups: row.target_groups as Public[],
    ageBands: row.age_bands as AgeBand[],
    libraryRole: row.library_role as LibraryRole,
    impactAreas: row.impact_areas as ImpactArea[],
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status as ProgramStatus,
    statusReason: row.status_reason as ProgramStatusReason | null,
    statusNote: row.status_note,
    checklist,
    checklistComplete: Object.values(checklist).every((day) => day !== null),
    partnerCredited: row.partner_credited,
    outcomeSummarySharedOn: row.outcome_summary_shared_on,
    partners: row.partners.map((partner) => ({ id: partner.id, name: partner.name, roles: partner.roles as ProgramRole[] })),
    totals: { sessions: row.session_count, attendance: row.attendance, recordedViews: row.recorded_views },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
    archivedAt: row.archived_at,
  };
}

/** What the audit log records of a program: every field a person can change, and whether it is archived. */
export function programAuditSnapshot(program: ProgramEntity): Record<string, unknown> {
  return {
    title: program.title,
    description: program.description,
    topic: program.topic,
    primaryOutcome: program.primaryOutcome,
    developmentModel: program.developmentModel,
    format: program.format,
    location: program.location,
    audienceScope: program.audienceScope,
    targetGroups: program.targetGroups,
    ageBands: program.ageBands,
    libraryRole: program.libraryRole,
    impactAreas: program.impactAreas,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    status: program.status,
    statusReason: program.statusReason,
    statusNote: program.statusNote,
    agreementDoneOn: program.agreementDoneOn,
    brandingApprovedOn: program.brandingApprovedOn,
    volunteersClearedOn: program.volunteersClearedOn,
    spaceBookedOn: program.spaceBookedOn,
    timingConfirmedOn: program.timingConfirmedOn,
    partnerCredited: program.partnerCredited,
    outcomeSummarySharedOn: program.outcomeSummarySharedOn,
    archivedAt: program.archivedAt,
  };
}
