import { DEFAULT_CONTACT_CADENCE_DAYS, type FocusArea, type ImpactArea, type InteractionType, type PartnerStage, type PartnerType, type Public } from '@common-ground/domain';
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

export class CreatePartnerDto {
  @PartnerNameField('required') name: string;
  @PartnerTypeField('required') type: PartnerType;
  @PartnerStageField('optional', 'prospect') stage?: PartnerStage;
  @WebsiteField('nullable') website?: string | null;
  @LongTextField('nullable', 'Address', '12 Mill Lane, Riverside') address?: string | null;
  @LongTextField('optional', 'Description') description?: string;
  @FocusAreasField('optional') focusAreas?: FocusArea[];
  @PublicsField('optional') publics?: Public[];
  @InteractionTypesField('optional') interactionTypes?: InteractionType[];
  @ImpactAreasField('optional') impactAreas?: ImpactArea[];
  @LiaisonIdField('nullable') liaisonId?: string | null;
  @ContactCadenceField('optional', DEFAULT_CONTACT_CADENCE_DAYS) contactCadenceDays?: number;
  @CollaborationLevelField('nullable', 'library') collaborationLevelLibrary?: number | null;
  @CollaborationLevelField('nullable', 'partner') collaborationLevelPartner?: number | null;
  @TagsField('optional') tags?: string[];
}
