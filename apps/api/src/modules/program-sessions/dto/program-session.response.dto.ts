import { ApiProperty } from '@nestjs/swagger';
import { SESSION_FORMATS, type SessionFormat } from '@common-ground/domain';

export class SessionAttendanceDto {
  @ApiProperty({ type: 'integer' }) 'age-0-5': number;
  @ApiProperty({ type: 'integer' }) 'age-6-11': number;
  @ApiProperty({ type: 'integer' }) 'age-12-18': number;
  @ApiProperty({ type: 'integer' }) 'age-19-plus': number;
  @ApiProperty({ type: 'integer' }) general: number;
}

export class ProgramSessionResponseDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) programId: string;
  @ApiProperty({ type: String, format: 'date-time' }) startsAt: string;
  @ApiProperty({ enum: SESSION_FORMATS.keys }) format: SessionFormat;
  @ApiProperty({ type: SessionAttendanceDto }) attendance: SessionAttendanceDto;
  @ApiProperty({ type: 'integer', description: 'The sum of the age bands.' }) attendanceTotal: number;
  @ApiProperty({ type: 'integer', nullable: true }) recordedViews: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) audienceMatched: boolean | null;
  @ApiProperty({ type: String }) notes: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ type: 'integer', description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class ProgramSessionPageDto {
  @ApiProperty({ type: [ProgramSessionResponseDto] }) items: ProgramSessionResponseDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
