import type { SessionFormat } from '@common-ground/domain';
import { SessionAttendanceInputDto } from './attendance.dto';
import { AttendanceField, AudienceMatchedField, NotesField, RecordedViewsField, SessionFormatField, StartsAtField } from './session-fields';

export class CreateProgramSessionDto {
  @StartsAtField(true) startsAt: string;
  @SessionFormatField(true) format: SessionFormat;
  @AttendanceField(SessionAttendanceInputDto) attendance?: SessionAttendanceInputDto;
  @RecordedViewsField() recordedViews?: number | null;
  @AudienceMatchedField() audienceMatched?: boolean | null;
  @NotesField() notes?: string;
}
