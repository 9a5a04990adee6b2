import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { CreateProgramSessionDto } from './create-program-session.dto';
import { GRID_ROWS_MAX } from './session-fields';

/** One row of the attendance grid: a new session (no id), or a change to one (its id and the version you read). */
export class SessionGridRowDto extends CreateProgramSessionDto {
  @ApiProperty({ type: String, format: 'uuid', required: false, description: 'Left out for a new session.' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be the id of one of this program’s sessions (left out for a new session).' })
  id?: string;

  @ApiProperty({ type: 'integer', minimum: 1, required: false, description: 'Required with id: the version you last read.' })
  @IsOptional()
  @IsInt({ message: 'version must be the whole number you last read with this session.' })
  @Min(1, { message: 'version must be the whole number you last read with this session.' })
  version?: number;
}

export class SessionGridDto {
  @ApiProperty({ type: [SessionGridRowDto], maxItems: GRID_ROWS_MAX })
  @IsArray({ message: 'List the sessions.' })
  @ArrayMaxSize(GRID_ROWS_MAX, { message: `Save at most ${GRID_ROWS_MAX} sessions at once.` })
  @ValidateNested({ each: true, message: 'Each session must be an object with its fields.' })
  @Type(() => SessionGridRowDto)
  sessions: SessionGridRowDto[];
}
