import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type ContributionType,
  type ContributionUnit,
  EVIDENCE_KINDS,
  type EvidenceKind,
  FACTORS,
  type Factor,
  FOCUS_AREAS,
  type FocusArea,
  LIBRARY_ROLES,
  type LibraryRole,
  MAX_REPORT_SCOPE_IDS,
  OUTCOME_MEASURES,
  OUTCOME_TIMINGS,
  type OutcomeMeasure,
  type OutcomeTiming,
  REPORT_SCOPE_KINDS,
  type ReportScopeKind,
  SESSION_FORMATS,
  type SessionFormat,
  SIDES,
  type Side,
} from '@common-ground/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { DateField } from '../../../common/validation/date-fields';

/** A repeated query parameter arrives as one string or an array of them; always an array here. */
const toList = ({ value }: { value: unknown }) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);
/** Query strings are text: a whole number becomes a number, anything else stays text for IsInt to refuse. */
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value);

/**
 * The filter a report figure carries as its `source`: which records, in which period and scope, narrowed to the
 * figure's breakdown. Every parameter but kind, from, to and scope is optional; repeated parameters (partnerId,
 * programId, focusArea, libraryRole) are lists.
 */
export class EvidenceQueryDto extends PageQueryDto {
  @ApiProperty({ enum: EVIDENCE_KINDS.keys })
  @IsIn(EVIDENCE_KINDS.keys, { message: `Choose which records: ${EVIDENCE_KINDS.keys.join(', ')}.` })
  kind: EvidenceKind;

  @ApiProperty({ type: String, format: 'date' })
  @DateField('start of the period')
  from: string;

  @ApiProperty({ type: String, format: 'date' })
  @DateField('end of the period')
  to: string;

  @ApiProperty({ enum: REPORT_SCOPE_KINDS.keys })
  @IsIn(REPORT_SCOPE_KINDS.keys, { message: `Choose what the report covers: ${REPORT_SCOPE_KINDS.keys.join(', ')}.` })
  scope: ReportScopeKind;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'scope = partners: the chosen partners.' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(MAX_REPORT_SCOPE_IDS, { message: `Choose at most ${MAX_REPORT_SCOPE_IDS} partners.` })
  @IsUUID('all', { each: true, message: 'partnerId must be a partner’s id.' })
  partnerId?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'scope = programs: the chosen programs.' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(MAX_REPORT_SCOPE_IDS, { message: `Choose at most ${MAX_REPORT_SCOPE_IDS} programs.` })
  @IsUUID('all', { each: true, message: 'programId must be a program’s id.' })
  programId?: string[];

  @ApiPropertyOptional({ enum: FOCUS_AREAS.keys, isArray: true, description: 'scope = focus-areas: the chosen focus areas.' })
  @IsOptional()
  @Transform(toList)
  @IsIn(FOCUS_AREAS.keys, { each: true, message: `focusArea: choose from ${FOCUS_AREAS.keys.join(', ')}.` })
  focusArea?: FocusArea[];

  @ApiPropertyOptional({ enum: LIBRARY_ROLES.keys, isArray: true, description: 'Programs where the library has one of these roles (default: any).' })
  @IsOptional()
  @Transform(toList)
  @IsIn(LIBRARY_ROLES.keys, { each: true, message: `libraryRole: choose from ${LIBRARY_ROLES.keys.join(', ')}.` })
  libraryRole?: LibraryRole[];

  @ApiPropertyOptional({ enum: SESSION_FORMATS.keys, description: 'kind = sessions: only this format.' })
  @IsOptional()
  @IsIn(SESSION_FORMATS.keys, { message: `format: choose from ${SESSION_FORMATS.keys.join(', ')}.` })
  format?: SessionFormat;

  @ApiPropertyOptional({ enum: OUTCOME_MEASURES.keys, description: 'kind = outcome-results: only this measure.' })
  @IsOptional()
  @IsIn(OUTCOME_MEASURES.keys, { message: `measure: choose from ${OUTCOME_MEASURES.keys.join(', ')}.` })
  measure?: OutcomeMeasure;

  @ApiPropertyOptional({ enum: OUTCOME_TIMINGS.keys, description: 'kind = outcome-results: only this timing.' })
  @IsOptional()
  @IsIn(OUTCOME_TIMINGS.keys, { message: `timing: choose from ${OUTCOME_TIMINGS.keys.join(', ')}.` })
  timing?: OutcomeTiming;

  @ApiPropertyOptional({ enum: SIDES.keys, description: 'kind = contributions: only this side.' })
  @IsOptional()
  @IsIn(SIDES.keys, { message: `side: choose from ${SIDES.keys.join(', ')}.` })
  side?: Side;

  @ApiPropertyOptional({ enum: CONTRIBUTION_TYPES.keys, description: 'kind = contributions: only this type.' })
  @IsOptional()
  @IsIn(CONTRIBUTION_TYPES.keys, { message: `type: choose from ${CONTRIBUTION_TYPES.keys.join(', ')}.` })
  type?: ContributionType;

  @ApiPropertyOptional({ enum: CONTRIBUTION_UNITS.keys, description: 'kind = contributions: only lines counted in this unit (volunteer hours: type=volunteers&unit=hours).' })
  @IsOptional()
  @IsIn(CONTRIBUTION_UNITS.keys, { message: `unit: choose from ${CONTRIBUTION_UNITS.keys.join(', ')}.` })
  unit?: ContributionUnit;

  @ApiPropertyOptional({
    type: String,
    example: '34.79',
    description: 'kind = contributions: only lines valued at this rate (dollars per unit), or "none" for lines recorded without a rate (a volunteer valuation line).',
  })
  @IsOptional()
  @IsString()
  @Matches(/^(none|\d{1,8}(\.\d{1,2})?)$/, { message: 'rate must be an amount like 34.79, or none.' })
  rate?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'kind = contributions, with rate: only lines whose rate is of this year.' })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'rateYear must be a year, like 2024.' })
  @Min(1990, { message: 'rateYear must be a year, like 2024.' })
  @Max(2200, { message: 'rateYear must be a year, like 2024.' })
  rateYear?: number;

  @ApiPropertyOptional({ type: String, description: 'kind = contributions, with rate: only lines whose rate has this source.' })
  @IsOptional()
  @IsString({ message: 'rateSource must be text.' })
  @MaxLength(200, { message: 'rateSource can be at most 200 characters.' })
  rateSource?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'kind = contributions or health-snapshots: only this partner’s.' })
  @IsOptional()
  @IsUUID('all', { message: 'partner must be a partner’s id.' })
  partner?: string;

  @ApiPropertyOptional({ enum: FACTORS.keys, description: 'kind = health-snapshots: the factor the figure is about; each snapshot’s value is then that factor’s score (null when not scored), and valueTotal their sum.' })
  @IsOptional()
  @IsIn(FACTORS.keys, { message: `factor: choose from ${FACTORS.keys.join(', ')}.` })
  factor?: Factor;
}

export const EXPORT_FORMATS = ['pdf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class ExportQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'Choose the export format: pdf or csv.' })
  format: ExportFormat;
}
