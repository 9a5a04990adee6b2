import { SESSION_FORMATS } from '@common-ground/domain';
import { formatDateTime } from '../../../lib/format-date';
import type { ProgramSession } from '../api/types';

/** "Session of Tue 3 Mar 2026, 18:00 (Live virtual)". */
export function sessionLabel(session: Pick<ProgramSession, 'startsAt' | 'format'>): string {
  return `Session of ${formatDateTime(session.startsAt)} (${SESSION_FORMATS.labels[session.format]})`;
}
