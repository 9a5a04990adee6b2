import { DomainError } from '../../common/problem/domain-error';
import { LIAISON_MESSAGE } from './dto/partner-fields';

export function partnerNameTaken(name: string): DomainError {
  return new DomainError('partner_name_taken', `"${name}" is already a partner.`, [
    { field: 'name', message: `"${name}" is already a partner. Search for it, or use a different name.` },
  ]);
}

export function liaisonNotActive(): DomainError {
  return new DomainError('validation_failed', `${LIAISON_MESSAGE}.`, [{ field: 'liaisonId', message: LIAISON_MESSAGE }]);
}

export function onlyManagersReassignLiaisons(): DomainError {
  return new DomainError('forbidden', 'Only managers can reassign liaisons. Ask a manager to make this change.');
}
