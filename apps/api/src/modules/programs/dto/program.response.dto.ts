import { ApiProperty } from '@nestjs/swagger';
import {
  AGE_BANDS,
  type AgeBand,
  AUDIENCE_SCOPES,
  type AudienceScope,
  DEVELOPMENT_MODELS,
  type DevelopmentModel,
  FOCUS_AREAS,
  type FocusArea,
  IMPACT_AREAS,
  type ImpactArea,
  LIBRARY_ROLES,
  type LibraryRole,
  PRIMARY_OUTCOMES,
  type PrimaryOutcome,
  PROGRAM_FORMATS,
  PROGRAM_LOCATIONS,
  PROGRAM_ROLES,
  PROGRAM_STATUS_REASONS,
  PROGRAM_STATUSES,
  type ProgramFormat,
  type ProgramLocation,
  type ProgramRole,
  type ProgramStatus,
  type ProgramStatusReason,
  PUBLICS,
  type Public,
} from '@common-ground/domain';

export class ProgramChecklistDto {
  @ApiProperty({ type: String, format: 'date', nullable: true }) agreement: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) brandingApproved: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) volunteersCleared: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) spaceBooked: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) timingConfirmed: string | null;
}

export class ProgramPartnerDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Riverside Clinic' }) name: string;
  @ApiProperty({ enum: PROGRAM_ROLES.keys, isArray: true, description: 'The partner’s roles in use, in the order of PROGRAM_ROLES.' })
  roles: ProgramRole[];
}

export class ProgramTotalsDto {
  @ApiProperty({ type: 'integer', description: 'Sessions in use.' }) sessions: number;
  @ApiProperty({ type: 'integer', description: 'Attendance of those sessions, all age bands.' }) attendance: number;
  @ApiProperty({ type: 'integer', description: 'Recorded views within 30 days of those sessions.' }) recordedViews: number;
}

export class ProgramResponseDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Health fair with Riverside Clinic' }) title: string;
  @ApiProperty({ type: String, description: 'Empty when none was given.' }) description: string;
  @ApiProperty({ enum: FOCUS_AREAS.keys }) topic: FocusArea;
  @ApiProperty({ enum: PRIMARY_OUTCOMES.keys }) primaryOutcome: PrimaryOutcome;
  @ApiProperty({ enum: DEVELOPMENT_MODELS.keys }) developmentModel: DevelopmentModel;
  @ApiProperty({ enum: PROGRAM_FORMATS.keys }) format: ProgramFormat;
  @ApiProperty({ enum: PROGRAM_LOCATIONS.keys }) location: ProgramLocation;
  @ApiProperty({ enum: AUDIENCE_SCOPES.keys }) audienceScope: AudienceScope;
  @ApiProperty({ enum: PUBLICS.keys, isArray: true }) targetGroups: Public[];
  @ApiProperty({ enum: AGE_BANDS.keys, isArray: true }) ageBands: AgeBand[];
  @ApiProperty({ enum: LIBRARY_ROLES.keys }) libraryRole: LibraryRole;
  @ApiProperty({ enum: IMPACT_AREAS.keys, isArray: true }) impactAreas: ImpactArea[];
  @ApiProperty({ type: String, format: 'date' }) startsOn: string;
  @ApiProperty({ type: String, format: 'date' }) endsOn: string;
  @ApiProperty({ enum: PROGRAM_STATUSES.keys }) status: ProgramStatus;
  @ApiProperty({ enum: PROGRAM_STATUS_REASONS.keys, nullable: true }) statusReason: ProgramStatusReason | null;
  @ApiProperty({ type: String, nullable: true }) statusNote: string | null;
  @ApiProperty({ type: ProgramChecklistDto }) checklist: ProgramChecklistDto;
  @ApiProperty({ type: Boolean, description: 'All five checklist items have a date.' }) checklistComplete: boolean;
  @ApiProperty({ type: Boolean }) partnerCredited: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) outcomeSummarySharedOn: string | null;
  @ApiProperty({ type: [ProgramPartnerDto], description: 'Partners with a role in use, by name.' }) partners: ProgramPartnerDto[];
  @ApiProperty({ type: ProgramTotalsDto, description: 'Over the program’s sessions in use.' }) totals: ProgramTotalsDto;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ type: 'integer', description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class ProgramListTotalsDto {
  @ApiProperty({ type: 'integer', description: 'Programs matching the filters (as `total`).' }) programs: number;
  @ApiProperty({ type: 'integer', description: 'Sessions in use of those programs.' }) sessions: number;
  @ApiProperty({ type: 'integer', description: 'Attendance of those sessions, all age bands.' }) attendance: number;
}

export class ProgramPageDto {
  @ApiProperty({ type: [ProgramResponseDto] }) items: ProgramResponseDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty({ type: ProgramListTotalsDto, description: 'Over every program matching the filters, not only this page.' })
  totals: ProgramListTotalsDto;
}
