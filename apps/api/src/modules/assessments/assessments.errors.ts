import { DomainError } from '../../common/problem/domain-error';
import { formatDay } from './invitation-email';

export function linkNotFound(): DomainError {
  return new DomainError('not_found', 'This link is not valid. Check that it was copied in full, or ask the library for a new one.');
}

export function linkUsed(): DomainError {
  return new DomainError('assessment_link_used', 'This link has already been used to answer the assessment. Thank you! If you need to change your answers, ask the library for a new link.');
}

export function linkExpired(expiresAt: Date): DomainError {
  return new DomainError('assessment_link_expired', `This link expired on ${formatDay(expiresAt)}. Ask the library for a new one.`);
}

export function emailNotConfigured(): DomainError {
  return new DomainError(
    'email_not_configured',
    'Email is not set up for Common Ground (no SMTP_URL), so the link cannot be emailed. Create the link without emailing it, then copy it and send it yourself.',
  );
}

export function emailNotSent(): DomainError {
  return new DomainError(
    'email_not_sent',
    'The mail server did not accept the email, so no link was created. Try again in a moment, or create the link without emailing it and copy it instead.',
  );
}
