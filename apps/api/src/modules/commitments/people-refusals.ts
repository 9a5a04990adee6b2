import type { EntityManager } from 'typeorm';
import type { FieldError } from '../../common/problem/domain-error';
import type { PartnerReference } from '../partners/partner-reference.repository';
import type { PeopleReferenceRepository, PersonDescription } from './people-reference.repository';

/** Ids a field named that are not people the record may name. */
export interface UnknownPeople {
  field: string;
  kind: 'staff' | 'contact';
  ids: readonly string[];
}

/**
 * Each field's refusal in words ("Ana Ruiz is not a contact of Riverside Food Bank."), from one look-up of who the
 * ids are. Only called on the way to a 400, so the happy path never pays for it.
 */
export async function explainUnknownPeople(
  people: PeopleReferenceRepository,
  partner: PartnerReference,
  unknowns: readonly UnknownPeople[],
  db: EntityManager,
): Promise<FieldError[]> {
  const relevant = unknowns.filter((unknown) => unknown.ids.length > 0);
  if (relevant.length === 0) return [];
  const described = await people.describe(
    relevant.flatMap((u) => (u.kind === 'staff' ? u.ids : [])),
    relevant.flatMap((u) => (u.kind === 'contact' ? u.ids : [])),
    db,
  );
  return relevant.map((unknown) => ({
    field: unknown.field,
    message: [...new Set(unknown.ids)]
      .map((id) => (unknown.kind === 'staff' ? staffRefusal(id, described.staff) : contactRefusal(id, partner, described.contacts)))
      .join(' '),
  }));
}

function staffRefusal(id: string, described: Map<string, PersonDescription>): string {
  const person = described.get(id);
  if (!person) return 'One of the staff members chosen could not be found. Choose someone from the staff list.';
  return `${person.name}’s account is deactivated, so they cannot be chosen.`;
}

function contactRefusal(id: string, partner: PartnerReference, described: Map<string, PersonDescription>): string {
  const person = described.get(id);
  if (!person) return `One of the people chosen is not a contact of ${partner.name}.`;
  if (person.partnerId === partner.id) return `${person.name} is an archived contact of ${partner.name}. Restore the contact first, or leave them out.`;
  return `${person.name} is not a contact of ${partner.name}.`;
}
