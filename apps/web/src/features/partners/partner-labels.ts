import {
  COLLABORATION_LEVELS,
  FOCUS_AREAS,
  IMPACT_AREAS,
  INTERACTION_TYPES,
  PARTNER_STAGES,
  PARTNER_TYPES,
  PUBLICS,
  type PartnerStage,
} from '@common-ground/domain';
import { formatDate } from '../../lib/format-date';

/** `{ value, label }` lists for selects and chip groups, straight from the domain vocabulary. */
function optionsOf<K extends string>(vocabulary: { keys: readonly K[]; labels: Record<K, string> }) {
  return vocabulary.keys.map((key) => ({ value: key, label: vocabulary.labels[key] }));
}

export const STAGE_OPTIONS = optionsOf(PARTNER_STAGES);
export const TYPE_OPTIONS = optionsOf(PARTNER_TYPES);
export const FOCUS_AREA_OPTIONS = optionsOf(FOCUS_AREAS);
export const PUBLIC_OPTIONS = optionsOf(PUBLICS);
export const INTERACTION_TYPE_OPTIONS = optionsOf(INTERACTION_TYPES);
export const IMPACT_AREA_OPTIONS = optionsOf(IMPACT_AREAS);

/** Each stage has a colour, but the badge always says the stage in words too. */
export const STAGE_COLORS: Record<PartnerStage, string> = {
  prospect: 'gray',
  exploring: 'blue',
  active: 'green',
  sustaining: 'indigo',
  paused: 'yellow',
  ended: 'orange',
};


/** "3 · Coordination", or "Not set". */
export function collaborationLevelText(level: number | null): string {
  if (level === null) return 'Not set';
  const entry = COLLABORATION_LEVELS.find((candidate) => candidate.value === level);
  return entry ? `${level} · ${entry.label}` : String(level);
}

/** Labels for vocabulary keys, skipping any key this version of the app does not know. */
export function labelsOf<K extends string>(keys: readonly K[], labels: Record<K, string>): string[] {
  return keys.flatMap((key) => (key in labels ? [labels[key]] : []));
}

/**
 * A date-only value ('2026-03-03') in the library's words. Read at local noon, so no time zone can move it to the
 * day before (a plain `new Date('2026-03-03')` is UTC midnight).
 */
export function formatDay(value: string): string {
  return formatDate(new Date(`${value}T12:00:00`));
}

/** "Every 30 days", "Every day". */
export function cadenceText(days: number): string {
  return days === 1 ? 'Every day' : `Every ${days} days`;
}
