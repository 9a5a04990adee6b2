import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGREEMENT_KINDS, type AgreementKind } from '@common-ground/domain';
import { IsOptional } from 'class-validator';
import { OptionalDateField } from '../../../common/validation/date-fields';
import {
  AGREEMENT_TITLE_MAX,
  ATTACHMENT_URL_MAX,
  AgreementKindField,
  AgreementTitleField,
  AttachmentUrlField,
  ListsContributionsField,
} from './agreement-fields';

export class CreateAgreementDto {
  @ApiProperty({ enum: AGREEMENT_KINDS.keys })
  @AgreementKindField()
  kind: AgreementKind;

  @ApiProperty({ minLength: 1, maxLength: AGREEMENT_TITLE_MAX, example: 'Summer reading MOU 2026' })
  @AgreementTitleField()
  title: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @OptionalDateField('start date')
  startsOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'On or after startsOn.' })
  @OptionalDateField('end date')
  endsOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'The renewal or review date.' })
  @OptionalDateField('review date')
  reviewOn?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Whether the agreement lists each side’s contributions.' })
  @IsOptional()
  @ListsContributionsField()
  listsContributions?: boolean;

  @ApiPropertyOptional({ type: String, format: 'uri', nullable: true, maxLength: ATTACHMENT_URL_MAX, description: 'A link (http or https) to the signed document.' })
  @AttachmentUrlField()
  attachmentUrl?: string | null;
}
