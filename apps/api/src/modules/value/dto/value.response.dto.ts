import { ApiProperty } from '@nestjs/swagger';
import {
  OUTCOME_MEASURES,
  OUTCOME_TIMINGS,
  type OutcomeMeasure,
  type OutcomeTiming,
  PROGRAM_STATUSES,
  type ProgramStatus,
  SESSION_FORMATS,
  type SessionFormat,
} from '@common-ground/domain';
import { ContributionTotalsDto } from '../../contributions/dto/contribution.response.dto';
import { ImpactNoteResponseDto } from '../../impact-notes/dto/impact-note.response.dto';
import { AnswerCountsResponseDto } from '../../outcome-results/dto/outcome-result.response.dto';
import { SessionAttendanceDto } from '../../program-sessions/dto/program-session.response.dto';

/*
 * The value view (NILPPA's value model): raw numbers, each with its n, never a score. It is kept apart from
 * partnership health on purpose (SCORING.md): attendance and outcomes must not feed a health factor.
 */

export class ValuePeriodDto {
  @ApiProperty({ type: String, format: 'date', example: '2026-01-01' }) from: string;
  @ApiProperty({ type: String, format: 'date', example: '2026-12-31', description: 'Inclusive.' }) to: string;
}

export class ValueProgramCountsDto {
  @ApiProperty({ type: 'integer' }) held: number;
  @ApiProperty({ type: 'integer' }) planned: number;
  @ApiProperty({ type: 'integer' }) cancelled: number;
  @ApiProperty({ type: 'integer' }) postponed: number;
}

export class FormatAttendanceDto {
  @ApiProperty({ enum: SESSION_FORMATS.keys }) format: SessionFormat;
  @ApiProperty({ type: 'integer', description: 'Sessions in this format.' }) sessions: number;
  @ApiProperty({ type: 'integer', description: 'Their attendance over every age band.' }) attendance: number;
  @ApiProperty({ type: SessionAttendanceDto, description: 'Their attendance per age band (age band × format).' }) byAgeBand: SessionAttendanceDto;
}

export class ValueAttendanceDto {
  @ApiProperty({ type: 'integer', description: 'Over every session counted.' }) total: number;
  @ApiProperty({ type: SessionAttendanceDto }) byAgeBand: SessionAttendanceDto;
  @ApiProperty({ type: [FormatAttendanceDto], description: 'Every session format, in vocabulary order, zero when none.' })
  byFormat: FormatAttendanceDto[];
  @ApiProperty({ type: 'integer', description: 'Views within 30 days of the recorded sessions (not part of total).' }) recordedViews: number;
}

export class AudienceReachDto {
  @ApiProperty({ type: 'integer', description: 'Sessions whose actual audience matched the intended public.' }) matched: number;
  @ApiProperty({ type: 'integer', description: 'Sessions where this was recorded (yes or no): the n of share.' }) recorded: number;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1, description: 'matched / recorded; null when none recorded.' })
  share: number | null;
}

export class ValueOutcomeDto {
  @ApiProperty({ enum: OUTCOME_MEASURES.keys }) measure: OutcomeMeasure;
  @ApiProperty({ enum: OUTCOME_TIMINGS.keys }) timing: OutcomeTiming;
  @ApiProperty({ type: 'integer', description: 'Survey results pooled into this line.' }) results: number;
  @ApiProperty({ type: 'integer' }) respondents: number;
  @ApiProperty({ type: AnswerCountsResponseDto, description: 'Responses per option, summed.' }) counts: AnswerCountsResponseDto;
  @ApiProperty({ type: 'integer' }) nonResponses: number;
  @ApiProperty({ type: 'integer', description: 'Respondents who chose an option: the n of agreeShare.' }) answered: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: '(agree + strongly agree) / answered over the pooled responses; non-responses are not in n; null when nobody answered.',
  })
  agreeShare: number | null;
}

/** The figures of one period; the partner view has them for the year and for the year before. */
export class ValueFiguresDto {
  @ApiProperty({ type: ValueProgramCountsDto, description: 'Programs in use whose dates overlap the period, by status.' })
  programs: ValueProgramCountsDto;
  @ApiProperty({ type: 'integer', description: 'Sessions in use of programs in use, on a day (UTC) in the period, whatever the program’s status.' })
  sessions: number;
  @ApiProperty({ type: ValueAttendanceDto }) attendance: ValueAttendanceDto;
  @ApiProperty({ type: AudienceReachDto }) sessionsReachingIntendedPublic: AudienceReachDto;
  @ApiProperty({ type: ContributionTotalsDto, description: 'Actual contributions (not pledges) in use, dated in the period.' })
  contributions: ContributionTotalsDto;
  @ApiProperty({
    type: [ValueOutcomeDto],
    description:
      'Per measure and timing that has results, in vocabulary order. A result is dated by collectedOn, else its session’s day, else its program’s end date.',
  })
  outcomes: ValueOutcomeDto[];
}

export class ValueNotesDto {
  @ApiProperty({ type: [ImpactNoteResponseDto] }) 'better-programs': ImpactNoteResponseDto[];
  @ApiProperty({ type: [ImpactNoteResponseDto] }) 'deeper-impacts': ImpactNoteResponseDto[];
  @ApiProperty({ type: [ImpactNoteResponseDto] }) 'expanded-capacities': ImpactNoteResponseDto[];
}

export class ValueNoteCountsDto {
  @ApiProperty({ type: 'integer' }) 'better-programs': number;
  @ApiProperty({ type: 'integer' }) 'deeper-impacts': number;
  @ApiProperty({ type: 'integer' }) 'expanded-capacities': number;
}

/**
 * Notes of each value dimension in a partner's view: the newest few, beside how many there are; the rest come a page
 * at a time from GET partners/{id}/value/notes. A summary first keeps the answer small (it was 120 KB with 100
 * notes a dimension for the busiest partner).
 */
export const PARTNER_NOTES_SHOWN = 3;
/** A program has few notes: its view shows up to this many of each dimension. */
export const PROGRAM_NOTES_SHOWN = 100;

const NOTES_DESCRIPTION =
  'Every kind of note, quotes without consent included, because this is the staff app: check consentToQuote before ' +
  'showing a quote anywhere else.';

export class ValuePartnerRefDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Riverside Health Clinic' }) name: string;
  @ApiProperty({ type: Boolean }) archived: boolean;
}

export class PartnerValueDto extends ValueFiguresDto {
  @ApiProperty({ type: ValuePartnerRefDto }) partner: ValuePartnerRefDto;
  @ApiProperty({ type: 'integer', example: 2026 }) year: number;
  @ApiProperty({ type: ValuePeriodDto }) period: ValuePeriodDto;
  @ApiProperty({ type: ValuePeriodDto, description: 'The year before, the only comparison made.' }) previousPeriod: ValuePeriodDto;
  @ApiProperty({
    type: ValueFiguresDto,
    description: 'The same figures for the previous year, so the partner is compared only with itself.',
  })
  previous: ValueFiguresDto;
  @ApiProperty({
    type: ValueNotesDto,
    description:
      `The newest ${PARTNER_NOTES_SHOWN} impact notes in use of each value dimension noted in the year (noteCounts has how many there are; ` +
      'GET /api/v1/partners/{id}/value/notes lists them all, a page at a time): the partner’s own notes, and notes of ' +
      `its programs that name no partner. ${NOTES_DESCRIPTION}`,
  })
  notes: ValueNotesDto;
  @ApiProperty({ type: ValueNoteCountsDto, description: 'How many notes of each dimension the year has.' }) noteCounts: ValueNoteCountsDto;
}

export class ValueProgramRefDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Community health fair' }) title: string;
  @ApiProperty({ enum: PROGRAM_STATUSES.keys }) status: ProgramStatus;
  @ApiProperty({ type: Boolean }) archived: boolean;
}

export class ProgramValueDto extends ValueFiguresDto {
  @ApiProperty({ type: ValueProgramRefDto }) program: ValueProgramRefDto;
  @ApiProperty({
    type: ValuePeriodDto,
    description: 'The program’s dates. Every record in use of the program counts, whenever it is dated (follow-up surveys come later).',
  })
  period: ValuePeriodDto;
  @ApiProperty({
    type: ValueNotesDto,
    description: `The program’s impact notes in use per value dimension, newest first, at most ${PROGRAM_NOTES_SHOWN} each (noteCounts has how many there are). ${NOTES_DESCRIPTION}`,
  })
  notes: ValueNotesDto;
  @ApiProperty({ type: ValueNoteCountsDto }) noteCounts: ValueNoteCountsDto;
}
