import { ApiProperty } from '@nestjs/swagger';
import { FACTORS, type Factor, VALUE_DIMENSIONS, type ValueDimension } from '@common-ground/domain';

export class PartnerAssessmentItemDto {
  @ApiProperty({ example: 'SA1', description: 'Stored with every answer; never changes.' }) id: string;
  @ApiProperty({ enum: FACTORS.keys }) factor: Factor;
  @ApiProperty() text: string;
}

export class AssessmentItemDto extends PartnerAssessmentItemDto {
  @ApiProperty({ description: 'Reverse-worded: agreeing is a bad sign, so the model scores it 6 − x.' }) reverse: boolean;
}

export class ValueItemDto {
  @ApiProperty({ example: 'V1' }) id: string;
  @ApiProperty({ enum: VALUE_DIMENSIONS.keys }) dimension: ValueDimension;
  @ApiProperty() text: string;
}

export class CollaborationLevelDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 5 }) value: number;
  @ApiProperty({ example: 'Coordination' }) label: string;
  @ApiProperty() description: string;
}

export class AnswerScaleStepDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) value: number;
  @ApiProperty({ example: 'Strongly agree' }) label: string;
}

/** Shared by the staff form and the partner's form. "Don't know" is not a step: it is sent as null. */
class ItemBankParts {
  @ApiProperty({ type: [ValueItemDto], description: 'Optional; they feed the value view, never health.' }) valueItems: ValueItemDto[];
  @ApiProperty({ type: [CollaborationLevelDto] }) collaborationLevels: CollaborationLevelDto[];
  @ApiProperty({ type: [AnswerScaleStepDto], description: '1–5; “Don’t know” is null.' }) answerScale: AnswerScaleStepDto[];
}

export class AssessmentItemsDto extends ItemBankParts {
  @ApiProperty({ type: [AssessmentItemDto], description: 'The 25 statements, five per factor, in SCORING.md order.' }) items: AssessmentItemDto[];
}

export type PartnerItemBank = ItemBankParts & { items: PartnerAssessmentItemDto[] };

/**
 * What a partner's link shows: the two organisations' names, the contact's first name, the expiry and the item bank
 * worded for the partner. Nothing else of the library's data.
 */
export class PublicAssessmentDto extends ItemBankParts {
  @ApiProperty({ example: 'Riverside Food Bank' }) partnerName: string;
  @ApiProperty({ example: 'Springfield Public Library' }) libraryName: string;
  @ApiProperty({ example: 'Ana', description: 'The contact’s first name.' }) contactName: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: [PartnerAssessmentItemDto], description: '“The other organisation” is the library.' }) items: PartnerAssessmentItemDto[];
}

export class AssessmentThanksDto {
  @ApiProperty({ example: 'Thank you, Ana. Your answers have reached Springfield Public Library.' }) thanks: string;
}
