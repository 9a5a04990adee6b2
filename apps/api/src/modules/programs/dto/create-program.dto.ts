import type {
  AgeBand, AudienceScope, DevelopmentModel, FocusArea, ImpactArea, LibraryRole, PrimaryOutcome, ProgramFormat, ProgramLocation,
  ProgramStatus, ProgramStatusReason, Public,
} from '@common-ground/domain';
import { CreateProgramRoleDto } from '../../program-roles/dto/create-program-role.dto';
import { ProgramChecklistInputDto } from './checklist.dto';
import {
  AgeBandsField,
  AudienceScopeField,
  DescriptionField,
  DevelopmentModelField,
  EndsOnField,
  ImpactAreasField,
  LibraryRoleField,
  LocationField,
  NestedListField,
  NestedObjectField,
  OutcomeSummarySharedOnField,
  PartnerCreditedField,
  PrimaryOutcomeField,
  PROGRAM_ROLES_ON_CREATE_MAX,
  ProgramFormatField,
  StartsOnField,
  StatusField,
  StatusNoteField,
  StatusReasonField,
  TargetGroupsField,
  TitleField,
  TopicField,
} from './program-fields';

export class CreateProgramDto {
  @TitleField('required') title: string;
  @DescriptionField() description?: string;
  @TopicField('required') topic: FocusArea;
  @PrimaryOutcomeField('required') primaryOutcome: PrimaryOutcome;
  @DevelopmentModelField('required') developmentModel: DevelopmentModel;
  @ProgramFormatField('required') format: ProgramFormat;
  @LocationField('required') location: ProgramLocation;
  @AudienceScopeField(' Default: whole-community.') audienceScope?: AudienceScope;
  @TargetGroupsField() targetGroups?: Public[];
  @AgeBandsField() ageBands?: AgeBand[];
  @LibraryRoleField('required') libraryRole: LibraryRole;
  @ImpactAreasField() impactAreas?: ImpactArea[];
  @StartsOnField('required') startsOn: string;
  @EndsOnField(' Default: startsOn.') endsOn?: string;
  @StatusField(' Default: planned.') status?: ProgramStatus;
  @StatusReasonField() statusReason?: ProgramStatusReason | null;
  @StatusNoteField() statusNote?: string | null;
  @NestedObjectField(ProgramChecklistInputDto, 'checklist', 'The date each admin checklist item was done; null or left out while it is not.')
  checklist?: ProgramChecklistInputDto;
  @PartnerCreditedField() partnerCredited?: boolean;
  @OutcomeSummarySharedOnField() outcomeSummarySharedOn?: string | null;
  @NestedListField(CreateProgramRoleDto, 'roles', PROGRAM_ROLES_ON_CREATE_MAX, 'Partners’ roles, created with the program in one transaction.')
  roles?: CreateProgramRoleDto[];
}
