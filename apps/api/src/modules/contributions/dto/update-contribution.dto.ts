import type { ContributionStage, ContributionType, ContributionUnit, Side } from '@common-ground/domain';
import { VersionDto } from '../../../common/validation/version.dto';
import {
  ContributedOnField,
  DescriptionField,
  MoneyValueField,
  PartnerIdField,
  ProgramIdField,
  QuantityField,
  RevalueField,
  SideField,
  StageField,
  TypeField,
  UnitField,
} from './contribution-fields';

/**
 * Every field optional (absent = unchanged; null clears partnerId, programId, description, quantity with unit, and
 * an entered moneyValue), plus the version you read. Volunteer hours valued at a rate keep the line's stored rate
 * when the quantity changes, unless `revalue` is true. On such a line a moneyValue equal to the stored one counts
 * as unchanged (a form sending back what it read), not as an entered value.
 */
export class UpdateContributionDto extends VersionDto {
  @SideField('optional')
  side?: Side;

  @PartnerIdField('nullable')
  partnerId?: string | null;

  @ProgramIdField('nullable')
  programId?: string | null;

  @TypeField('optional')
  type?: ContributionType;

  @StageField('optional')
  stage?: ContributionStage;

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

  @RevalueField()
  revalue?: boolean;
}
