import {
  AGE_BANDS,
  type AgeBand,
  OUTCOME_MEASURES,
  OUTCOME_TIMINGS,
  PROGRAM_STATUSES,
  SESSION_FORMATS,
  VALUE_DIMENSIONS,
  type ValueDimension,
} from '@common-ground/domain';
import { foldContributionTotals } from '../contributions/contribution-totals';
import { toImpactNoteResponse } from '../impact-notes/impact-note.mapper';
import type {
  AudienceReachDto,
  ValueAttendanceDto,
  ValueFiguresDto,
  ValueNoteCountsDto,
  ValueNotesDto,
  ValueOutcomeDto,
  ValueProgramCountsDto,
} from './dto/value.response.dto';
import type { ImpactNoteRow } from '../impact-notes/impact-notes.repository';
import type { NoteCountRow, OutcomeGroupRow, ProgramStatusRow, SessionFormatRow, ValueGroups } from './value-rows';

const zeroBands = (): Record<AgeBand, number> => Object.fromEntries(AGE_BANDS.keys.map((band) => [band, 0])) as Record<AgeBand, number>;
const sumBands = (bands: Record<AgeBand, number>) => AGE_BANDS.keys.reduce((sum, band) => sum + bands[band], 0);

/** A share with its n kept beside it by the caller; null rather than 0 when there is nothing to divide by. */
const share = (part: number, n: number): number | null => (n === 0 ? null : part / n);

export function foldProgramCounts(rows: readonly ProgramStatusRow[]): ValueProgramCountsDto {
  const counts = Object.fromEntries(PROGRAM_STATUSES.keys.map((status) => [status, 0])) as unknown as ValueProgramCountsDto;
  for (const row of rows) counts[row.status] += row.count;
  return counts;
}

export function foldSessions(rows: readonly SessionFormatRow[]): {
  sessions: number;
  attendance: ValueAttendanceDto;
  sessionsReachingIntendedPublic: AudienceReachDto;
} {
  let sessions = 0;
  let recordedViews = 0;
  let matched = 0;
  let recorded = 0;
  const byAgeBand = zeroBands();
  const byFormat = SESSION_FORMATS.keys.map((format) => ({ format, sessions: 0, attendance: 0, byAgeBand: zeroBands() }));
  for (const row of rows) {
    const entry = byFormat.find((f) => f.format === row.format)!;
    entry.sessions += row.sessions;
    for (const band of AGE_BANDS.keys) {
      entry.byAgeBand[band] += row[band];
      byAgeBand[band] += row[band];
    }
    sessions += row.sessions;
    recordedViews += row.recorded_views;
    matched += row.audience_matched;
    recorded += row.audience_recorded;
  }
  for (const entry of byFormat) entry.attendance = sumBands(entry.byAgeBand);
  return {
    sessions,
    attendance: { total: sumBands(byAgeBand), byAgeBand, byFormat, recordedViews },
    sessionsReachingIntendedPublic: { matched, recorded, share: share(matched, recorded) },
  };
}

/**
 * Results of one measure and timing pooled by adding their responses: the agree share is taken over everyone who
 * answered (not a mean of per-survey shares, which would weigh a 3-person survey like a 300-person one), and
 * non-responses are reported beside it, never in its n.
 */
export function foldOutcomes(rows: readonly OutcomeGroupRow[]): ValueOutcomeDto[] {
  const lines: ValueOutcomeDto[] = [];
  for (const measure of OUTCOME_MEASURES.keys) {
    for (const timing of OUTCOME_TIMINGS.keys) {
      const row = rows.find((r) => r.measure === measure && r.timing === timing);
      if (!row) continue;
      const answered = row.strongly_disagree + row.disagree + row.neutral + row.agree + row.strongly_agree;
      lines.push({
        measure,
        timing,
        results: row.results,
        respondents: row.respondents,
        counts: {
          'strongly-disagree': row.strongly_disagree,
          disagree: row.disagree,
          neutral: row.neutral,
          agree: row.agree,
          'strongly-agree': row.strongly_agree,
        },
        nonResponses: row.non_responses,
        answered,
        agreeShare: share(row.agree + row.strongly_agree, answered),
      });
    }
  }
  return lines;
}

/** The figures of period `period` (0 = the asked-for one, 1 = the year before). */
export function foldFigures(groups: ValueGroups, period: number): ValueFiguresDto {
  const of = <T extends { period: number }>(rows: readonly T[]) => rows.filter((row) => row.period === period);
  return {
    programs: foldProgramCounts(of(groups.programs)),
    ...foldSessions(of(groups.sessions)),
    contributions: foldContributionTotals(of(groups.contributions)),
    outcomes: foldOutcomes(of(groups.outcomes)),
  };
}

/** The notes shown, grouped by value dimension (in the order given), and how many each dimension has. */
export function foldNotes(rows: readonly ImpactNoteRow[], counts: NoteCountRow): { notes: ValueNotesDto; noteCounts: ValueNoteCountsDto } {
  const notes = Object.fromEntries(VALUE_DIMENSIONS.keys.map((d) => [d, []])) as unknown as ValueNotesDto;
  const noteCounts = Object.fromEntries(VALUE_DIMENSIONS.keys.map((d) => [d, counts[d] ?? 0])) as unknown as ValueNoteCountsDto;
  for (const row of rows) {
    const dimension: ValueDimension = row.value_dimension;
    notes[dimension].push(toImpactNoteResponse(row));
  }
  return { notes, noteCounts };
}
