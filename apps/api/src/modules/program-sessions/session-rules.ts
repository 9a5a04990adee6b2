import type { FieldError } from '../../common/problem/domain-error';
import { utcDay, withinProgramDatesMessage } from '../programs/program-dates';
import type { ProgramReference } from '../programs/program-reference.repository';
import type { SessionAttendanceInputDto } from './dto/attendance.dto';
import { AGE_BAND_ORDER, ATTENDANCE_COLUMNS } from './program-session.mapper';
import type { ProgramSessionEntity } from './program-session.entity';

/** The fields a person sends for a session (a new one, a change, or a grid row). */
export interface SessionInput {
  startsAt?: string;
  format?: ProgramSessionEntity['format'];
  attendance?: SessionAttendanceInputDto;
  recordedViews?: number | null;
  audienceMatched?: boolean | null;
  notes?: string;
}

/**
 * Applies what was sent to a session (new: the defaults already set). A band left out keeps its count; recorded
 * views left out are cleared when the session stops being recorded, as they would no longer mean anything.
 */
export function applySessionInput(session: ProgramSessionEntity, input: SessionInput): void {
  if (input.startsAt !== undefined) session.startsAt = new Date(input.startsAt);
  if (input.format !== undefined) session.format = input.format;
  for (const band of AGE_BAND_ORDER) {
    const count = input.attendance?.[band];
    if (count !== undefined) session[ATTENDANCE_COLUMNS[band]] = count;
  }
  if (input.recordedViews !== undefined) session.recordedViews = input.recordedViews;
  else if (session.format !== 'recorded') session.recordedViews = null;
  if (input.audienceMatched !== undefined) session.audienceMatched = input.audienceMatched;
  if (input.notes !== undefined) session.notes = input.notes;
}

/**
 * A session's rules once applied: its date (UTC, as every date the API shows) within its program's dates, and
 * recorded views only on a recorded session. `prefix` names grid rows: `sessions[2].`.
 */
export function sessionRuleErrors(session: ProgramSessionEntity, program: Pick<ProgramReference, 'startsOn' | 'endsOn'>, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const day = utcDay(session.startsAt);
  if (day < program.startsOn || day > program.endsOn) {
    errors.push({ field: `${prefix}startsAt`, message: withinProgramDatesMessage(program.startsOn, program.endsOn) });
  }
  if (session.recordedViews !== null && session.format !== 'recorded') {
    errors.push({ field: `${prefix}recordedViews`, message: 'Recorded views are counted only for a recorded session. Remove them, or choose the recorded format.' });
  }
  return errors;
}
