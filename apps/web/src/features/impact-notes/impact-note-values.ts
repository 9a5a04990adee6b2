import { IMPACT_NOTE_KINDS, VALUE_DIMENSIONS, type ImpactNoteKind, type ValueDimension } from '@common-ground/domain';
import type { FormField } from '../../lib/form-problems';
import type { CreateImpactNoteBody, ImpactNote, UpdateImpactNoteBody } from './api/types';

/** The API's limits (impact-note-fields.ts). */
export const NOTE_TEXT_MAX = 10_000;
export const ATTRIBUTION_MAX = 300;

export type ImpactNoteField = 'kind' | 'partnerId' | 'programId' | 'text' | 'attribution' | 'consentToQuote' | 'valueDimension' | 'notedOn' | 'sourceUrl';

export function impactNoteFields(formId: string): FormField<ImpactNoteField>[] {
  const names: ImpactNoteField[] = ['kind', 'partnerId', 'programId', 'text', 'attribution', 'consentToQuote', 'valueDimension', 'notedOn', 'sourceUrl'];
  return names.map((name) => ({ name, id: `${formId}-${name}` }));
}

/** What each value dimension means, in the library's words (NILPPA's value model). */
export const DIMENSION_MEANINGS: Record<ValueDimension, string> = {
  'better-programs': 'Programs that are better because the partner took part: reach, quality, relevance',
  'deeper-impacts': 'What changed for participants and the community',
  'expanded-capacities': 'What the library and the partner can now do that they could not before',
};

export interface ImpactNoteValues {
  kind: ImpactNoteKind | '';
  text: string;
  attribution: string;
  valueDimension: ValueDimension | '';
  consentToQuote: boolean;
  notedOn: string;
  sourceUrl: string;
  /** '' for none. */
  partnerId: string;
  programId: string;
}

export function initialImpactNoteValues({ note, partnerId, programId, today }: { note?: ImpactNote; partnerId?: string; programId?: string; today: string }): ImpactNoteValues {
  if (note) {
    return {
      kind: note.kind,
      text: note.text,
      attribution: note.attribution ?? '',
      valueDimension: note.valueDimension,
      consentToQuote: note.consentToQuote,
      notedOn: note.notedOn,
      sourceUrl: note.sourceUrl ?? '',
      partnerId: note.partner?.id ?? '',
      programId: note.program?.id ?? '',
    };
  }
  return { kind: '', text: '', attribution: '', valueDimension: '', consentToQuote: false, notedOn: today, sourceUrl: '', partnerId: partnerId ?? '', programId: programId ?? '' };
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function validateImpactNote(values: ImpactNoteValues): Partial<Record<ImpactNoteField, string>> {
  const errors: Partial<Record<ImpactNoteField, string>> = {};
  if (!IMPACT_NOTE_KINDS.has(values.kind)) errors.kind = 'Choose what kind of note this is';
  const text = values.text.trim();
  if (text === '') errors.text = values.kind === 'quote' ? 'Write down what was said' : 'Write the note';
  else if (text.length > NOTE_TEXT_MAX) errors.text = `Keep the note to ${NOTE_TEXT_MAX.toLocaleString('en-US')} characters or fewer`;
  if (values.attribution.length > ATTRIBUTION_MAX) errors.attribution = `Keep who said it to ${ATTRIBUTION_MAX} characters or fewer`;
  if (!VALUE_DIMENSIONS.has(values.valueDimension)) errors.valueDimension = 'Choose which value the note shows';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.notedOn)) errors.notedOn = 'Enter the date of the note';
  if (values.kind === 'media-mention' && values.sourceUrl.trim() !== '' && !isWebAddress(values.sourceUrl.trim())) {
    errors.sourceUrl = 'Enter a web address starting with https:// or http://';
  }
  if (values.partnerId === '' && values.programId === '') errors.partnerId = 'Link the note to a partner, a program or both';
  return errors;
}

/** Consent matters only for quotes; a media mention's web address only for media mentions. */
function shared(values: ImpactNoteValues) {
  if (!IMPACT_NOTE_KINDS.has(values.kind) || !VALUE_DIMENSIONS.has(values.valueDimension)) throw new Error('validated before');
  const sourceUrl = values.kind === 'media-mention' ? values.sourceUrl.trim() : '';
  return {
    kind: values.kind,
    text: values.text.trim(),
    valueDimension: values.valueDimension,
    consentToQuote: values.kind === 'quote' && values.consentToQuote,
    notedOn: values.notedOn,
    attribution: values.attribution.trim(),
    sourceUrl,
  };
}

export function toCreateNoteBody(values: ImpactNoteValues): CreateImpactNoteBody {
  const { attribution, sourceUrl, ...rest } = shared(values);
  return {
    ...rest,
    ...(attribution ? { attribution } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(values.partnerId ? { partnerId: values.partnerId } : {}),
    ...(values.programId ? { programId: values.programId } : {}),
  };
}

export function toUpdateNoteBody(values: ImpactNoteValues, note: ImpactNote): UpdateImpactNoteBody {
  const { attribution, sourceUrl, ...rest } = shared(values);
  return {
    version: note.version,
    ...rest,
    attribution: attribution || null,
    sourceUrl: sourceUrl || null,
    partnerId: values.partnerId || null,
    programId: values.programId || null,
  };
}
