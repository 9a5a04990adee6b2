import { DomainError } from '../../common/problem/domain-error';

export function emailTaken(): DomainError {
  return new DomainError('email_taken', 'Another staff account already uses that email address.', [
    { field: 'email', message: 'Another staff account already uses this email address. Use a different one.' },
  ]);
}

export function lastAdministrator(): DomainError {
  return new DomainError(
    'last_admin',
    'This is the only active administrator. Make someone else an administrator first, so the library is never locked out of its own settings.',
  );
}
