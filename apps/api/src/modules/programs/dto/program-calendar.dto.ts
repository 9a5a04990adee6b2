import { ApiProperty } from '@nestjs/swagger';
import { PROGRAM_STATUSES, type ProgramStatus } from '@common-ground/domain';
import { IsString, Matches } from 'class-validator';

export class ProgramCalendarQueryDto {
  @ApiProperty({ type: String, example: '2026-03', description: 'The month, YYYY-MM.' })
  @IsString({ message: 'Choose a month, like 2026-03.' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Choose a month, like 2026-03.' })
  month: string;
}

export class ProgramCalendarItemDto {
  @ApiProperty({ type: String, format: 'uuid' }) programId: string;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ enum: PROGRAM_STATUSES.keys }) status: ProgramStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for a program without sessions, shown on its start date.' })
  sessionId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startsAt: string | null;
}

export class ProgramCalendarDayDto {
  @ApiProperty({ type: String, format: 'date' }) date: string;
  @ApiProperty({ type: [ProgramCalendarItemDto], description: 'By time; programs without sessions first.' }) items: ProgramCalendarItemDto[];
}

export class ProgramCalendarDto {
  @ApiProperty({ type: String, example: '2026-03' }) month: string;
  @ApiProperty({
    type: [ProgramCalendarDayDto],
    description: 'Every day of the month in order (items may be empty). Sessions in use of programs in use, on their day (UTC); programs in use without sessions on their start date.',
  })
  days: ProgramCalendarDayDto[];
}
