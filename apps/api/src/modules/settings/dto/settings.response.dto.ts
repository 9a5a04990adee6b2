import { ApiProperty } from '@nestjs/swagger';

export class SettingsResponseDto {
  @ApiProperty({ example: 'Riverside Public Library' }) libraryName: string;
  @ApiProperty({ type: Number, example: 34.79, description: 'Dollars per volunteer hour, used to value volunteer hours as they are recorded.' })
  volunteerHourRate: number;
  @ApiProperty({ example: 'Independent Sector, national value of volunteer time' }) volunteerRateSource: string;
  @ApiProperty({ type: 'integer', example: 2024 }) volunteerRateYear: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409.' }) version: number;
}
