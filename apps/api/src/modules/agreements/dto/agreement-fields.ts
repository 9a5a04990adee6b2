import { applyDecorators } from '@nestjs/common';
import { AGREEMENT_KINDS } from '@common-ground/domain';
import { IsBoolean, IsIn } from 'class-validator';
import { IsHttpUrl, OptionalTextField, RequiredTextField } from '../../../common/validation/text-fields';

export const AGREEMENT_TITLE_MAX = 200;
export const ATTACHMENT_URL_MAX = 2000;

export const AgreementKindField = () =>
  IsIn(AGREEMENT_KINDS.keys, { message: `Choose the kind of agreement: ${AGREEMENT_KINDS.keys.join(', ')}.` });

export const AgreementTitleField = () =>
  RequiredTextField(AGREEMENT_TITLE_MAX, {
    missing: 'Enter a title for the agreement.',
    tooLong: `Title must be ${AGREEMENT_TITLE_MAX} characters or fewer.`,
  });

export const ListsContributionsField = () => IsBoolean({ message: 'listsContributions must be true or false.' });

/** Length is checked before the address format here (unlike a partner's website). */
export const AttachmentUrlField = () =>
  applyDecorators(
    OptionalTextField(ATTACHMENT_URL_MAX, {
      notText: 'Enter the link to the signed document, starting with https://.',
      tooLong: `The link must be ${ATTACHMENT_URL_MAX} characters or fewer.`,
    }),
    IsHttpUrl('Enter the link to the signed document as a web address starting with http:// or https://.'),
  );
