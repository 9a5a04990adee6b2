import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalDateField } from '../../../common/validation/date-fields';
import { UnlessAbsent } from '../../../common/validation/text-fields';
import { VersionDto } from '../../../common/validation/version.dto';
import {
  CONTACT_EMAIL_MAX,
  CONTACT_NAME_MAX,
  CONTACT_PHONE_MAX,
  CONTACT_TITLE_MAX,
  ContactEmailField,
  ContactNameField,
  ContactPhoneField,
  ContactTitleField,
  PrimaryField,
} from './contact-fields';

/** Every field optional (absent = unchanged; null clears an optional one), plus the version you read. */
export class UpdateContactDto extends VersionDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: CONTACT_NAME_MAX })
  @UnlessAbsent()
  @ContactNameField()
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CONTACT_TITLE_MAX })
  @ContactTitleField()
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'email', maxLength: CONTACT_EMAIL_MAX })
  @ContactEmailField()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CONTACT_PHONE_MAX })
  @ContactPhoneField()
  phone?: string | null;

  @ApiPropertyOptional({ description: 'true makes this the primary contact (the previous one stops being primary).' })
  @UnlessAbsent()
  @PrimaryField()
  isPrimary?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @OptionalDateField('affiliation start')
  affiliationStart?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'On or after affiliationStart.' })
  @OptionalDateField('affiliation end')
  affiliationEnd?: string | null;
}
