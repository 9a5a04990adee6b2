import { ApiProperty } from '@nestjs/swagger';
import {
  CONTRIBUTION_TYPES,
  type ContributionType,
  FACTORS,
  type Factor,
  IMPACT_NOTE_KINDS,
  type ImpactNoteKind,
  PARTNER_TYPES,
  type PartnerType,
  PROGRAM_ROLES,
  type ProgramRole,
  SIDES,
  type Side,
  VALUE_DIMENSIONS,
  type ValueDimension,
} from '@common-ground/domain';
import { ContributionTotalsDto, UnitQuantityDto } from '../../contributions/dto/contribution.response.dto';
import { ValueAttendanceDto, ValueOutcomeDto } from '../../value/dto/value.response.dto';
import { ReportPeriodDto, ReportScopeDto } from './impact-report-definition.dto';

/*
 * A funder summary's figures (DOMAIN.md "What a funder summary contains"). The same shape is the live preview and
 * the frozen JSON of a saved report, so a saved report renders, prints and exports exactly as it was previewed.
 *
 * Every figure group carries `source`: the query string (no leading "?") of GET /api/v1/reports/impact/evidence that
 * lists the records it was counted from, e.g. "kind=sessions&from=2026-01-01&to=2026-12-31&scope=all&
 * libraryRole=sponsor&libraryRole=co-sponsor&format=recorded". The SPA opens it as /reports/evidence?<source>; the
 * CSV prints it in its source filter column.
 */

const SOURCE = { type: String, description: 'Query string of GET /api/v1/reports/impact/evidence listing the records behind this figure.' };

export class ReportAuthorDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Dana Director' }) name: string;
}

export class ReportHeaderDto {
  @ApiProperty({ example: 'Riverside Public Library' }) libraryName: string;
  @ApiProperty({ example: 'Riverside Community Foundation' }) funderName: string;
  @ApiProperty({ type: String, nullable: true, example: 'RCF-2026-014' }) grantReference: string | null;
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ type: ReportScopeDto }) scope: ReportScopeDto;
  @ApiProperty({ example: 'All partners', description: 'The scope in words, with the chosen names (“Chosen partners: Riverside Health Clinic, …”).' })
  scopeLabel: string;
  @ApiProperty({ type: 'integer', description: 'Programs the library sponsors or co-sponsors with a session in the period (the outputs’ programs).' })
  programsCovered: number;
  @ApiProperty({ type: 'integer', description: 'Partners with a role in a covered program, or chosen (partners scope).' }) partnersCovered: number;
  @ApiProperty({ type: ReportAuthorDto, nullable: true, description: 'Who previewed or saved it.' }) preparedBy: ReportAuthorDto | null;
  @ApiProperty({ type: String, format: 'date-time', description: 'When the figures were computed (saved reports: when saved).' }) generatedAt: string;
  @ApiProperty({ type: Boolean, description: 'True when the scope matched no program, partner, contribution or note in the period.' })
  nothingFound: boolean;
}

export class ReportMonthDto {
  @ApiProperty({ example: '2026-03', description: 'Every month of the period, in order, zero when none.' }) month: string;
  @ApiProperty({ type: 'integer' }) sessions: number;
  @ApiProperty({ type: 'integer' }) attendance: number;
  @ApiProperty({ type: 'integer' }) recordedViews: number;
}

export class ReportFormatSourceDto {
  @ApiProperty({ example: 'recorded' }) format: string;
  @ApiProperty(SOURCE) source: string;
}

export class ReportProgramLineDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer' }) sessions: number;
  @ApiProperty({ type: 'integer' }) attendance: number;
  @ApiProperty({ type: 'integer' }) recordedViews: number;
}

export class PromotionOnlyDto {
  @ApiProperty({ type: 'integer', description: 'Programs the library only promoted, with a session in the period: listed apart, not in the outputs.' })
  programs: number;
  @ApiProperty({ type: 'integer' }) sessions: number;
  @ApiProperty({ type: 'integer' }) attendance: number;
  @ApiProperty({ type: [ReportProgramLineDto], description: 'Every such program, by title.' }) list: ReportProgramLineDto[];
  @ApiProperty(SOURCE) source: string;
}

export class ReportOutputsDto {
  @ApiProperty({ type: 'integer', description: 'Sponsored or co-sponsored programs in use with a session in use on a day (UTC) of the period.' })
  programs: number;
  @ApiProperty({ type: 'integer', description: 'Their sessions in use in the period.' }) sessions: number;
  @ApiProperty({ type: ValueAttendanceDto, description: 'Attendance by age band × format, and recorded views, over those sessions.' })
  attendance: ValueAttendanceDto;
  @ApiProperty({ type: [ReportMonthDto] }) byMonth: ReportMonthDto[];
  @ApiProperty({ ...SOURCE, description: 'The programs counted.' }) programsSource: string;
  @ApiProperty({ ...SOURCE, description: 'The sessions counted.' }) sessionsSource: string;
  @ApiProperty({ type: [ReportFormatSourceDto], description: 'The sessions of each format (every format, vocabulary order).' })
  formatSources: ReportFormatSourceDto[];
  @ApiProperty({ type: PromotionOnlyDto }) promotionOnly: PromotionOnlyDto;
}

export class ReportOutcomeDto extends ValueOutcomeDto {
  @ApiProperty(SOURCE) source: string;
}

export class ReportPartnerContributionsDto {
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ type: Number, description: 'Dollars of the partner’s own actual contributions in the period.' }) moneyValue: number;
  @ApiProperty({ type: Number }) volunteerHours: number;
}

export class ReportPartnerDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PARTNER_TYPES.keys }) type: PartnerType;
  @ApiProperty({ enum: PROGRAM_ROLES.keys, isArray: true, description: 'Its distinct roles in the covered programs, vocabulary order.' }) roles: ProgramRole[];
  @ApiProperty({ type: 'integer', description: 'Covered programs it has a role in.' }) programs: number;
  @ApiProperty({ type: ReportPartnerContributionsDto }) contributions: ReportPartnerContributionsDto;
  @ApiProperty({ ...SOURCE, description: 'The partner’s contributions counted.' }) source: string;
}

export class ReportSideTypeDto {
  @ApiProperty({ enum: SIDES.keys }) side: Side;
  @ApiProperty({ enum: CONTRIBUTION_TYPES.keys }) type: ContributionType;
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ type: Number }) moneyValue: number;
  @ApiProperty({ type: [UnitQuantityDto] }) quantityByUnit: UnitQuantityDto[];
  @ApiProperty(SOURCE) source: string;
}

export class VolunteerValuationDto {
  @ApiProperty({ type: Number, nullable: true, example: 34.79, description: 'Dollars per hour recorded on the contributions; null for hours entered without a rate (valued as entered, or not at all).' })
  rate: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Independent Sector, national value of volunteer time' }) rateSource: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 2024 }) rateYear: number | null;
  @ApiProperty({ type: Number }) hours: number;
  @ApiProperty({ type: Number, description: 'hours × rate as recorded on each line, summed to the cent.' }) moneyValue: number;
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty(SOURCE) source: string;
}

export class ReportPartnersDto {
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ type: [ReportPartnerDto], description: 'Every partner covered, by name.' }) list: ReportPartnerDto[];
  @ApiProperty({
    type: ContributionTotalsDto,
    description: 'Actual contributions in use dated in the period, of covered partners or to covered programs, both sides.',
  })
  contributions: ContributionTotalsDto;
  @ApiProperty({ ...SOURCE, description: 'Every contribution counted.' }) contributionsSource: string;
  @ApiProperty({ type: [ReportSideTypeDto], description: 'Contributions by side (library first) and type (vocabulary order), only those with lines.' })
  bySideAndType: ReportSideTypeDto[];
  @ApiProperty({ type: [VolunteerValuationDto], description: 'Volunteer hours valued, one line per rate, source and year used.' })
  volunteerValuation: VolunteerValuationDto[];
}

export class FactorStateDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Mean score (1–5) over partners with a scored factor; null when none.' }) mean: number | null;
  @ApiProperty({ type: 'integer', description: 'Partners with a scored factor: the n of mean.' }) n: number;
  @ApiProperty({ type: 'integer' }) strength: number;
  @ApiProperty({ type: 'integer' }) borderline: number;
  @ApiProperty({ type: 'integer' }) concern: number;
  @ApiProperty({ type: 'integer', description: 'Partners in scope without enough evidence (or without a snapshot).' }) insufficient: number;
}

export class ReportFactorDto {
  @ApiProperty({ enum: FACTORS.keys }) factor: Factor;
  @ApiProperty({ type: FactorStateDto, description: 'From each partner’s latest snapshot on or before the period’s end.' }) end: FactorStateDto;
  @ApiProperty({ type: FactorStateDto, description: 'From each partner’s latest snapshot on or before the period’s start.' }) start: FactorStateDto;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean change over partners scored at both ends; null when none.' }) change: number | null;
  @ApiProperty({ type: 'integer', description: 'Partners scored at both ends: the n of change.' }) changeN: number;
  @ApiProperty({ type: 'integer', description: 'Partners whose score rose by a real change (SCORING.md).' }) improved: number;
  @ApiProperty({ type: 'integer', description: 'Partners whose score fell by a real change.' }) declined: number;
}

export class ReportHealthDto {
  @ApiProperty({ type: 'integer' }) partners: number;
  @ApiProperty({ type: 'integer', description: 'Partners in scope with a snapshot on or before the period’s end.' }) withSnapshot: number;
  @ApiProperty({ type: [ReportFactorDto], description: 'The five factors, in NILPPA’s order.' }) factors: ReportFactorDto[];
  @ApiProperty({ ...SOURCE, description: 'The snapshots read.' }) source: string;
}

export class ReportStoryDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: IMPACT_NOTE_KINDS.keys }) kind: ImpactNoteKind;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, nullable: true }) attribution: string | null;
  @ApiProperty({ enum: VALUE_DIMENSIONS.keys }) valueDimension: ValueDimension;
  @ApiProperty({ type: String, format: 'date' }) notedOn: string;
  @ApiProperty({ type: String, nullable: true }) partnerName: string | null;
  @ApiProperty({ type: String, nullable: true }) programTitle: string | null;
}

export class ReportStoriesDto {
  @ApiProperty({ type: 'integer', description: 'Stories and quotes with consent to quote, in use, noted in the period, of covered partners or programs.' })
  total: number;
  @ApiProperty({ type: [ReportStoryDto], description: 'The newest of them (at most REPORT_STORIES_SHOWN).' }) shown: ReportStoryDto[];
  @ApiProperty(SOURCE) source: string;
}

export class ImpactReportFiguresDto {
  @ApiProperty({ type: ReportHeaderDto }) header: ReportHeaderDto;
  @ApiProperty({ type: ReportOutputsDto }) outputs: ReportOutputsDto;
  @ApiProperty({
    type: [ReportOutcomeDto],
    description: 'Outcome results of the covered programs, per measure and timing that has results (immediate, then follow-up).',
  })
  outcomes: ReportOutcomeDto[];
  @ApiProperty({ type: ReportPartnersDto }) partners: ReportPartnersDto;
  @ApiProperty({ type: ReportHealthDto }) health: ReportHealthDto;
  @ApiProperty({ type: ReportStoriesDto }) stories: ReportStoriesDto;
}

export class ImpactReportDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty() funderName: string;
  @ApiProperty({ type: String, nullable: true }) grantReference: string | null;
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ type: ReportScopeDto }) scope: ReportScopeDto;
  @ApiProperty({ type: ImpactReportFiguresDto, description: 'Frozen when saved: never recomputed.' }) figures: ImpactReportFiguresDto;
  @ApiProperty({ type: ReportAuthorDto, nullable: true }) author: ReportAuthorDto | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: Boolean }) archived: boolean;
}

export class ImpactReportSummaryDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty() funderName: string;
  @ApiProperty({ type: String, nullable: true }) grantReference: string | null;
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ type: ReportScopeDto }) scope: ReportScopeDto;
  @ApiProperty() scopeLabel: string;
  @ApiProperty({ type: 'integer' }) programs: number;
  @ApiProperty({ type: 'integer' }) sessions: number;
  @ApiProperty({ type: 'integer' }) attendance: number;
  @ApiProperty({ type: ReportAuthorDto, nullable: true }) author: ReportAuthorDto | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: Boolean }) archived: boolean;
}

export class ImpactReportPageDto {
  @ApiProperty({ type: [ImpactReportSummaryDto] }) items: ImpactReportSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** One record behind a figure, in words the evidence list shows, with where it opens in the app. */
export class EvidenceRecordDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'date', description: 'The day it counts on (session day, contribution date, …).' }) date: string;
  @ApiProperty({ example: 'Teen coding club', description: 'The program’s title or the partner’s name.' }) title: string;
  @ApiProperty({ example: 'Live virtual · 34 attending', description: 'What it contributed to the figure, in words.' }) detail: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Its amount in the figure (attendance, dollars, respondents…); null when it only counts once.' })
  value: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) programId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) partnerId: string | null;
}

export class EvidencePageDto {
  @ApiProperty({ type: [EvidenceRecordDto] }) items: EvidenceRecordDto[];
  @ApiProperty({ type: 'integer', description: 'Records matching the filter: the figure’s count.' }) total: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Sum of value over every matching record (not only the page).' }) valueTotal: number | null;
  @ApiProperty({ example: 'Sessions of sponsored or co-sponsored programs, 1 Jan – 31 Dec 2026, all partners, recorded', description: 'The filter in words.' })
  description: string;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
