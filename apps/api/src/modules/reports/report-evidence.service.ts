import { Injectable } from '@nestjs/common';
import { pageRequest, toPage } from '../../common/pagination/page';
import type { EvidenceQueryDto } from './dto/evidence.query.dto';
import type { EvidencePageDto, EvidenceRecordDto } from './dto/impact-report.response.dto';
import { type EvidenceBreakdown, NO_RATE } from './evidence-source';
import { describeEvidence, describeRecord } from './evidence-words';
import { ReportEvidenceRepository } from './report-evidence.repository';
import { assertPeriod, normaliseScope } from './report-definition';
import type { ReportSqlFilter } from './report-scope.sql';

/**
 * The records behind a report figure, from the figure's `source` (evidence-source.ts): the same period, scope and
 * library roles, narrowed by the figure's breakdown. A list the report was not saved with is fine: the filter is
 * all there is, so any filter a person edits by hand lists what it says.
 */
@Injectable()
export class ReportEvidenceService {
  constructor(private readonly evidence: ReportEvidenceRepository) {}

  async list(query: EvidenceQueryDto): Promise<EvidencePageDto> {
    const period = { from: query.from, to: query.to };
    assertPeriod(period, 'to');
    const filter: ReportSqlFilter = {
      period,
      scope: normaliseScope({ kind: query.scope, partnerIds: query.partnerId, programIds: query.programId, focusAreas: query.focusArea }),
      countedRoles: query.libraryRole && query.libraryRole.length > 0 ? query.libraryRole : null,
    };
    const breakdown: EvidenceBreakdown = {
      kind: query.kind,
      libraryRoles: filter.countedRoles ?? undefined,
      format: query.format,
      measure: query.measure,
      timing: query.timing,
      side: query.side,
      type: query.type,
      unit: query.unit,
      rate: query.rate === undefined ? undefined : query.rate === NO_RATE ? null : Number(query.rate),
      rateYear: query.rateYear,
      rateSource: query.rateSource,
      partner: query.partner,
      factor: query.factor,
    };
    const page = pageRequest(query);
    const rows = await this.evidence.list(filter, breakdown, page);
    const items: EvidenceRecordDto[] = rows.items.map((row) => ({
      id: row.id,
      date: row.date,
      title: row.title,
      detail: describeRecord(query.kind, row),
      value: row.value === null ? null : Number(row.value),
      programId: row.program_id,
      partnerId: row.partner_id,
    }));
    return {
      ...toPage(items, rows.total, page),
      valueTotal: rows.value_total === null ? null : Number(rows.value_total),
      description: describeEvidence(filter, breakdown, rows.partner_name),
    };
  }
}
