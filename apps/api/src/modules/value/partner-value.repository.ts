import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { VALUE_DIMENSIONS, type ValueDimension } from '@common-ground/domain';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import type { PageRequest } from '../../common/pagination/page';
import type { ImpactNoteRow } from '../impact-notes/impact-notes.repository';
import type { NoteCountRow, ValueGroups } from './value-rows';

/** A note as the statements below send it: JSON, so its instants are text until parsed. */
type NoteJson = Omit<ImpactNoteRow, 'created_at' | 'updated_at' | 'archived_at'> & { created_at: string; updated_at: string; archived_at: string | null };

export interface PartnerValueRow extends ValueGroups {
  id: string;
  name: string;
  archived: boolean;
  note_counts: NoteCountRow;
  notes: ImpactNoteRow[];
}

export interface PartnerNotesPage {
  total: number;
  rows: ImpactNoteRow[];
}

/** The year's notes of a partner, from its note links (migration 1764633600000); `l` is value_partner_notes. */
const IN_YEAR = `l.noted_on >= make_date($2::int, 1, 1) AND l.noted_on < make_date($2::int + 1, 1, 1)`;
/** Newest first, as every list of notes. */
const NEWEST_FIRST = 'l.noted_on DESC, l.created_at DESC, l.note_id DESC';

/** Notes `l` (value_partner_notes rows) as JSON objects with the columns of ImpactNoteRow, in the order of `order`. */
function notesJson(links: string, order: string): string {
  return `SELECT coalesce(json_agg(json_build_object(
             'id', n.id, 'kind', n.kind, 'text', n.text, 'attribution', n.attribution, 'value_dimension', n.value_dimension,
             'consent_to_quote', n.consent_to_quote, 'partner_id', n.partner_id, 'partner_name', np.name,
             'program_id', n.program_id, 'program_title', pr.title, 'noted_on', n.noted_on, 'source_url', n.source_url,
             'created_at', n.created_at, 'updated_at', n.updated_at, 'created_by', n.created_by, 'version', n.version,
             'archived_at', n.archived_at) ORDER BY ${order}), '[]')
            FROM ${links}
            JOIN impact_notes n ON n.id = l.note_id
            LEFT JOIN programs pr ON pr.id = n.program_id
            LEFT JOIN partners np ON np.id = n.partner_id`;
}

const toNoteRow = (note: NoteJson): ImpactNoteRow => ({
  ...note,
  created_at: new Date(note.created_at),
  updated_at: new Date(note.updated_at),
  archived_at: note.archived_at === null ? null : new Date(note.archived_at),
});

/** A kept figure table `f` of the year ($2) and the year before, as period 0 and 1. */
const inYears = (table: string, counted: string) =>
  `FROM ${table} f WHERE f.partner_id = pa.id AND f.year IN ($2::int, $2::int - 1) AND ${counted}`;

/**
 * A partner's value view, read from the figures kept per partner and year by the triggers of migration
 * 1764633600000 (see there: the programs in use where it has a role in use, its own contributions, its notes).
 * Everything, the partner itself included, comes in ONE statement of primary-key range reads: a few dozen narrow
 * rows for the figures, an index range per dimension for the notes.
 */
@Injectable()
export class PartnerValueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The partner (null when there is none), the grouped figures of `year` (period 0) and the year before (period 1)
   * in the row shapes value-figures.ts folds, how many notes of each dimension the year has, and the newest
   * `notesPerDimension` of each.
   */
  async partnerValue(partnerId: string, year: number, notesPerDimension: number): Promise<PartnerValueRow | null> {
    const rows = await preparedQuery<Omit<PartnerValueRow, 'notes'> & { notes: NoteJson[] }>(
      this.dataSource,
      `SELECT pa.id, pa.name, pa.archived_at IS NOT NULL AS archived,
         (SELECT coalesce(json_agg(json_build_object('period', $2::int - f.year, 'status', f.status, 'count', f.programs)), '[]')
            ${inYears('value_partner_statuses', 'f.programs <> 0')}) AS programs,
         (SELECT coalesce(json_agg(json_build_object('period', $2::int - f.year, 'format', f.format, 'sessions', f.sessions,
                   'age-0-5', f.age_0_5, 'age-6-11', f.age_6_11, 'age-12-18', f.age_12_18, 'age-19-plus', f.age_19_plus,
                   'general', f.general, 'recorded_views', f.recorded_views, 'audience_matched', f.audience_matched,
                   'audience_recorded', f.audience_recorded)), '[]')
            ${inYears('value_partner_sessions', 'f.sessions <> 0')}) AS sessions,
         (SELECT coalesce(json_agg(json_build_object('period', $2::int - f.year, 'measure', f.measure, 'timing', f.timing,
                   'results', f.results, 'respondents', f.respondents, 'strongly_disagree', f.strongly_disagree,
                   'disagree', f.disagree, 'neutral', f.neutral, 'agree', f.agree, 'strongly_agree', f.strongly_agree,
                   'non_responses', f.non_responses)), '[]')
            ${inYears('value_partner_outcomes', 'f.results <> 0')}) AS outcomes,
         (SELECT coalesce(json_agg(json_build_object('period', $2::int - f.year, 'side', f.side, 'type', f.type,
                   'unit', nullif(f.unit, ''), 'count', f.lines, 'money_value', f.money_value::text,
                   'quantity', CASE WHEN f.unit = '' THEN NULL ELSE f.quantity::text END)), '[]')
            ${inYears('value_partner_contributions', 'f.lines <> 0')}) AS contributions,
         (SELECT coalesce(json_object_agg(c.value_dimension, c.notes), '{}')
            FROM (SELECT l.value_dimension, count(*) AS notes FROM value_partner_notes l
                   WHERE l.partner_id = pa.id AND ${IN_YEAR} GROUP BY l.value_dimension) c) AS note_counts,
         (${notesJson(
           `unnest($3::text[]) WITH ORDINALITY AS d(dimension, position)
            CROSS JOIN LATERAL (
              SELECT l.note_id, l.noted_on, l.created_at FROM value_partner_notes l
               WHERE l.partner_id = pa.id AND l.value_dimension = d.dimension AND ${IN_YEAR}
               ORDER BY ${NEWEST_FIRST} LIMIT $4) l`,
           `d.position, ${NEWEST_FIRST}`,
         )}) AS notes
       FROM partners pa WHERE pa.id = $1`,
      [partnerId, year, VALUE_DIMENSIONS.keys, notesPerDimension],
    );
    const row = rows[0];
    return row ? { ...row, notes: row.notes.map(toNoteRow) } : null;
  }

  /** A page of the year's notes of one dimension, newest first, with how many there are; null when no partner. */
  async partnerNotes(partnerId: string, year: number, dimension: ValueDimension, page: PageRequest): Promise<PartnerNotesPage | null> {
    const links = `value_partner_notes l WHERE l.partner_id = pa.id AND l.value_dimension = $3 AND ${IN_YEAR}`;
    const rows = await preparedQuery<{ total: number; notes: NoteJson[] }>(
      this.dataSource,
      `SELECT (SELECT count(*)::int FROM ${links}) AS total,
              (${notesJson(`(SELECT l.note_id, l.noted_on, l.created_at FROM ${links} ORDER BY ${NEWEST_FIRST} LIMIT $4 OFFSET $5) l`, NEWEST_FIRST)}) AS notes
         FROM partners pa WHERE pa.id = $1`,
      [partnerId, year, dimension, page.limit, page.offset],
    );
    const row = rows[0];
    return row ? { total: row.total, rows: row.notes.map(toNoteRow) } : null;
  }
}
