import { IsBoolean } from 'class-validator';
import { IsEmailAddress, OptionalTextField, RequiredTextField } from '../../../common/validation/text-fields';

export const CONTACT_NAME_MAX = 200;
export const CONTACT_TITLE_MAX = 200;
export const CONTACT_PHONE_MAX = 50;
export const CONTACT_EMAIL_MAX = 254;

export const ContactNameField = () =>
  RequiredTextField(CONTACT_NAME_MAX, { missing: 'Enter the contact’s name.', tooLong: `Name must be ${CONTACT_NAME_MAX} characters or fewer.` });

export const ContactTitleField = () =>
  OptionalTextField(CONTACT_TITLE_MAX, {
    notText: 'Enter the contact’s job title as text.',
    tooLong: `Title must be ${CONTACT_TITLE_MAX} characters or fewer.`,
  });

export const ContactEmailField = () =>
  OptionalTextField(
    CONTACT_EMAIL_MAX,
    { notText: 'Enter an email address, like name@partner.org.', tooLong: `Email must be ${CONTACT_EMAIL_MAX} characters or fewer.` },
    IsEmailAddress('Enter an email address in the correct format, like name@partner.org.'),
  );

export const ContactPhoneField = () =>
  OptionalTextField(CONTACT_PHONE_MAX, {
    notText: 'Enter the phone number as text, like 555-0134.',
    tooLong: `Phone must be ${CONTACT_PHONE_MAX} characters or fewer.`,
  });

export const PrimaryField = () => IsBoolean({ message: 'isPrimary must be true or false.' });
