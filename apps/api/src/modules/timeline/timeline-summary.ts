import { AGREEMENT_KINDS, GOAL_AGREED_BY, PARTNER_STAGES, PARTNER_TYPES } from '@common-ground/domain';

export interface SummaryInput {
  /** Null for changes made by the system (demo data, start-up). */
  actorName: string | null;
  action: string;
  recordType: string;
  /** The record's name as it is now (contact name, goal text, agreement title); null for the partner itself. */
  recordLabel: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  /** Names of the staff a liaisonId change refers to. */
  liaisonNames?: { before: string | null; after: string | null };
}

/** Fields in words, per kind of record; a field not listed is split from camelCase ("someField" → "some field"). */
const FIELD_WORDS: Record<string, Record<string, string>> = {
  partner: {
    name: 'name',
    type: 'type',
    stage: 'stage',
    liaisonId: 'liaison',
    website: 'website',
    address: 'address',
    description: 'description',
    focusAreas: 'focus areas',
    publics: 'publics',
    interactionTypes: 'interaction types',
    impactAreas: 'impact areas',
    contactCadenceDays: 'contact cadence',
    collaborationLevelLibrary: 'the library’s collaboration level',
    collaborationLevelPartner: 'the partner’s collaboration level',
    tags: 'tags',
  },
  contact: {
    name: 'name',
    title: 'title',
    email: 'email',
    phone: 'phone',
    isPrimary: 'primary contact',
    affiliationStart: 'affiliation start',
    affiliationEnd: 'affiliation end',
  },
  goal: { text: 'wording', agreedBy: 'who agreed to it', lastReviewedOn: 'last review date' },
  agreement: {
    kind: 'kind',
    title: 'title',
    startsOn: 'start date',
    endsOn: 'end date',
    reviewOn: 'review date',
    listsContributions: 'contributions listed',
    attachmentUrl: 'document link',
  },
};

/** Bookkeeping that can appear in a change but is said by the action itself. */
const SAID_BY_ACTION = new Set(['archivedAt']);
const MAX_QUOTE = 60;

const label = (labels: Record<string, string>, value: unknown) => (typeof value === 'string' ? (labels[value] ?? value) : 'none');

/**
 * The changed fields in the order of the record's form, whatever order the log stored them in (jsonb keeps its
 * own key order), so the same change always reads the same.
 */
function orderedFields(recordType: string, changes: SummaryInput['changes']): string[] {
  const order = Object.keys(FIELD_WORDS[recordType] ?? {});
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.keys(changes)
    .filter((field) => !SAID_BY_ACTION.has(field))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function fieldWords(recordType: string, field: string): string {
  return FIELD_WORDS[recordType]?.[field] ?? field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function quote(text: string | null): string {
  if (!text) return '';
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > MAX_QUOTE ? `${oneLine.slice(0, MAX_QUOTE - 1)}…` : oneLine}”`;
}

/** What a change to the partner itself did, as clauses ("moved the partner from A to B", "changed website"). */
function partnerClauses(input: SummaryInput): string[] {
  const { changes } = input;
  const clauses: string[] = [];
  const fields = orderedFields('partner', changes);
  const others: string[] = [];
  for (const field of fields) {
    const { before, after } = changes[field]!;
    if (field === 'stage') clauses.push(`moved the partner from ${label(PARTNER_STAGES.labels, before)} to ${label(PARTNER_STAGES.labels, after)}`);
    else if (field === 'name') clauses.push(`renamed the partner from ${quote(String(before ?? ''))} to ${quote(String(after ?? ''))}`);
    else if (field === 'type') clauses.push(`changed the type from ${label(PARTNER_TYPES.labels, before)} to ${label(PARTNER_TYPES.labels, after)}`);
    else if (field === 'liaisonId') clauses.push(liaisonClause(input.liaisonNames, input.actorName));
    else others.push(fieldWords('partner', field));
  }
  if (others.length) clauses.push(`changed ${listInWords(others)}`);
  return clauses;
}

function liaisonClause(names: SummaryInput['liaisonNames'], actorName: string | null): string {
  const before = names?.before ?? null;
  const after = names?.after ?? null;
  if (before && after) return `changed the liaison from ${before} to ${after}`;
  if (after) return after === actorName ? 'became the liaison' : `made ${after} the liaison`;
  if (before) return `removed ${before} as liaison`;
  return 'changed the liaison';
}

function recordNoun(input: SummaryInput): string {
  const name = input.recordType === 'contact' ? (input.recordLabel ?? 'a contact') : quote(input.recordLabel);
  if (input.recordType === 'contact') return `contact ${name}`;
  return name ? `${input.recordType} ${name}` : `a ${input.recordType}`;
}

/** What a change to a contact, goal or agreement did. */
function recordClause(input: SummaryInput): string {
  const noun = recordNoun(input);
  switch (input.action) {
    case 'create':
      return `added ${noun}`;
    case 'archive':
      return `archived ${noun}`;
    case 'restore':
      return `restored ${noun}`;
  }
  const { changes } = input;
  const fields = orderedFields(input.recordType, changes);
  if (input.recordType === 'contact' && fields.length === 1 && fields[0] === 'isPrimary') {
    return changes.isPrimary!.after === true ? `made ${input.recordLabel ?? 'a contact'} the primary contact` : `removed ${input.recordLabel ?? 'a contact'} as the primary contact`;
  }
  if (input.recordType === 'goal' && fields.length === 1 && fields[0] === 'lastReviewedOn') return `reviewed ${noun}`;
  if (input.recordType === 'goal' && fields.length === 1 && fields[0] === 'agreedBy') {
    return `updated ${noun}: now agreed by ${label(GOAL_AGREED_BY.labels, changes.agreedBy!.after).toLowerCase()}`;
  }
  if (input.recordType === 'agreement' && fields.length === 1 && fields[0] === 'kind') {
    return `updated ${noun}: now a ${label(AGREEMENT_KINDS.labels, changes.kind!.after).toLowerCase()}`;
  }
  if (fields.length === 0) return `updated ${noun}`;
  return `updated ${noun} (${listInWords(fields.map((field) => fieldWords(input.recordType, field)))})`;
}

/**
 * One timeline entry as a sentence a person reads: "Marcus Reyes moved the partner from Exploring to Active",
 * "Lena Okafor added contact Ana Ruiz", "Lena Okafor changed website and tags".
 */
export function summariseChange(input: SummaryInput): string {
  const who = input.actorName ?? 'The system';
  if (input.recordType !== 'partner') return `${who} ${recordClause(input)}`;
  switch (input.action) {
    case 'create':
      return `${who} added the partner`;
    case 'archive':
      return `${who} archived the partner`;
    case 'restore':
      return `${who} restored the partner`;
  }
  const clauses = partnerClauses(input);
  return clauses.length ? `${who} ${listInWords(clauses)}` : `${who} updated the partner`;
}
