import { ApiPropertyOptional } from '@nestjs/swagger';
import { AGREEMENT_KINDS, type AgreementKind } from '@common-ground/domain';
import { OptionalDateField } from '../../../common/validation/date-fields';
import { UnlessAbsent } from '../../../common/validation/text-fields';
import { VersionDto } from '../../../common/validation/version.dto';
import {
  AGREEMENT_TITLE_MAX,
  ATTACHMENT_URL_MAX,
  AgreementKindField,
  AgreementTitleField,
  AttachmentUrlField,
  ListsContributionsField,
} from './agreement-fields';

/** Every field optional (absent = unchanged; null clears an optional one), plus the version you read. */
export class UpdateAgreementDto extends VersionDto {
  @ApiPropertyOptional({ enum: AGREEMENT_KINDS.keys })
  @UnlessAbsent()
  @AgreementKindField()
  kind?: AgreementKind;

  @ApiPropertyOptional({ minLength: 1, maxLength: AGREEMENT_TITLE_MAX })
  @UnlessAbsent()
  @AgreementTitleField()
  title?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @OptionalDateField('start date')
  startsOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'On or after startsOn (the stored one when startsOn is not sent).' })
  @OptionalDateField('end date')
  endsOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @OptionalDateField('review date')
  reviewOn?: string | null;

  @ApiPropertyOptional()
  @UnlessAbsent()
  @ListsContributionsField()
  listsContributions?: boolean;

  @ApiPropertyOptional({ type: String, format: 'uri', nullable: true, maxLength: ATTACHMENT_URL_MAX })
  @AttachmentUrlField()
  attachmentUrl?: string | null;
}
