import { DEFAULT_POLICY } from '@common-ground/scoring';
import type { SettingsResponseDto } from './dto/settings.response.dto';
import type { LibrarySettingsEntity } from './library-settings.entity';

export function toSettingsResponse(settings: LibrarySettingsEntity): SettingsResponseDto {
  return {
    libraryName: settings.libraryName,
    volunteerHourRate: settings.volunteerHourRate,
    volunteerRateSource: settings.volunteerRateSource,
    volunteerRateYear: settings.volunteerRateYear,
    scoringPolicy: settings.scoringPolicy ?? DEFAULT_POLICY,
    scoringModelVersion: settings.scoringModelVersion,
    defaultScoringPolicy: DEFAULT_POLICY,
    hasLogo: settings.logoMediaType !== null,
    updatedAt: settings.updatedAt.toISOString(),
    version: settings.version,
  };
}

/** What the audit log records of the settings. */
export function settingsAuditSnapshot(settings: LibrarySettingsEntity): Record<string, unknown> {
  return {
    libraryName: settings.libraryName,
    volunteerHourRate: settings.volunteerHourRate,
    volunteerRateSource: settings.volunteerRateSource,
    volunteerRateYear: settings.volunteerRateYear,
    scoringPolicy: settings.scoringPolicy,
    scoringModelVersion: settings.scoringModelVersion,
  };
}
