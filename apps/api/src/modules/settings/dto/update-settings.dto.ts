import type { ScoringPolicy } from '@common-ground/scoring';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, ValidateIf } from 'class-validator';
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

  /** Checked in full by libs/scoring's validatePolicy in the service (each problem named by its path). */
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'A complete scoring policy (ScoringPolicy of @common-ground/scoring), or null to restore the defaults. Managers and administrators.',
  })
  @ValidateIf((_dto, value) => value !== undefined && value !== null)
  @IsObject({ message: 'The scoring policy must be a settings object, or null to restore the defaults.' })
  scoringPolicy?: ScoringPolicy | null;
}
