import type { ScoringPolicy } from '@common-ground/scoring';
import { ApiProperty } from '@nestjs/swagger';

const POLICY_SCHEMA = {
  type: 'object',
  additionalProperties: true,
} as const;

export class SettingsResponseDto {
  @ApiProperty({ example: 'Riverside Public Library' }) libraryName: string;
  @ApiProperty({ type: Number, example: 34.79, description: 'Dollars per volunteer hour, used to value volunteer hours as they are recorded.' })
  volunteerHourRate: number;
  @ApiProperty({ example: 'Independent Sector, national value of volunteer time' }) volunteerRateSource: string;
  @ApiProperty({ type: 'integer', example: 2024 }) volunteerRateYear: number;
  @ApiProperty({
    ...POLICY_SCHEMA,
    description: 'The effective scoring policy (SCORING.md): the library’s own, or the default. Its type is ScoringPolicy of @common-ground/scoring.',
  })
  scoringPolicy: ScoringPolicy;
  @ApiProperty({ example: '1', description: 'The model version of the effective policy: "1" for the defaults, "1+<hash>" for a changed policy. Every health snapshot records the version it was taken under.' })
  scoringModelVersion: string;
  @ApiProperty({ ...POLICY_SCHEMA, description: 'The default policy of SCORING.md (for "restore defaults" and for showing what was changed).' })
  defaultScoringPolicy: ScoringPolicy;
  @ApiProperty({ description: 'Whether the library has a logo for its reports (GET /api/v1/settings/logo serves it).' }) hasLogo: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409.' }) version: number;
}
