import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FOCUS_AREAS,
  type FocusArea,
  MAX_REPORT_SCOPE_IDS,
  MAX_REPORT_YEARS,
  REPORT_SCOPE_KINDS,
  type ReportScopeKind,
} from '@common-ground/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDefined, IsIn, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { DateField } from '../../../common/validation/date-fields';
import { OptionalTextField, RequiredTextField } from '../../../common/validation/text-fields';

/*
 * What a funder summary covers. The period's order and length (≤ MAX_REPORT_YEARS) and whether chosen ids exist are
 * checked by the service, which answers 400 with the field named (period_out_of_order, period_too_long,
 * unknown_partner, unknown_program). A scope that matches nothing is not an error: the report says so, with zeros.
 */

export class ReportPeriodDto {
  @ApiProperty({ type: String, format: 'date', example: '2026-01-01' })
  @DateField('start of the period', 'start of the period')
  from: string;

  @ApiProperty({ type: String, format: 'date', example: '2026-12-31', description: `Inclusive; on or after from, at most ${MAX_REPORT_YEARS} years later.` })
  @DateField('end of the period', 'end of the period')
  to: string;
}

export class ReportScopeDto {
  @ApiProperty({ enum: REPORT_SCOPE_KINDS.keys, example: 'all', description: 'all: every partner and program; otherwise the list of the same name.' })
  @IsIn(REPORT_SCOPE_KINDS.keys, { message: `Choose what the report covers: ${REPORT_SCOPE_KINDS.keys.join(', ')}.` })
  kind: ReportScopeKind;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_REPORT_SCOPE_IDS, description: 'kind = partners: the partners covered (their programs in the period).' })
  @IsOptional()
  @IsArray({ message: 'Choose partners as a list.' })
  @ArrayMaxSize(MAX_REPORT_SCOPE_IDS, { message: `Choose at most ${MAX_REPORT_SCOPE_IDS} partners.` })
  @ArrayUnique({ message: 'Choose each partner once.' })
  @IsUUID('all', { each: true, message: 'Choose partners from the list.' })
  partnerIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_REPORT_SCOPE_IDS, description: 'kind = programs: the programs covered.' })
  @IsOptional()
  @IsArray({ message: 'Choose programs as a list.' })
  @ArrayMaxSize(MAX_REPORT_SCOPE_IDS, { message: `Choose at most ${MAX_REPORT_SCOPE_IDS} programs.` })
  @ArrayUnique({ message: 'Choose each program once.' })
  @IsUUID('all', { each: true, message: 'Choose programs from the list.' })
  programIds?: string[];

  @ApiPropertyOptional({ enum: FOCUS_AREAS.keys, isArray: true, description: 'kind = focus-areas: programs whose topic is one of these.' })
  @IsOptional()
  @IsArray({ message: 'Choose focus areas as a list.' })
  @ArrayUnique({ message: 'Choose each focus area once.' })
  @IsIn(FOCUS_AREAS.keys, { each: true, message: `Focus areas: choose from ${FOCUS_AREAS.keys.join(', ')}.` })
  focusAreas?: FocusArea[];
}

/** The body of POST reports/impact/preview and POST reports/impact. */
export class ImpactReportDefinitionDto {
  @ApiProperty({ example: 'Riverside Community Foundation', maxLength: 200 })
  @RequiredTextField(200, { missing: 'Enter the funder’s name.', tooLong: 'The funder’s name can be at most 200 characters.' })
  funderName: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'RCF-2026-014', maxLength: 100 })
  @OptionalTextField(100, { notText: 'Enter the grant reference as text.', tooLong: 'The grant reference can be at most 100 characters.' })
  grantReference?: string | null;

  @ApiProperty({ type: ReportPeriodDto })
  @IsDefined({ message: 'Enter the period the report covers.' })
  @IsObject({ message: 'Enter the period the report covers.' })
  @ValidateNested()
  @Type(() => ReportPeriodDto)
  period: ReportPeriodDto;

  @ApiProperty({ type: ReportScopeDto })
  @IsDefined({ message: 'Choose what the report covers.' })
  @IsObject({ message: 'Choose what the report covers.' })
  @ValidateNested()
  @Type(() => ReportScopeDto)
  scope: ReportScopeDto;
}
