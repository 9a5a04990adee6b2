import type { ImpactNoteKind, ValueDimension } from '@common-ground/domain';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import { MEDIA_OUTLETS, NOTE_TEXTS, QUOTE_ATTRIBUTIONS } from '../program-words';
import { type Rng, WeightedPicker } from '../random';
import type { SeedContext, SeededPartner, SeededProgram, SeedGenerator } from '../seed-context';
import { addDays, between, dayNumber, earliest, isoDate, latest, onDay, sortByTime } from '../seed-context';
import { FIRST_NAMES, PLACES } from '../words';

const DAY_MS = 86_400_000;
/** Share of notes about a program (with or without one of its partners); the rest are about a partner only. */
const PROGRAM_SHARE = 0.7;

const KINDS: ReadonlyArray<readonly [ImpactNoteKind, number]> = [['story', 28], ['quote', 30], ['outcome', 20], ['lesson', 12], ['media-mention', 10]];
const DIMENSIONS: Record<ImpactNoteKind, ReadonlyArray<readonly [ValueDimension, number]>> = {
  story: [['deeper-impacts', 50], ['better-programs', 30], ['expanded-capacities', 20]],
  quote: [['deeper-impacts', 70], ['better-programs', 20], ['expanded-capacities', 10]],
  outcome: [['deeper-impacts', 80], ['better-programs', 10], ['expanded-capacities', 10]],
  lesson: [['better-programs', 70], ['expanded-capacities', 30]],
  'media-mention': [['expanded-capacities', 70], ['deeper-impacts', 30]],
};

interface NoteRow {
  id: string;
  kind: ImpactNoteKind;
  text: string;
  attribution: string | null;
  valueDimension: ValueDimension;
  consentToQuote: boolean;
  partnerId: string | null;
  programId: string | null;
  notedOn: string;
  sourceUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  archivedAt: Date | null;
  version: number;
}

/**
 * Exactly `scale.impactNotes` notes. 70% are about a program, drawn by how far it got (held programs most, a
 * lesson or two from cancelled ones) and noted during it or within a month after; 60% of those also name one of
 * its partners. The rest are about a partner only, mostly engaged ones, over the last three years. Kinds: ~30%
 * quotes (two in three with consent to quote), stories, outcomes, lessons learned and media mentions (with a link);
 * the value dimension follows the kind. Nothing is noted after yesterday.
 */
export const impactNotesGenerator: SeedGenerator = {
  kind: 'impact notes',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('impact notes');
    const yesterday = isoDate(ctx.now, -1);
    const staff = ctx.staff.map((s) => s.id);
    const partners = new Map(ctx.partners.map((p) => [p.id, p]));
    const programNotes = ctx.programs.length > 0 ? Math.round(ctx.scale.impactNotes * PROGRAM_SHARE) : 0;
    const rows: NoteRow[] = [];

    if (programNotes > 0) {
      const picker = new WeightedPicker(
        ctx.programs,
        ctx.programs.map((p) => (p.status === 'held' ? 1.6 : p.sessionsUntil !== null ? 0.8 : p.status === 'cancelled' ? 0.15 : 0.05)),
      );
      for (let k = 0; k < programNotes; k++) {
        const program = picker.pick(rng);
        const partner = program.partnerIds.length > 0 && rng.chance(0.6) ? partners.get(rng.chance(0.7) ? program.partnerIds[0]! : rng.pick(program.partnerIds)) : undefined;
        const from = program.sessionsUntil !== null ? program.startsOn : isoDate(program.createdAt);
        const to = minDay(program.sessionsUntil !== null ? addDays(program.sessionsUntil, 30) : program.startsOn, yesterday);
        const notedOn = to < from ? yesterday : addDays(from, rng.int(0, dayNumber(to) - dayNumber(from)));
        rows.push(note(rng, { program, partner, notedOn, createdBy: rng.chance(0.7) ? program.createdBy : rng.pick(staff), notBefore: program.createdAt, now: ctx.now }));
      }
    }
    const candidates = ctx.partners.filter((p) => p.stage !== 'prospect');
    if (candidates.length > 0) {
      const picker = new WeightedPicker(candidates, candidates.map((p) => (p.stage === 'active' || p.stage === 'sustaining' ? 1 : 0.25)));
      for (let k = programNotes; k < ctx.scale.impactNotes; k++) {
        const partner = picker.pick(rng);
        const from = latest(partner.createdAt, new Date(ctx.now.getTime() - 1095 * DAY_MS));
        const notedOn = isoDate(between(rng, from, new Date(`${yesterday}T12:00:00Z`)));
        rows.push(note(rng, { program: undefined, partner, notedOn, createdBy: partner.liaisonId ?? rng.pick(staff), notBefore: partner.createdAt, now: ctx.now }));
      }
    }
    sortByTime(rows, (r) => r.createdAt);

    // search_document is the table's trigger's (to_tsvector('english', text)).
    return bulkInsert(ctx.db, 'impact_notes', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'kind', type: 'text', value: (r) => r.kind },
      { name: 'text', type: 'text', value: (r) => r.text },
      { name: 'attribution', type: 'text', value: (r) => r.attribution },
      { name: 'value_dimension', type: 'text', value: (r) => r.valueDimension },
      { name: 'consent_to_quote', type: 'boolean', value: (r) => r.consentToQuote },
      { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
      { name: 'program_id', type: 'uuid', value: (r) => r.programId },
      { name: 'noted_on', type: 'date', value: (r) => r.notedOn },
      { name: 'source_url', type: 'text', value: (r) => r.sourceUrl },
      ...trackedRecordColumns<NoteRow>(),
    ], rows);
  },
};

interface NoteDraft {
  program: SeededProgram | undefined;
  partner: SeededPartner | undefined;
  notedOn: string;
  createdBy: string;
  notBefore: Date;
  now: Date;
}

function note(rng: Rng, draft: NoteDraft): NoteRow {
  const kind = rng.weighted(KINDS);
  const place = rng.pick(PLACES);
  const fill = (text: string) =>
    text
      .replace(/\{program\}/g, draft.program?.title ?? 'the program')
      .replace(/\{partner\}/g, draft.partner?.name ?? 'our partner')
      .replace(/\{place\}/g, place)
      .replace(/\{name\}/g, rng.pick(FIRST_NAMES))
      .replace('{n}', String(rng.int(12, 400)))
      .replace('{m}', String(rng.int(2, 40)));
  const outlet = kind === 'media-mention' ? fill(rng.pick(MEDIA_OUTLETS)) : null;
  const attribution = kind === 'quote' ? (rng.chance(0.9) ? fill(rng.pick(QUOTE_ATTRIBUTIONS)) : null) : (outlet ?? null);
  const createdAt = latest(draft.notBefore, earliest(onDay(rng, addDays(draft.notedOn, rng.int(0, 5))), new Date(draft.now.getTime() - 60_000)));
  const archivedAt = rng.chance(0.01) ? between(rng, createdAt, draft.now) : null;
  return {
    id: rng.uuid(),
    kind,
    text: fill(rng.pick(NOTE_TEXTS[kind])),
    attribution,
    valueDimension: rng.weighted(DIMENSIONS[kind]),
    consentToQuote: rng.chance(kind === 'quote' ? 0.65 : 0.3),
    partnerId: draft.partner?.id ?? null,
    programId: draft.program?.id ?? null,
    notedOn: draft.notedOn,
    sourceUrl: outlet && rng.chance(0.8) ? `https://www.${slug(outlet)}.example/news/${draft.notedOn}-${slug(draft.program?.title ?? 'library-partnership').slice(0, 40)}` : null,
    createdAt,
    updatedAt: archivedAt ?? createdAt,
    createdBy: draft.createdBy,
    archivedAt,
    version: archivedAt ? 2 : 1,
  };
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
