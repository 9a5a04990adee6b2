import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { OptionalDateField } from '../../../common/validation/date-fields';
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

export class CreateContactDto {
  @ApiProperty({ example: 'Ana Ruiz', minLength: 1, maxLength: CONTACT_NAME_MAX })
  @ContactNameField()
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CONTACT_TITLE_MAX, example: 'Volunteer coordinator' })
  @ContactTitleField()
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'email', maxLength: CONTACT_EMAIL_MAX, example: 'ana.ruiz@riverside.example' })
  @ContactEmailField()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CONTACT_PHONE_MAX, example: '555-0134' })
  @ContactPhoneField()
  phone?: string | null;

  @ApiPropertyOptional({ default: false, description: 'The partner’s main contact; making one primary un-primaries the other.' })
  @IsOptional()
  @PrimaryField()
  isPrimary?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2024-09-01' })
  @OptionalDateField('affiliation start')
  affiliationStart?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'On or after affiliationStart.' })
  @OptionalDateField('affiliation end')
  affiliationEnd?: string | null;
}
