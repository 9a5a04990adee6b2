import type { SessionFormat } from '@common-ground/domain';
import { VersionDto } from '../../../common/validation/version.dto';
import { SessionAttendanceInputDto } from './attendance.dto';
import { AttendanceField, AudienceMatchedField, NotesField, RecordedViewsField, SessionFormatField, StartsAtField } from './session-fields';

/**
 * Only the fields sent change (in `attendance`, only the bands sent); null clears recordedViews or audienceMatched.
 * Recorded views left out are cleared when the format stops being recorded. `version` is the one you read.
 */
export class UpdateProgramSessionDto extends VersionDto {
  @StartsAtField(false) startsAt?: string;
  @SessionFormatField(false) format?: SessionFormat;
  @AttendanceField(SessionAttendanceInputDto) attendance?: SessionAttendanceInputDto;
  @RecordedViewsField() recordedViews?: number | null;
  @AudienceMatchedField() audienceMatched?: boolean | null;
  @NotesField() notes?: string;
}
