import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { SettingsService } from '../settings/settings.service';
import type { ImpactReportDefinitionDto } from './dto/impact-report-definition.dto';
import type { ImpactReportFiguresDto, ReportAuthorDto } from './dto/impact-report.response.dto';
import { foldReportFigures } from './impact-report-figures';
import { ImpactReportFiguresRepository } from './impact-report-figures.repository';
import { unknownPartners, unknownPrograms } from './impact-reports.errors';
import { assertPeriod, chosenPartnerIds, chosenProgramIds, type ReportDefinition, type ScopeNames, toDefinition } from './report-definition';

/** A definition that passed every check, with the chosen records' names for its label. */
export interface ResolvedDefinition {
  definition: ReportDefinition;
  names: ScopeNames;
}

/**
 * Computes a funder summary's figures from the records: one statement for the figures, one for the scoring policy,
 * and one for the chosen records' names when the scope names any. The preview and a saved report use the same code.
 */
@Injectable()
export class ImpactReportFiguresService {
  constructor(
    private readonly figures: ImpactReportFiguresRepository,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /**
   * The period's order and length, and whether the chosen partners or programs exist (archived ones do: they are
   * named, and count for nothing, since only records in use count). Nothing is written either way.
   */
  async resolve(dto: ImpactReportDefinitionDto): Promise<ResolvedDefinition> {
    const definition = toDefinition(dto);
    assertPeriod(definition.period);
    const partnerIds = chosenPartnerIds(definition.scope);
    const programIds = chosenProgramIds(definition.scope);
    if (partnerIds.length === 0 && programIds.length === 0) return { definition, names: { partners: new Map(), programs: new Map() } };
    const found = await this.figures.names(partnerIds, programIds);
    const partners = new Map(found.partners.map((p) => [p.id, p.name]));
    const programs = new Map(found.programs.map((p) => [p.id, p.name]));
    const missingPartners = partnerIds.filter((id) => !partners.has(id));
    if (missingPartners.length > 0) throw unknownPartners(missingPartners);
    const missingPrograms = programIds.filter((id) => !programs.has(id));
    if (missingPrograms.length > 0) throw unknownPrograms(missingPrograms);
    return { definition, names: { partners, programs } };
  }

  async compute({ definition, names }: ResolvedDefinition, preparedBy: ReportAuthorDto | null): Promise<ImpactReportFiguresDto> {
    const generatedAt = this.clock.now();
    const [rows, { policy }] = await Promise.all([this.figures.figures(definition.period, definition.scope), this.settings.scoringPolicy()]);
    return foldReportFigures(rows, { definition, names, preparedBy, generatedAt, policy });
  }
}
