import type { AgeBand, SessionFormat } from '@common-ground/domain';
import type { ProgramSessionResponseDto } from './dto/program-session.response.dto';
import type { ProgramSessionEntity } from './program-session.entity';

/** The entity's column for each age band's attendance. */
export const ATTENDANCE_COLUMNS = {
  'age-0-5': 'attendanceAge0To5',
  'age-6-11': 'attendanceAge6To11',
  'age-12-18': 'attendanceAge12To18',
  'age-19-plus': 'attendanceAge19Plus',
  general: 'attendanceGeneral',
} as const satisfies Record<AgeBand, keyof ProgramSessionEntity>;

export const AGE_BAND_ORDER = Object.keys(ATTENDANCE_COLUMNS) as AgeBand[];

type Time = Date | string;

/**
 * What a session's response is made of: an entity, or a list's row with the entity's field names whose times
 * PostgreSQL already wrote as the API's ISO text (see isoTime).
 */
export type ProgramSessionFields = Pick<
  ProgramSessionEntity,
  'id' | 'programId' | 'format' | (typeof ATTENDANCE_COLUMNS)[AgeBand] | 'recordedViews' | 'audienceMatched' | 'notes' | 'createdBy' | 'version'
> & { startsAt: Time; createdAt: Time; updatedAt: Time; archivedAt: Time | null };

const iso = (time: Time) => (typeof time === 'string' ? time : time.toISOString());

/**
 * Spelled out rather than built from ATTENDANCE_COLUMNS: a list maps up to 100 sessions per request, and building
 * each object from entries cost several times more (`satisfies` makes a missing or unknown band a type error).
 */
export function attendanceOf(session: ProgramSessionFields): Record<AgeBand, number> {
  return {
    'age-0-5': session.attendanceAge0To5,
    'age-6-11': session.attendanceAge6To11,
    'age-12-18': session.attendanceAge12To18,
    'age-19-plus': session.attendanceAge19Plus,
    general: session.attendanceGeneral,
  } satisfies Record<AgeBand, number>;
}

export function toProgramSessionResponse(session: ProgramSessionFields): ProgramSessionResponseDto {
  const attendance = attendanceOf(session);
  return {
    id: session.id,
    programId: session.programId,
    startsAt: iso(session.startsAt),
    format: session.format as SessionFormat,
    attendance,
    attendanceTotal: Object.values(attendance).reduce((sum, n) => sum + n, 0),
    recordedViews: session.recordedViews,
    audienceMatched: session.audienceMatched,
    notes: session.notes,
    createdAt: iso(session.createdAt),
    updatedAt: iso(session.updatedAt),
    createdBy: session.createdBy,
    version: session.version,
    archivedAt: session.archivedAt === null ? null : iso(session.archivedAt),
  };
}

/** What the audit log records of a session: every field a person can change, and whether it is archived. */
export function programSessionAuditSnapshot(session: ProgramSessionEntity): Record<string, unknown> {
  return {
    programId: session.programId,
    startsAt: session.startsAt.toISOString(),
    format: session.format,
    attendance: attendanceOf(session),
    recordedViews: session.recordedViews,
    audienceMatched: session.audienceMatched,
    notes: session.notes,
    archivedAt: session.archivedAt,
  };
}
