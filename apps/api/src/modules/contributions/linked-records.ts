import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/problem/domain-error';
import { type PartnerReference, PartnerReferenceRepository } from '../partners/partner-reference.repository';
import { type ProgramReference, ProgramReferenceRepository } from '../programs/program-reference.repository';
import { programArchived } from '../programs/programs.errors';

export const PARTNER_UNKNOWN_MESSAGE = 'Choose a partner in use; we could not find that one.';
export const PROGRAM_UNKNOWN_MESSAGE = 'Choose a program in use; we could not find that one.';

/**
 * The partner and program named in a request body (a contribution's, an impact note's). Archived is a 400 on the
 * field as everywhere; unknown is a 400 too, since the mistake is in what was sent rather than in the address
 * (a 404 would read as "this page does not exist"). Both rows stay share-locked until the transaction ends.
 */
export async function requireLivePartnerField(partners: PartnerReferenceRepository, partnerId: string, db: EntityManager): Promise<PartnerReference> {
  try {
    return await partners.requireLive(partnerId, db);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') throw unknown('partnerId', PARTNER_UNKNOWN_MESSAGE);
    throw error;
  }
}

export async function requireLiveProgramField(programs: ProgramReferenceRepository, programId: string, db: EntityManager): Promise<ProgramReference> {
  const program = await programs.find(programId, db, 'share');
  if (!program) throw unknown('programId', PROGRAM_UNKNOWN_MESSAGE);
  if (program.archived) throw programArchived('programId');
  return program;
}

function unknown(field: string, message: string): DomainError {
  return new DomainError('validation_failed', message, [{ field, message }]);
}
