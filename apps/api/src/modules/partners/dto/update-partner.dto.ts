import type { FocusArea, ImpactArea, InteractionType, PartnerStage, PartnerType, Public } from '@common-ground/domain';
import { VersionDto } from '../../../common/validation/version.dto';
import {
  CollaborationLevelField,
  ContactCadenceField,
  FocusAreasField,
  ImpactAreasField,
  InteractionTypesField,
  LiaisonIdField,
  LongTextField,
  PartnerNameField,
  PartnerStageField,
  PartnerTypeField,
  PublicsField,
  TagsField,
  WebsiteField,
} from './partner-fields';

/** Only the fields sent change; null clears a nullable field. `version` is the one you read. */
export class UpdatePartnerDto extends VersionDto {
  @PartnerNameField('optional') name?: string;
  @PartnerTypeField('optional') type?: PartnerType;
  @PartnerStageField('optional') stage?: PartnerStage;
  @WebsiteField('nullable') website?: string | null;
  @LongTextField('nullable', 'Address') address?: string | null;
  @LongTextField('optional', 'Description') description?: string;
  @FocusAreasField('optional') focusAreas?: FocusArea[];
  @PublicsField('optional') publics?: Public[];
  @InteractionTypesField('optional') interactionTypes?: InteractionType[];
  @ImpactAreasField('optional') impactAreas?: ImpactArea[];
  @LiaisonIdField('nullable') liaisonId?: string | null;
  @ContactCadenceField('optional') contactCadenceDays?: number;
  @CollaborationLevelField('nullable', 'library') collaborationLevelLibrary?: number | null;
  @CollaborationLevelField('nullable', 'partner') collaborationLevelPartner?: number | null;
  @TagsField('optional') tags?: string[];
}
