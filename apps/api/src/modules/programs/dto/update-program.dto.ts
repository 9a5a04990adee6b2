import type {
  AgeBand, AudienceScope, DevelopmentModel, FocusArea, ImpactArea, LibraryRole, PrimaryOutcome, ProgramFormat, ProgramLocation,
  ProgramStatus, ProgramStatusReason, Public,
} from '@common-ground/domain';
import { VersionDto } from '../../../common/validation/version.dto';
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
  NestedObjectField,
  OutcomeSummarySharedOnField,
  PartnerCreditedField,
  PrimaryOutcomeField,
  ProgramFormatField,
  StartsOnField,
  StatusField,
  StatusReasonField,
  StatusNoteField,
  TargetGroupsField,
  TitleField,
  TopicField,
} from './program-fields';

/**
 * Only the fields sent change; null clears a nullable field; in `checklist`, only the items sent change. A value
 * left out that the change makes meaningless is cleared with it (a status reason when the status no longer needs
 * one, target groups when the audience becomes the whole community). `version` is the one you read.
 */
export class UpdateProgramDto extends VersionDto {
  @TitleField('optional') title?: string;
  @DescriptionField() description?: string;
  @TopicField('optional') topic?: FocusArea;
  @PrimaryOutcomeField('optional') primaryOutcome?: PrimaryOutcome;
  @DevelopmentModelField('optional') developmentModel?: DevelopmentModel;
  @ProgramFormatField('optional') format?: ProgramFormat;
  @LocationField('optional') location?: ProgramLocation;
  @AudienceScopeField() audienceScope?: AudienceScope;
  @TargetGroupsField() targetGroups?: Public[];
  @AgeBandsField() ageBands?: AgeBand[];
  @LibraryRoleField('optional') libraryRole?: LibraryRole;
  @ImpactAreasField() impactAreas?: ImpactArea[];
  @StartsOnField('optional') startsOn?: string;
  @EndsOnField() endsOn?: string;
  @StatusField() status?: ProgramStatus;
  @StatusReasonField() statusReason?: ProgramStatusReason | null;
  @StatusNoteField() statusNote?: string | null;
  @NestedObjectField(ProgramChecklistInputDto, 'checklist', 'Only the items sent change; null clears an item’s date.')
  checklist?: ProgramChecklistInputDto;
  @PartnerCreditedField() partnerCredited?: boolean;
  @OutcomeSummarySharedOnField() outcomeSummarySharedOn?: string | null;
}
