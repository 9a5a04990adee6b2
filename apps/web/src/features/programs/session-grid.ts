import { AGE_BANDS, ATTENDANCE_MAX, SESSION_FORMATS, type AgeBand, type SessionFormat } from '@common-ground/domain';
import { addDays, formatDay, toCalendarDay } from '../../lib/calendar-day';
import type { ProblemError } from '../../lib/problem-error';
import type { Program, ProgramSession, SessionGridRow } from './api/types';
import { ATTENDANCE_BANDS } from './program-labels';

/** The grid refuses more rows than this in one save (the API's limit); a longer series is saved in parts. */
export const GRID_ROWS_MAX = 200;

export type GridColumn = 'date' | 'time' | 'format' | AgeBand | 'recordedViews' | 'audienceMatched' | 'row';
export type MatchedValue = '' | 'yes' | 'no';

/** One session as the grid edits it: what the inputs hold (strings), plus what the API needs to update it. */
export interface GridRow {
  /** Stable for React and for the cells' ids: the session's id, or a made-up one for a new row. */
  key: string;
  id?: string;
  version?: number;
  createdBy?: string | null;
  /** As loaded: sent back unchanged when the date and time were not touched (no rounding to the minute). */
  originalStartsAt?: string;
  date: string;
  time: string;
  format: string;
  attendance: Record<AgeBand, string>;
  recordedViews: string;
  audienceMatched: MatchedValue;
}

/** Cell problems, by row key and column. */
export type GridErrors = Map<string, Partial<Record<GridColumn, string>>>;

const pad = (value: number): string => String(value).padStart(2, '0');

let newRowCounter = 0;
const newKey = (): string => {
  newRowCounter += 1;
  return `new-${newRowCounter}`;
};

export function sessionToRow(session: ProgramSession): GridRow {
  const starts = new Date(session.startsAt);
  const attendance = {} as Record<AgeBand, string>;
  for (const band of ATTENDANCE_BANDS) attendance[band] = String(session.attendance[band]);
  return {
    key: session.id,
    id: session.id,
    version: session.version,
    createdBy: session.createdBy,
    originalStartsAt: session.startsAt,
    date: toCalendarDay(starts),
    time: `${pad(starts.getHours())}:${pad(starts.getMinutes())}`,
    format: session.format,
    attendance,
    recordedViews: session.recordedViews === null ? '' : String(session.recordedViews),
    audienceMatched: session.audienceMatched === null ? '' : session.audienceMatched ? 'yes' : 'no',
  };
}

/** The usual format of a program's sessions, from where it takes place. */
export function defaultSessionFormat(program: Pick<Program, 'location'>): SessionFormat {
  if (program.location === 'partner-site') return 'in-person-offsite';
  if (program.location === 'online') return 'live-virtual';
  return 'in-person-onsite';
}

const emptyAttendance = (): Record<AgeBand, string> => ({ 'age-0-5': '', 'age-6-11': '', 'age-12-18': '', 'age-19-plus': '', general: '' });

/** A new, empty session on `date`, at the time and in the format of the one before it. */
export function newRow(date: string, template: Partial<Pick<GridRow, 'time' | 'format'>> = {}): GridRow {
  return { key: newKey(), date, time: template.time ?? '', format: template.format ?? 'in-person-onsite', attendance: emptyAttendance(), recordedViews: '', audienceMatched: '' };
}

/** "Add a session": a week after the last one when that is still within the program's dates, else the same day. */
export function nextRow(rows: readonly GridRow[], program: Pick<Program, 'startsOn' | 'endsOn' | 'location'>): GridRow {
  const last = rows.at(-1);
  if (!last) return newRow(program.startsOn, { format: defaultSessionFormat(program) });
  const weekLater = last.date ? addDays(last.date, 7) : program.startsOn;
  return newRow(weekLater <= program.endsOn ? weekLater : last.date || program.startsOn, { time: last.time, format: last.format });
}

/** "Add a weekly series": `count` sessions a week apart from `first`. */
export function weeklySeries(first: string, count: number, template: Pick<GridRow, 'time' | 'format'>): GridRow[] {
  return Array.from({ length: count }, (_, week) => newRow(addDays(first, week * 7), template));
}

/** A count as typed: '' is none (0); anything but a whole number of 0 or more is null (not a count). */
export function countOf(value: string): number | null {
  const text = value.trim();
  if (text === '') return 0;
  if (!/^\d+$/.test(text)) return null;
  return Number(text);
}

export function rowTotal(row: GridRow): number {
  return ATTENDANCE_BANDS.reduce((sum, band) => sum + (countOf(row.attendance[band]) ?? 0), 0);
}

export interface GridTotals {
  bands: Record<AgeBand, number>;
  attendance: number;
  recordedViews: number;
}

export function gridTotals(rows: readonly GridRow[]): GridTotals {
  const bands = { 'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 0, general: 0 } as Record<AgeBand, number>;
  let recordedViews = 0;
  for (const row of rows) {
    for (const band of ATTENDANCE_BANDS) bands[band] += countOf(row.attendance[band]) ?? 0;
    if (row.format === 'recorded') recordedViews += countOf(row.recordedViews) ?? 0;
  }
  return { bands, attendance: ATTENDANCE_BANDS.reduce((sum, band) => sum + bands[band], 0), recordedViews };
}

/** What the API would store for a row, to compare with what was loaded. */
function comparable(row: GridRow): string {
  const attendance = ATTENDANCE_BANDS.map((band) => countOf(row.attendance[band]));
  return JSON.stringify([row.date, row.time, row.format, attendance, row.format === 'recorded' ? countOf(row.recordedViews) : null, row.audienceMatched]);
}

/** A new row, or a loaded row with a change. */
export function isRowChanged(row: GridRow, baseline: ReadonlyMap<string, GridRow>): boolean {
  if (!row.id) return true;
  const before = baseline.get(row.id);
  return !before || comparable(before) !== comparable(row);
}

export function isGridChanged(rows: readonly GridRow[], baseline: ReadonlyMap<string, GridRow>): boolean {
  return rows.length !== baseline.size || rows.some((row) => isRowChanged(row, baseline));
}

/** Local date and time to the instant the API stores; unchanged date and time send back what was loaded. */
function startsAtOf(row: GridRow, baseline: ReadonlyMap<string, GridRow>): string {
  const before = row.id ? baseline.get(row.id) : undefined;
  if (before?.originalStartsAt && before.date === row.date && before.time === row.time) return before.originalStartsAt;
  return new Date(`${row.date}T${row.time}`).toISOString();
}

/** One row of the PUT body. Notes are left out, so what was written about a session stays as it is. */
export function rowToPayload(row: GridRow, baseline: ReadonlyMap<string, GridRow>): SessionGridRow {
  const attendance = {} as Record<AgeBand, number>;
  for (const band of ATTENDANCE_BANDS) attendance[band] = countOf(row.attendance[band]) ?? 0;
  const recorded = row.format === 'recorded';
  return {
    ...(row.id ? { id: row.id, version: row.version } : {}),
    startsAt: startsAtOf(row, baseline),
    format: row.format as SessionFormat,
    attendance,
    recordedViews: recorded && row.recordedViews.trim() !== '' ? (countOf(row.recordedViews) ?? 0) : null,
    audienceMatched: row.audienceMatched === '' ? null : row.audienceMatched === 'yes',
  };
}

/** The rows one save sends: the whole grid, or (past the API's limit) only what is new or changed. */
export function rowsToSend(rows: readonly GridRow[], baseline: ReadonlyMap<string, GridRow>): GridRow[] {
  return rows.length <= GRID_ROWS_MAX ? [...rows] : rows.filter((row) => isRowChanged(row, baseline));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks each cell before anything is sent, in words that say what to do. */
export function validateGrid(rows: readonly GridRow[], program: Pick<Program, 'startsOn' | 'endsOn'>): GridErrors {
  const errors: GridErrors = new Map();
  const add = (row: GridRow, column: GridColumn, message: string) => errors.set(row.key, { ...errors.get(row.key), [column]: message });
  for (const row of rows) {
    if (!DAY.test(row.date)) add(row, 'date', 'Enter the date of the session');
    else if (row.date < program.startsOn || row.date > program.endsOn) {
      add(row, 'date', `Enter a date between ${formatDay(program.startsOn)} and ${formatDay(program.endsOn)}`);
    }
    if (!TIME.test(row.time)) add(row, 'time', 'Enter the time it starts, like 14:00');
    if (!SESSION_FORMATS.has(row.format)) add(row, 'format', 'Choose the format');
    for (const band of ATTENDANCE_BANDS) {
      const count = countOf(row.attendance[band]);
      if (count === null) add(row, band, 'Enter a whole number, 0 or more');
      else if (count > ATTENDANCE_MAX) add(row, band, `Enter a number up to ${ATTENDANCE_MAX.toLocaleString('en-US')}`);
    }
    if (row.format === 'recorded') {
      const views = countOf(row.recordedViews);
      if (views === null) add(row, 'recordedViews', 'Enter the views as a whole number, 0 or more');
      else if (views > ATTENDANCE_MAX) add(row, 'recordedViews', `Enter a number up to ${ATTENDANCE_MAX.toLocaleString('en-US')}`);
    }
  }
  return errors;
}

/** `sessions[2].attendance.general` → row 2, column 'general'; `sessions[2].startsAt` → the date. */
function columnOf(path: string): GridColumn {
  if (path === 'startsAt') return 'date';
  if (path === 'format' || path === 'recordedViews' || path === 'audienceMatched') return path;
  const band = /^attendance\.(.+)$/.exec(path)?.[1];
  if (band && AGE_BANDS.has(band)) return band;
  return 'row';
}

export interface PlacedProblems {
  errors: GridErrors;
  /** The rows whose version was stale (409), as sent. */
  staleKeys: string[];
  /** Messages that name no row. */
  unplaced: string[];
}

/** Puts each `errors[].field` of a refused save onto its cell, through the rows as they were sent. */
export function placeGridProblems(problem: ProblemError, sent: readonly GridRow[]): PlacedProblems {
  const errors: GridErrors = new Map();
  const staleKeys: string[] = [];
  const unplaced: string[] = [];
  for (const { field, message } of problem.fieldErrors) {
    const match = /^sessions\[(\d+)\]\.?(.*)$/.exec(field);
    const row = match ? sent[Number(match[1])] : undefined;
    if (!match || !row) {
      unplaced.push(message);
      continue;
    }
    const path = match[2] ?? '';
    if (problem.isConflict && path === 'version') staleKeys.push(row.key);
    const column = columnOf(path);
    const current = errors.get(row.key)?.[column];
    errors.set(row.key, { ...errors.get(row.key), [column]: current ? `${current} ${message}` : message });
  }
  return { errors, staleKeys, unplaced };
}

/**
 * After "Reload": rows someone else changed take their saved values (the person enters their change again);
 * rows nobody else touched keep what was typed, now on the latest version; archived ones leave; new rows stay.
 */
export function mergeLatest(rows: readonly GridRow[], latest: readonly ProgramSession[], staleKeys: readonly string[]): { rows: GridRow[]; replaced: string[]; removed: number } {
  const byId = new Map(latest.map((session) => [session.id, session]));
  const replaced: string[] = [];
  let removed = 0;
  const merged = rows.flatMap((row): GridRow[] => {
    if (!row.id) return [row];
    const session = byId.get(row.id);
    if (!session) {
      removed += 1;
      return [];
    }
    if (session.version !== row.version || staleKeys.includes(row.key)) {
      replaced.push(row.key);
      return [sessionToRow(session)];
    }
    return [row];
  });
  const known = new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
  const added = latest.filter((session) => !known.has(session.id)).map(sessionToRow);
  return { rows: [...merged, ...added], replaced, removed };
}

export const baselineOf = (sessions: readonly ProgramSession[]): Map<string, GridRow> =>
  new Map(sessions.map((session) => [session.id, sessionToRow(session)]));
