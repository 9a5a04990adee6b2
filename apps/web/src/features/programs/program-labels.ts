import {
  AGE_BANDS,
  AUDIENCE_SCOPES,
  DEVELOPMENT_MODELS,
  FOCUS_AREAS,
  IMPACT_AREAS,
  LIBRARY_ROLES,
  PRIMARY_OUTCOMES,
  PROGRAM_FORMATS,
  PROGRAM_LOCATIONS,
  PROGRAM_ROLES,
  PROGRAM_STATUS_REASONS,
  PROGRAM_STATUSES,
  PUBLICS,
  SESSION_FORMATS,
  type AgeBand,
  type ProgramStatus,
} from '@common-ground/domain';
import { formatDay } from '../../lib/calendar-day';
import type { Program } from './api/types';

/** `{ value, label }` lists for selects and chip groups, straight from the domain vocabulary. */
function optionsOf<K extends string>(vocabulary: { keys: readonly K[]; labels: Record<K, string> }) {
  return vocabulary.keys.map((key) => ({ value: key, label: vocabulary.labels[key] }));
}

export const STATUS_OPTIONS = optionsOf(PROGRAM_STATUSES);
export const STATUS_REASON_OPTIONS = optionsOf(PROGRAM_STATUS_REASONS);
export const TOPIC_OPTIONS = optionsOf(FOCUS_AREAS);
export const PRIMARY_OUTCOME_OPTIONS = optionsOf(PRIMARY_OUTCOMES);
export const DEVELOPMENT_MODEL_OPTIONS = optionsOf(DEVELOPMENT_MODELS);
export const FORMAT_OPTIONS = optionsOf(PROGRAM_FORMATS);
export const LOCATION_OPTIONS = optionsOf(PROGRAM_LOCATIONS);
export const AUDIENCE_SCOPE_OPTIONS = optionsOf(AUDIENCE_SCOPES);
export const LIBRARY_ROLE_OPTIONS = optionsOf(LIBRARY_ROLES);
export const AGE_BAND_OPTIONS = optionsOf(AGE_BANDS);
export const IMPACT_AREA_OPTIONS = optionsOf(IMPACT_AREAS);
export const PROGRAM_ROLE_OPTIONS = optionsOf(PROGRAM_ROLES);
export const SESSION_FORMAT_OPTIONS = optionsOf(SESSION_FORMATS);
/** Target groups: the publics, without "whole community" (that is the other audience scope). */
export const TARGET_GROUP_OPTIONS = optionsOf(PUBLICS).filter((option) => option.value !== 'whole-community');

/** The attendance columns, in the order US public library statistics use. */
export const ATTENDANCE_BANDS: readonly AgeBand[] = AGE_BANDS.keys;
/** Short column headings for the grid; the full label names each cell for screen readers. */
export const AGE_BAND_SHORT: Record<AgeBand, string> = {
  'age-0-5': '0–5',
  'age-6-11': '6–11',
  'age-12-18': '12–18',
  'age-19-plus': '19+',
  general: 'General',
};

/** Each status has a colour, but the badge always says the status in words too. */
export const STATUS_COLORS: Record<ProgramStatus, string> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'red',
  postponed: 'yellow',
};

/** Labels for vocabulary keys, skipping any key this version of the app does not know. */
export function labelsOf<K extends string>(keys: readonly K[], labels: Record<K, string>): string[] {
  return keys.flatMap((key) => (key in labels ? [labels[key]] : []));
}

/** "Tue 3 Mar 2026", or "Tue 3 Mar 2026 – Sat 30 May 2026" for a program over several days. */
export function programDates(program: Pick<Program, 'startsOn' | 'endsOn'>): string {
  return program.endsOn === program.startsOn ? formatDay(program.startsOn) : `${formatDay(program.startsOn)} – ${formatDay(program.endsOn)}`;
}

/** "Cancelled: Funding", "Postponed: Weather", "Held". */
export function statusText(program: Pick<Program, 'status' | 'statusReason'>): string {
  const status = PROGRAM_STATUSES.labels[program.status];
  return program.statusReason ? `${status}: ${PROGRAM_STATUS_REASONS.labels[program.statusReason]}` : status;
}

const countFormat = new Intl.NumberFormat('en-US');
/** 1,203. */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** "1 session", "3 sessions". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
/** "14:00", in the library's time zone. */
export function formatTime(value: string | Date): string {
  return timeFormat.format(new Date(value));
}
