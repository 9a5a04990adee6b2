import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** Every write to an existing record names the version it was based on (optimistic locking: a stale one gets 409). */
export class VersionDto {
  @ApiProperty({ minimum: 1, description: 'The version you last read.' })
  @IsInt({ message: 'version must be the whole number you last read with this record.' })
  @Min(1, { message: 'version must be the whole number you last read with this record.' })
  version: number;
}
