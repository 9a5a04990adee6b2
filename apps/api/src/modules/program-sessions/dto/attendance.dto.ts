import { CountField } from './session-fields';

/** Attendance in the US public library statistics age bands (the keys of AGE_BANDS). */
export class SessionAttendanceInputDto {
  @CountField('attendance for children 0–5', false) 'age-0-5'?: number;
  @CountField('attendance for children 6–11', false) 'age-6-11'?: number;
  @CountField('attendance for young adults 12–18', false) 'age-12-18'?: number;
  @CountField('attendance for adults 19+', false) 'age-19-plus'?: number;
  @CountField('general-interest attendance', false) general?: number;
}
