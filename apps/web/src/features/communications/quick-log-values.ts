import {
  CHANNELS,
  COMMITMENT_DESCRIPTION_MAX_LENGTH,
  COMMUNICATION_MAX_HOURS_AHEAD,
  COMMUNICATION_SUMMARY_MAX_LENGTH,
  DEFAULT_FOLLOW_UP_DAYS,
  FACTOR_TAG_NOTE_MAX_LENGTH,
  FACTORS,
  FOLLOW_UPS_MAX,
  SUBSTANTIVE_BY_DEFAULT,
  type Channel,
  type Factor,
  type FactorTagSign,
  type Side,
} from '@common-ground/domain';
import { addDays, dayOfDateTimeInput, toDateTimeInputValue } from '../../lib/calendar-day';
import type { FormField } from '../../lib/form-problems';
import { ProblemError } from '../../lib/problem-error';
import type { Communication, CreateCommunicationBody, FollowUpBody, UpdateCommunicationBody } from './api/types';

export interface FollowUpRow {
  /** Stable across removals, for React keys and input ids; never sent. */
  key: string;
  description: string;
  ownerSide: Side;
  /** Library side: a staff member (defaults to the person logging). */
  ownerUserId: string;
  /** Partner side: one of the partner's contacts, or '' for the organisation as a whole. */
  ownerContactId: string;
  dueOn: string;
  /** False while the due date is still the default, which then follows the conversation's date. */
  dueTouched: boolean;
}

export interface FactorTagValue {
  sign: '' | FactorTagSign;
  note: string;
}

export interface QuickLogValues {
  partnerId: string;
  /** A `datetime-local` value in the library's local time. */
  occurredAt: string;
  channel: Channel;
  initiatedBy: Side;
  twoWay: boolean;
  substantive: boolean;
  staffParticipantIds: string[];
  contactParticipantIds: string[];
  summary: string;
  factorTags: Record<Factor, FactorTagValue>;
  followUps: FollowUpRow[];
}

const LAST_CHANNEL_KEY = 'common-ground:quick-log:last-channel';

/** The channel of the last conversation logged on this device: most people log the same kind again. */
export function rememberedChannel(): Channel {
  try {
    const value = window.localStorage.getItem(LAST_CHANNEL_KEY);
    return CHANNELS.has(value) ? value : 'meeting';
  } catch {
    return 'meeting';
  }
}

export function rememberChannel(channel: Channel): void {
  try {
    window.localStorage.setItem(LAST_CHANNEL_KEY, channel);
  } catch {
    // Private browsing or storage full: the default is a convenience, not worth an error.
  }
}

export const CHANNEL_OPTIONS = CHANNELS.keys.map((key) => ({ value: key, label: CHANNELS.labels[key] }));

export function initialQuickLogValues({ partnerId, meId, now = new Date() }: { partnerId: string; meId: string; now?: Date }): QuickLogValues {
  const channel = rememberedChannel();
  return {
    partnerId,
    occurredAt: toDateTimeInputValue(now),
    channel,
    initiatedBy: 'library',
    twoWay: true,
    substantive: SUBSTANTIVE_BY_DEFAULT[channel],
    staffParticipantIds: [meId],
    contactParticipantIds: [],
    summary: '',
    factorTags: Object.fromEntries(FACTORS.keys.map((factor) => [factor, { sign: '', note: '' }])) as Record<Factor, FactorTagValue>,
    followUps: [],
  };
}

let rowCount = 0;

/** A new follow-up: mine, due a week after the conversation. */
export function newFollowUpRow(occurredAt: string, meId: string): FollowUpRow {
  rowCount += 1;
  const day = dayOfDateTimeInput(occurredAt);
  return {
    key: `follow-up-${rowCount}`,
    description: '',
    ownerSide: 'library',
    ownerUserId: meId,
    ownerContactId: '',
    dueOn: day ? addDays(day, DEFAULT_FOLLOW_UP_DAYS) : '',
    dueTouched: false,
  };
}

/** Due dates still at their default move with the conversation's date. */
export function followDefaultDueDates(rows: FollowUpRow[], occurredAt: string): FollowUpRow[] {
  const day = dayOfDateTimeInput(occurredAt);
  if (!day) return rows;
  return rows.map((row) => (row.dueTouched ? row : { ...row, dueOn: addDays(day, DEFAULT_FOLLOW_UP_DAYS) }));
}

const count = (value: number) => value.toLocaleString('en-GB');

/** Checks the form can be sent; the API checks the rest (who belongs to the partner) and says so per field. */
export function validateQuickLog(values: QuickLogValues, now: Date = new Date()): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.partnerId) errors.partnerId = 'Choose the partner you talked to';
  const when = values.occurredAt ? new Date(values.occurredAt) : null;
  if (!when || Number.isNaN(when.getTime())) errors.occurredAt = 'Enter when the conversation happened';
  else if (when.getTime() > now.getTime() + COMMUNICATION_MAX_HOURS_AHEAD * 3_600_000) {
    errors.occurredAt = 'Enter a time no more than a day from now';
  }
  if (values.summary.length > COMMUNICATION_SUMMARY_MAX_LENGTH) {
    errors.summary = `Keep the summary to ${count(COMMUNICATION_SUMMARY_MAX_LENGTH)} characters or fewer`;
  }
  for (const factor of FACTORS.keys) {
    if (values.factorTags[factor].note.length > FACTOR_TAG_NOTE_MAX_LENGTH) {
      errors[`factorTags.${factor}.note`] = `Keep the note to ${count(FACTOR_TAG_NOTE_MAX_LENGTH)} characters or fewer`;
    }
  }
  if (values.followUps.length > FOLLOW_UPS_MAX) errors.followUps = `Add at most ${FOLLOW_UPS_MAX} follow-ups to one conversation`;
  const day = dayOfDateTimeInput(values.occurredAt);
  values.followUps.forEach((row, index) => {
    const description = row.description.trim();
    if (description === '') errors[`followUps.${index}.description`] = 'Say what needs doing, or remove this follow-up';
    else if (description.length > COMMITMENT_DESCRIPTION_MAX_LENGTH) {
      errors[`followUps.${index}.description`] = `Keep the follow-up to ${count(COMMITMENT_DESCRIPTION_MAX_LENGTH)} characters or fewer`;
    }
    if (!row.dueOn) errors[`followUps.${index}.dueOn`] = 'Enter when it is due';
    else if (day && row.dueOn < day) errors[`followUps.${index}.dueOn`] = 'Enter a due date on or after the day of the conversation';
  });
  return errors;
}

/** The factors tagged, in FACTORS order: the order they are sent in, which the API's `factorTags[i]` refers to. */
export function taggedFactors(values: QuickLogValues): Factor[] {
  return FACTORS.keys.filter((factor) => values.factorTags[factor].sign !== '');
}

export function toCreateBody(values: QuickLogValues): CreateCommunicationBody {
  return {
    partnerId: values.partnerId,
    occurredAt: new Date(values.occurredAt).toISOString(),
    channel: values.channel,
    initiatedBy: values.initiatedBy,
    twoWay: values.twoWay,
    substantive: values.substantive,
    staffParticipantIds: values.staffParticipantIds,
    contactParticipantIds: values.contactParticipantIds,
    summary: values.summary.trim(),
    factorTags: taggedFactors(values).map((factor) => {
      const { sign, note } = values.factorTags[factor];
      return { factor, sign: sign as FactorTagSign, ...(note.trim() ? { note: note.trim() } : {}) };
    }),
    followUps: values.followUps.map((row): FollowUpBody => ({
      description: row.description.trim(),
      ownerSide: row.ownerSide,
      ...(row.ownerSide === 'library' && row.ownerUserId ? { ownerUserId: row.ownerUserId } : {}),
      ...(row.ownerSide === 'partner' && row.ownerContactId ? { ownerContactId: row.ownerContactId } : {}),
      dueOn: row.dueOn,
    })),
  };
}

/** The form filled in from a logged conversation, to edit it (its follow-ups are changed as follow-ups, not here). */
export function valuesFromCommunication(communication: Communication): QuickLogValues {
  const factorTags = Object.fromEntries(FACTORS.keys.map((factor) => [factor, { sign: '', note: '' }])) as Record<Factor, FactorTagValue>;
  for (const tag of communication.factorTags) {
    if (FACTORS.has(tag.factor)) factorTags[tag.factor] = { sign: tag.sign, note: tag.note ?? '' };
  }
  return {
    partnerId: communication.partnerId,
    occurredAt: toDateTimeInputValue(new Date(communication.occurredAt)),
    channel: communication.channel,
    initiatedBy: communication.initiatedBy,
    twoWay: communication.twoWay,
    substantive: communication.substantive,
    staffParticipantIds: communication.staffParticipants.map((person) => person.id),
    contactParticipantIds: communication.contactParticipants.map((person) => person.id),
    summary: communication.summary,
    factorTags,
    followUps: [],
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

/**
 * An edit as the API takes it: the version that was read and only the fields that differ from it, so an edit that
 * changes nothing sends nothing but the version (and the API records no change).
 */
export function toUpdateBody(values: QuickLogValues, communication: Communication): UpdateCommunicationBody {
  const stored = valuesFromCommunication(communication);
  const wanted = toCreateBody({ ...values, followUps: [] });
  const storedTags = toCreateBody(stored).factorTags ?? [];
  const body: UpdateCommunicationBody = { version: communication.version };
  // Compared as the input shows it: the stored time may carry seconds the field cannot.
  if (values.occurredAt !== stored.occurredAt) body.occurredAt = wanted.occurredAt;
  if (values.channel !== stored.channel) body.channel = values.channel;
  if (values.initiatedBy !== stored.initiatedBy) body.initiatedBy = values.initiatedBy;
  if (values.twoWay !== stored.twoWay) body.twoWay = values.twoWay;
  if (values.substantive !== stored.substantive) body.substantive = values.substantive;
  if (!sameSet(values.staffParticipantIds, stored.staffParticipantIds)) body.staffParticipantIds = values.staffParticipantIds;
  if (!sameSet(values.contactParticipantIds, stored.contactParticipantIds)) body.contactParticipantIds = values.contactParticipantIds;
  if (wanted.summary !== communication.summary) body.summary = wanted.summary;
  if (JSON.stringify(wanted.factorTags) !== JSON.stringify(storedTags)) body.factorTags = wanted.factorTags;
  return body;
}

/**
 * After "someone else saved first" and a reload: what the person changed stays; every field they left alone takes
 * the other person's value, so saving again changes only what was meant (and loses nobody's work).
 */
export function mergeLatest(current: QuickLogValues, read: Communication, latest: Communication): QuickLogValues {
  const before = valuesFromCommunication(read);
  const after = valuesFromCommunication(latest);
  const untouched = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const pick = <K extends keyof QuickLogValues>(key: K): QuickLogValues[K] => (untouched(current[key], before[key]) ? after[key] : current[key]);
  return {
    ...current,
    occurredAt: pick('occurredAt'),
    channel: pick('channel'),
    initiatedBy: pick('initiatedBy'),
    twoWay: pick('twoWay'),
    substantive: pick('substantive'),
    staffParticipantIds: sameSet(current.staffParticipantIds, before.staffParticipantIds) ? after.staffParticipantIds : current.staffParticipantIds,
    contactParticipantIds: sameSet(current.contactParticipantIds, before.contactParticipantIds) ? after.contactParticipantIds : current.contactParticipantIds,
    summary: pick('summary'),
    factorTags: Object.fromEntries(
      FACTORS.keys.map((factor) => [factor, untouched(current.factorTags[factor], before.factorTags[factor]) ? after.factorTags[factor] : current.factorTags[factor]]),
    ) as Record<Factor, FactorTagValue>,
  };
}

const INDEXED = /^(followUps|factorTags)\[(\d+)\](?:\.(\w+))?$/;

/**
 * The form's name for a field the API named: `followUps[1].dueOn` → `followUps.1.dueOn`; `factorTags[0].factor`
 * → the sign of the first factor that was sent. Fields the form does not know are returned unchanged.
 */
export function formPathFor(apiField: string, sentFactors: readonly Factor[]): string {
  const participants = /^(staffParticipantIds|contactParticipantIds)\[\d+\]$/.exec(apiField);
  if (participants) return participants[1]!;
  const match = INDEXED.exec(apiField);
  if (!match) return apiField;
  const [, list, index, field] = match;
  if (list === 'followUps') return field ? `followUps.${index}.${field}` : 'followUps';
  const factor = sentFactors[Number(index)];
  if (!factor) return 'factorTags';
  return `factorTags.${factor}.${field === 'note' ? 'note' : 'sign'}`;
}

/** The same problem, its field names translated to the form's. */
export function withFormPaths(error: ProblemError, sentFactors: readonly Factor[]): ProblemError {
  if (error.fieldErrors.length === 0) return error;
  return new ProblemError({
    ...error.problem,
    errors: error.fieldErrors.map((item) => ({ ...item, field: formPathFor(item.field, sentFactors) })),
  });
}

/** Every field the error summary can point at, in the order they appear on screen. */
export function quickLogFields(formId: string, values: QuickLogValues): FormField<string>[] {
  const id = (name: string) => `${formId}-${name}`;
  return [
    { name: 'partnerId', id: id('partner') },
    { name: 'occurredAt', id: id('when') },
    { name: 'channel', id: id('channel') },
    { name: 'initiatedBy', id: id('initiated-by') },
    { name: 'twoWay', id: id('two-way') },
    { name: 'substantive', id: id('substantive') },
    { name: 'staffParticipantIds', id: id('staff') },
    { name: 'contactParticipantIds', id: id('contacts') },
    { name: 'summary', id: id('summary') },
    { name: 'factorTags', id: id('factor-tags') },
    ...FACTORS.keys.flatMap((factor) => [
      { name: `factorTags.${factor}.sign`, id: id(`factor-${factor}`) },
      { name: `factorTags.${factor}.note`, id: id(`factor-${factor}-note`) },
    ]),
    { name: 'followUps', id: id('follow-ups') },
    ...values.followUps.flatMap((row, index) => {
      const rowId = (field: string) => id(`${row.key}-${field}`);
      return [
        { name: `followUps.${index}.description`, id: rowId('description') },
        { name: `followUps.${index}.ownerSide`, id: rowId('owner-side') },
        { name: `followUps.${index}.ownerUserId`, id: rowId('owner') },
        { name: `followUps.${index}.ownerContactId`, id: rowId('owner') },
        { name: `followUps.${index}.dueOn`, id: rowId('due') },
      ];
    }),
  ];
}
