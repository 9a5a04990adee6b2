import {
  AGREEMENT_KINDS,
  CHANNELS,
  COMMITMENT_STATUSES,
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  GOAL_AGREED_BY,
  IMPACT_NOTE_KINDS,
  PARTNER_STAGES,
  PARTNER_TYPES,
  PROGRAM_ROLES,
  PROGRAM_STATUS_REASONS,
  PROGRAM_STATUSES,
} from '@common-ground/domain';

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
  /** A commitment's due date as it is now (YYYY-MM-DD), for "done, 2 days late" when the change left it as it was. */
  dueOn?: string | null;
  /** Program records: the timeline's partner, named in "added Riverside Clinic to “Health Fair” as presenter". */
  partnerName?: string | null;
  /** Program records: the record's program and details as they are now. */
  programRecord?: ProgramRecordDetails | null;
}

/** What a program record's sentence needs of it as it is now; a 'create' entry's own values take precedence. */
export interface ProgramRecordDetails {
  /** The program's title (null: a contribution or note of no program). */
  programTitle: string | null;
  /** A role. */
  role?: string | null;
  /** A contribution. */
  side?: string | null;
  type?: string | null;
  stage?: string | null;
  quantity?: number | null;
  unit?: string | null;
  moneyValue?: number | null;
  /** A note. */
  kind?: string | null;
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
  communication: {
    occurredAt: 'date and time',
    channel: 'channel',
    initiatedBy: 'who got in touch',
    twoWay: 'two-way',
    substantive: 'substantive',
    summary: 'summary',
    staffParticipantIds: 'staff who took part',
    contactParticipantIds: 'contacts who took part',
    factorTags: 'factor tags',
  },
  commitment: {
    description: 'description',
    ownerSide: 'owner',
    ownerUserId: 'owner',
    ownerContactId: 'owner',
    dueOn: 'due date',
    communicationId: 'communication',
    programId: 'program',
  },
  program: {
    title: 'title',
    startsOn: 'start date',
    endsOn: 'end date',
    status: 'status',
    statusReason: 'reason',
    statusNote: 'status note',
  },
  'program-role': { role: 'role', responsibilities: 'responsibilities', ownerContactId: 'owner', ownerNamedOn: 'date the owner was named' },
  contribution: {
    side: 'side',
    partnerId: 'partner',
    programId: 'program',
    type: 'type',
    stage: 'planned or given',
    description: 'description',
    quantity: 'quantity',
    unit: 'unit',
    moneyValue: 'value',
    rate: 'valuation',
    rateSource: 'valuation',
    rateYear: 'valuation',
    contributedOn: 'date',
  },
  'impact-note': {
    kind: 'kind',
    text: 'text',
    attribution: 'attribution',
    valueDimension: 'value dimension',
    consentToQuote: 'consent to quote',
    partnerId: 'partner',
    programId: 'program',
    notedOn: 'date',
    sourceUrl: 'source link',
  },
};

/** Bookkeeping that can appear in a change but is said by the action itself. */
const SAID_BY_ACTION = new Set(['archivedAt']);
/** A commitment's status bookkeeping, said by the status clause ("marked … done, 2 days late: reason"). */
const SAID_BY_STATUS = new Set(['status', 'completedOn', 'statusReason']);
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
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
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
  return quoted(text);
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
/**
 * "Ana Ruiz answered the partnership assessment for the partner" (a partner's answer has no staff actor: the name is
 * the one the entry recorded), "Marcus Reyes emailed Ana Ruiz a link to the partnership assessment".
 */
function assessmentSentence(input: SummaryInput, who: string): string {
  const after = (field: string) => input.changes[field]?.after;
  if (input.recordType === 'assessment') {
    const respondent = typeof after('respondentName') === 'string' ? (after('respondentName') as string) : who;
    return `${respondent} answered the partnership assessment for ${after('side') === 'partner' ? 'the partner' : 'the library'}`;
  }
  const contact = input.recordLabel ?? 'a contact';
  return after('emailed') === true
    ? `${who} emailed ${contact} a link to the partnership assessment`
    : `${who} made a link to the partnership assessment for ${contact}`;
}

export function summariseChange(input: SummaryInput): string {
  const who = input.actorName ?? 'The system';
  if (input.recordType === 'assessment' || input.recordType === 'assessment-invitation') return assessmentSentence(input, who);
  if (input.recordType === 'commitment') return `${who} ${commitmentClause(input)}`;
  if (input.recordType === 'communication') return `${who} ${communicationClause(input)}`;
  const programClause = PROGRAM_CLAUSES[input.recordType];
  if (programClause) return `${who} ${programClause(input)}`;
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as people write it, "3 Nov 2026", from 'YYYY-MM-DD' (or the UTC date of an instant). Fixed English month
 * abbreviations rather than toLocaleDateString, so the sentence does not change with the server's locale.
 */
export function dateInWords(date: string | Date): string {
  const iso = typeof date === 'string' ? date : date.toISOString();
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "1 day", "3 days". */
export function daysInWords(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

/** Text quoted in a sentence, on one line and shortened: “Send the flyer”. */
export function quoted(text: string | null, max = MAX_QUOTE): string {
  return text ? `“${shortened(text, max)}”` : '';
}

/** Text on one line, cut with an ellipsis past `max` characters (a goal's text as a link label). */
export function shortened(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** "a meeting", "an email", "a video call", from the channel's label. */
export function channelNoun(channel: string, article: 'a' | 'the' = 'a'): string {
  const words = label(CHANNELS.labels, channel).toLowerCase();
  if (article === 'the') return `the ${words}`;
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** "the meeting of 3 Nov 2026": how a logged communication is named in a sentence about a change to it. */
export function communicationLabel(channel: string, occurredAt: Date | string): string {
  return `${channelNoun(channel, 'the')} of ${dateInWords(occurredAt)}`;
}

/** A logged communication as a sentence: "Lena Okafor logged a meeting with Ana Ruiz". */
export function summariseCommunication(input: { actorName: string | null; channel: string; contactNames: string[] }): string {
  const who = input.actorName ?? 'The system';
  const withWhom = input.contactNames.length ? ` with ${listInWords(input.contactNames)}` : '';
  return `${who} logged ${channelNoun(input.channel)}${withWhom}`;
}

/** A change to a logged communication; its label is communicationLabel(). */
function communicationClause(input: SummaryInput): string {
  const noun = input.recordLabel ?? 'a communication';
  switch (input.action) {
    case 'create':
      return `logged ${noun}`;
    case 'archive':
      return `archived ${noun}`;
    case 'restore':
      return `restored ${noun}`;
  }
  const fields = distinctFieldWords('communication', input.changes);
  return fields.length ? `edited ${noun} (${listInWords(fields)})` : `edited ${noun}`;
}

/** Changed fields in words, in form order, each said once (ownerSide and ownerUserId are both "owner"). */
function distinctFieldWords(recordType: string, changes: SummaryInput['changes'], skip: Set<string> = new Set()): string[] {
  const words = orderedFields(recordType, changes)
    .filter((field) => !skip.has(field))
    .map((field) => fieldWords(recordType, field));
  return [...new Set(words)];
}

const asDay = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

/** Whole days from one YYYY-MM-DD to another. */
function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A change to a follow-up: "added the follow-up “Send the flyer”, due 10 Nov 2026", "marked “Send the flyer” done,
 * 2 days late", "reopened “Send the flyer”: the venue fell through", "moved “Send the flyer” to 12 Nov 2026".
 */
function commitmentClause(input: SummaryInput): string {
  const { changes } = input;
  const what = quote(input.recordLabel) || 'a follow-up';
  switch (input.action) {
    case 'create': {
      const due = asDay(changes.dueOn?.after);
      return `added the follow-up ${what}${due ? `, due ${dateInWords(due)}` : ''}`;
    }
    case 'archive':
      return `archived the follow-up ${what}`;
    case 'restore':
      return `restored the follow-up ${what}`;
  }
  const others = distinctFieldWords('commitment', changes, SAID_BY_STATUS);
  if (changes.status) {
    const reason = typeof changes.statusReason?.after === 'string' && changes.statusReason.after.trim() ? `: ${changes.statusReason.after.trim()}` : '';
    const also = others.length ? ` and changed ${listInWords(others)}` : '';
    return `${statusClause(input, what)}${also}${reason}`;
  }
  const due = asDay(changes.dueOn?.after);
  if (others.length === 1 && due) return `moved ${what} to ${dateInWords(due)}`;
  return others.length ? `updated the follow-up ${what} (${listInWords(others)})` : `updated the follow-up ${what}`;
}

function statusClause(input: SummaryInput, what: string): string {
  const { changes } = input;
  const after = changes.status!.after;
  const before = changes.status!.before;
  if (after === 'open') return `reopened ${what}`;
  if (after === 'done') {
    const completedOn = asDay(changes.completedOn?.after);
    const dueOn = asDay(changes.dueOn?.after) ?? input.dueOn ?? null;
    if (!completedOn || !dueOn) return `marked ${what} done`;
    const late = daysFrom(dueOn, completedOn);
    return late > 0 ? `marked ${what} done, ${daysInWords(late)} late` : `marked ${what} done on time`;
  }
  const words = label(COMMITMENT_STATUSES.labels, after).toLowerCase();
  return before === 'open' || before === undefined ? `marked ${what} ${words}` : `changed ${what} from ${label(COMMITMENT_STATUSES.labels, before).toLowerCase()} to ${words}`;
}

/** Program records in sentences, by record type. */
const PROGRAM_CLAUSES: Record<string, ((input: SummaryInput) => string) | undefined> = {
  program: programClause,
  'program-role': programRoleClause,
  contribution: contributionClause,
  'impact-note': impactNoteClause,
};

/** A value of a 'create' entry (what the record was made with), else the record's value as it is now. */
function created<T>(input: SummaryInput, field: string, now: T | null | undefined): T | null {
  if (input.action === 'create' && input.changes[field]) return (input.changes[field]!.after ?? null) as T | null;
  return now ?? null;
}

/** “Health Fair”, or "a program" when it cannot be named. */
function programName(input: SummaryInput): string {
  return quoted(input.programRecord?.programTitle ?? null) || 'a program';
}

/**
 * A program's event as its partners hear of it: "marked “Health Fair” held", "cancelled “Health Fair”: funding",
 * "postponed “Health Fair” to 12 Apr 2026: weather", "moved “Health Fair” to 12 Apr 2026".
 */
function programClause(input: SummaryInput): string {
  const name = programName(input);
  switch (input.action) {
    case 'create':
      return `added the program ${name}`;
    case 'archive':
      return `archived the program ${name}`;
    case 'restore':
      return `restored the program ${name}`;
  }
  const { changes } = input;
  const startsOn = asDay(changes.startsOn?.after);
  const endsOn = asDay(changes.endsOn?.after);
  const to = startsOn && endsOn && endsOn !== startsOn ? ` to ${dateInWords(startsOn)} – ${dateInWords(endsOn)}` : startsOn ? ` to ${dateInWords(startsOn)}` : '';
  if (changes.status) {
    const reasonKey = changes.statusReason?.after;
    const reason = typeof reasonKey === 'string' ? `: ${label(PROGRAM_STATUS_REASONS.labels, reasonKey).toLowerCase()}` : '';
    switch (changes.status.after) {
      case 'held':
        return `marked ${name} held`;
      case 'cancelled':
        return `cancelled ${name}${reason}`;
      case 'postponed':
        return `postponed ${name}${to}${reason}`;
      default:
        return `moved ${name} back to ${label(PROGRAM_STATUSES.labels, changes.status.after).toLowerCase()}${to}`;
    }
  }
  if (to) return `moved ${name}${to}`;
  if (endsOn) return `moved the end of ${name} to ${dateInWords(endsOn)}`;
  const fields = distinctFieldWords('program', changes);
  return fields.length ? `updated the program ${name} (${listInWords(fields)})` : `updated the program ${name}`;
}

/** "presenter", "volunteer provider"; null for 'other', which says nothing. */
function roleWords(role: unknown): string | null {
  if (typeof role !== 'string' || role === 'other') return null;
  return label(PROGRAM_ROLES.labels, role).toLowerCase();
}

/**
 * A change to the partner's role in a program: "added Riverside Clinic to “Health Fair” as presenter", "removed
 * Riverside Clinic as presenter of “Health Fair”", "changed Riverside Clinic’s role in “Health Fair” from presenter
 * to lead".
 */
function programRoleClause(input: SummaryInput): string {
  const partner = input.partnerName ?? 'the partner';
  const program = programName(input);
  const role = roleWords(created(input, 'role', input.programRecord?.role));
  switch (input.action) {
    case 'create':
      return `added ${partner} to ${program}${role ? ` as ${role}` : ''}`;
    case 'archive':
      return role ? `removed ${partner} as ${role} of ${program}` : `removed ${partner} from ${program}`;
    case 'restore':
      return role ? `restored ${partner} as ${role} of ${program}` : `restored ${partner} to ${program}`;
  }
  const { changes } = input;
  const others = distinctFieldWords('program-role', changes, new Set(['role']));
  if (changes.role) {
    const before = roleWords(changes.role.before) ?? 'another role';
    const after = roleWords(changes.role.after) ?? 'another role';
    return `changed ${partner}’s role in ${program} from ${before} to ${after}${others.length ? ` and changed ${listInWords(others)}` : ''}`;
  }
  return others.length ? `updated ${partner}’s role in ${program} (${listInWords(others)})` : `updated ${partner}’s role in ${program}`;
}

// Made once: toLocaleString with options builds a new formatter on every call, which cost more than the rest of a
// timeline page's sentences together.
const AMOUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const MONEY_FORMAT = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 12 → "12", 2.5 → "2.5", 1250 → "1,250". */
function amount(value: number): string {
  return AMOUNT_FORMAT.format(value);
}

/** "$417.48", "$2,500.00". */
function money(value: number): string {
  return `$${MONEY_FORMAT.format(value)}`;
}

const asNumber = (value: unknown): number | null => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : null);

/** What was contributed: "12 volunteer hours", "5 volunteers", "3 sessions of expertise", "funding". */
function contributionWhat(type: string | null, quantity: number | null, unit: string | null): string {
  const typeWords = type ? label(CONTRIBUTION_TYPES.labels, type).toLowerCase() : 'a contribution';
  if (quantity === null || unit === null) return typeWords;
  const unitWords = label(CONTRIBUTION_UNITS.labels, unit).toLowerCase();
  const one = quantity === 1;
  if (type === 'volunteers' && unit === 'hours') return `${amount(quantity)} volunteer ${one ? 'hour' : 'hours'}`;
  if (type === 'volunteers' && unit === 'people') return `${amount(quantity)} ${one ? 'volunteer' : 'volunteers'}`;
  const units = one ? unitWords.replace(/people$/, 'person').replace(/s$/, '') : unitWords;
  return `${amount(quantity)} ${units} of ${typeWords}`;
}

/**
 * A contribution line: "recorded 12 volunteer hours from Riverside Clinic for “Health Fair” ($417.48)", "recorded a
 * pledge of funding from Riverside Clinic ($2,500.00)", "archived the contribution of 12 volunteer hours from …".
 * A 'create' entry tells the line as it was recorded; later entries as it is now.
 */
function contributionClause(input: SummaryInput): string {
  const record = input.programRecord;
  const side = created(input, 'side', record?.side);
  const what = contributionWhat(created(input, 'type', record?.type), asNumber(created(input, 'quantity', record?.quantity)), created(input, 'unit', record?.unit));
  const partner = input.partnerName ?? 'the partner';
  const program = record?.programTitle ? quoted(record.programTitle) : null;
  const from = side === 'library' ? `from the library for ${program ?? partner}` : `from ${partner}${program ? ` for ${program}` : ''}`;
  const value = asNumber(created(input, 'moneyValue', record?.moneyValue));
  const worth = value !== null ? ` (${money(value)})` : '';
  const line = `${what} ${from}`;
  switch (input.action) {
    case 'create':
      return created(input, 'stage', record?.stage) === 'planned' ? `recorded a pledge of ${line}${worth}` : `recorded ${line}${worth}`;
    case 'archive':
      return `archived the contribution of ${line}`;
    case 'restore':
      return `restored the contribution of ${line}`;
  }
  const fields = distinctFieldWords('contribution', input.changes);
  return fields.length ? `updated the contribution of ${line} (${listInWords(fields)})` : `updated the contribution of ${line}`;
}

/** "a quote", "an outcome", "a lesson learned"; with 'the': "the quote". */
function noteNoun(kind: unknown, article: 'a' | 'the'): string {
  const words = typeof kind === 'string' ? label(IMPACT_NOTE_KINDS.labels, kind).toLowerCase() : 'note';
  if (article === 'the') return `the ${words}`;
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** An impact note: "added a quote to “Health Fair”", "added a story about Riverside Clinic", "edited the quote on …". */
function impactNoteClause(input: SummaryInput): string {
  const kind = created(input, 'kind', input.programRecord?.kind);
  const program = input.programRecord?.programTitle ? quoted(input.programRecord.programTitle) : null;
  const about = program ? `on ${program}` : `about ${input.partnerName ?? 'the partner'}`;
  switch (input.action) {
    case 'create':
      return program ? `added ${noteNoun(kind, 'a')} to ${program}` : `added ${noteNoun(kind, 'a')} ${about}`;
    case 'archive':
      return `archived ${noteNoun(kind, 'the')} ${about}`;
    case 'restore':
      return `restored ${noteNoun(kind, 'the')} ${about}`;
  }
  const fields = distinctFieldWords('impact-note', input.changes);
  return fields.length ? `edited ${noteNoun(kind, 'the')} ${about} (${listInWords(fields)})` : `edited ${noteNoun(kind, 'the')} ${about}`;
}
