import type { Side } from '@common-ground/domain';
import type { FieldError } from '../../common/problem/domain-error';
import type { KnownPeople } from './people-reference.repository';
import type { UnknownPeople } from './people-refusals';

/** What a request says about who owns a commitment (any of it may be absent). */
export interface OwnerRequest {
  ownerSide?: Side | null;
  ownerUserId?: string | null;
  ownerContactId?: string | null;
}

export interface CommitmentOwner {
  ownerSide: Side;
  ownerUserId: string | null;
  ownerContactId: string | null;
}

const CONTACT_ON_LIBRARY_SIDE = 'Only a follow-up the partner owns can have one of their contacts as its owner. Choose partner as the owner side, or leave the contact out.';
const USER_ON_PARTNER_SIDE = 'Only a follow-up the library owns can have a staff member as its owner. Choose library as the owner side, or leave the staff member out.';
export const LIBRARY_OWNER_MISSING = 'Choose who at the library owns this follow-up.';

/**
 * The owner of a new commitment: library side unless said otherwise; on the library side the author unless another
 * staff member is named; on the partner side a named contact, or none for the organisation as a whole. `prefix`
 * names the fields in errors (`followUps[1].` for a follow-up of a communication).
 */
export function newOwner(request: OwnerRequest, authorId: string, prefix = ''): { owner: CommitmentOwner; errors: FieldError[] } {
  const side = request.ownerSide ?? 'library';
  const errors: FieldError[] = [];
  if (side === 'library' && request.ownerContactId) errors.push({ field: `${prefix}ownerContactId`, message: CONTACT_ON_LIBRARY_SIDE });
  if (side === 'partner' && request.ownerUserId) errors.push({ field: `${prefix}ownerUserId`, message: USER_ON_PARTNER_SIDE });
  return {
    owner: {
      ownerSide: side,
      ownerUserId: side === 'library' ? (request.ownerUserId ?? authorId) : null,
      ownerContactId: side === 'partner' ? (request.ownerContactId ?? null) : null,
    },
    errors,
  };
}

/**
 * The owner after an edit. Absent fields keep their value, except that changing sides clears the other side's owner
 * (and a commitment moved to the library side is owned by the person moving it unless they name someone).
 */
export function changedOwner(current: CommitmentOwner, request: OwnerRequest, actorId: string): { owner: CommitmentOwner; errors: FieldError[] } {
  const side = request.ownerSide ?? current.ownerSide;
  const sideChanged = side !== current.ownerSide;
  const errors: FieldError[] = [];
  if (side === 'library') {
    if (request.ownerContactId) errors.push({ field: 'ownerContactId', message: CONTACT_ON_LIBRARY_SIDE });
    const userId = request.ownerUserId !== undefined ? request.ownerUserId : sideChanged ? actorId : current.ownerUserId;
    const ownerTouched = request.ownerSide !== undefined || request.ownerUserId !== undefined;
    if (userId === null && ownerTouched) errors.push({ field: 'ownerUserId', message: LIBRARY_OWNER_MISSING });
    return { owner: { ownerSide: side, ownerUserId: userId, ownerContactId: null }, errors };
  }
  if (request.ownerUserId) errors.push({ field: 'ownerUserId', message: USER_ON_PARTNER_SIDE });
  const contactId = request.ownerContactId !== undefined ? request.ownerContactId : sideChanged ? null : current.ownerContactId;
  return { owner: { ownerSide: side, ownerUserId: null, ownerContactId: contactId }, errors };
}

/** Ids to look up: the staff owners and the contact owners. */
export function ownerIds(owners: readonly CommitmentOwner[]): { staffIds: string[]; contactIds: string[] } {
  return {
    staffIds: owners.flatMap((owner) => (owner.ownerUserId ? [owner.ownerUserId] : [])),
    contactIds: owners.flatMap((owner) => (owner.ownerContactId ? [owner.ownerContactId] : [])),
  };
}

/** The owner ids that are not people this partner's commitment may name (an inactive user, another partner's contact). */
export function unknownOwners(owner: CommitmentOwner, people: KnownPeople, prefix = ''): UnknownPeople[] {
  const unknowns: UnknownPeople[] = [];
  if (owner.ownerUserId && !people.staff.has(owner.ownerUserId)) unknowns.push({ field: `${prefix}ownerUserId`, kind: 'staff', ids: [owner.ownerUserId] });
  if (owner.ownerContactId && !people.contacts.has(owner.ownerContactId)) {
    unknowns.push({ field: `${prefix}ownerContactId`, kind: 'contact', ids: [owner.ownerContactId] });
  }
  return unknowns;
}
