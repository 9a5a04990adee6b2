import { VersionDto } from '../../../common/validation/version.dto';
import { LibraryNameField, VolunteerHourRateField, VolunteerRateSourceField, VolunteerRateYearField } from './settings-fields';

/** Every field optional (absent = unchanged), plus the version you read. */
export class UpdateSettingsDto extends VersionDto {
  @LibraryNameField()
  libraryName?: string;

  @VolunteerHourRateField()
  volunteerHourRate?: number;

  @VolunteerRateSourceField()
  volunteerRateSource?: string;

  @VolunteerRateYearField()
  volunteerRateYear?: number;
}
