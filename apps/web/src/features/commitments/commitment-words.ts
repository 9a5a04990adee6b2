import { COMMITMENT_STATUSES } from '@common-ground/domain';
import { describeDay, formatDay, type CalendarDay } from '../../lib/calendar-day';
import type { Commitment } from './api/types';

/** "Lena Okafor", "Ana Ruiz (Riverside Food Bank)", or the partner itself when nobody there was named. */
export function ownerText(commitment: Pick<Commitment, 'ownerSide' | 'ownerUser' | 'ownerContact' | 'partner'>): string {
  if (commitment.ownerSide === 'library') return commitment.ownerUser?.name ?? 'The library';
  return commitment.ownerContact ? `${commitment.ownerContact.name} (${commitment.partner.name})` : commitment.partner.name;
}

const dayCount = (days: number) => (days === 1 ? '1 day' : `${days} days`);

function daysBetween(from: CalendarDay, to: CalendarDay): number {
  const [fy = 0, fm = 1, fd = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1, td = 1] = to.split('-').map(Number);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

/**
 * When it is due, in words, against `today` (the API's day on the home page, else this device's):
 * "3 days overdue", "Due today", "Due tomorrow", "Due in 5 days".
 */
export function dueText(dueOn: CalendarDay, today: CalendarDay): string {
  const days = daysBetween(today, dueOn);
  if (days < 0) return `${dayCount(-days)} overdue`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${dayCount(days)}`;
}

/** "Done on time", "Done 2 days late", "Missed", "Cancelled by agreement", "Open". */
export function statusText(commitment: Pick<Commitment, 'status' | 'completion' | 'completedOn' | 'dueOn'>): string {
  if (commitment.status === 'done') {
    if (commitment.completion === 'late' && commitment.completedOn) return `Done ${dayCount(daysBetween(commitment.dueOn, commitment.completedOn))} late`;
    return commitment.completion === 'late' ? 'Done late' : 'Done on time';
  }
  return COMMITMENT_STATUSES.labels[commitment.status];
}

export const STATUS_COLORS: Record<Commitment['status'], string> = {
  open: 'blue',
  done: 'green',
  missed: 'red',
  cancelled: 'gray',
};

/** "Tue 3 Mar 2026 (in 5 days)". */
export function dueDateText(dueOn: CalendarDay): string {
  return `${formatDay(dueOn)} (${describeDay(dueOn)})`;
}
