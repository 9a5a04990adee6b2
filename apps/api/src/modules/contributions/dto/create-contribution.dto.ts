import type { ContributionStage, ContributionType, ContributionUnit, Side } from '@common-ground/domain';
import {
  ContributedOnField,
  DescriptionField,
  MoneyValueField,
  PartnerIdField,
  ProgramIdField,
  QuantityField,
  SideField,
  StageField,
  TypeField,
  UnitField,
} from './contribution-fields';

export class CreateContributionDto {
  @SideField('required')
  side: Side;

  @PartnerIdField('nullable')
  partnerId?: string | null;

  @ProgramIdField('nullable')
  programId?: string | null;

  @TypeField('required')
  type: ContributionType;

  @StageField('required')
  stage: ContributionStage;

  @DescriptionField()
  description?: string | null;

  @QuantityField('nullable')
  quantity?: number | null;

  @UnitField('nullable')
  unit?: ContributionUnit | null;

  @MoneyValueField('nullable')
  moneyValue?: number | null;

  @ContributedOnField()
  contributedOn?: string;
}
