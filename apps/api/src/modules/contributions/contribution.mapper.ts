import type { ContributionEntity } from './contribution.entity';
import type { ContributionRow } from './contributions.repository';
import type { ContributionResponseDto } from './dto/contribution.response.dto';
import { decimalOrNull } from './money';

export function toContributionResponse(row: ContributionRow): ContributionResponseDto {
  const rate = decimalOrNull(row.rate);
  return {
    id: row.id,
    side: row.side,
    partner: row.partner_id ? { id: row.partner_id, name: row.partner_name! } : null,
    program: row.program_id ? { id: row.program_id, title: row.program_title! } : null,
    type: row.type,
    stage: row.stage,
    description: row.description,
    quantity: decimalOrNull(row.quantity),
    unit: row.unit,
    moneyValue: decimalOrNull(row.money_value),
    valuedAt: rate === null ? null : { rate, source: row.rate_source!, year: row.rate_year! },
    contributedOn: row.contributed_on,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    version: row.version,
    archivedAt: row.archived_at ? row.archived_at.toISOString() : null,
  };
}

/** What the audit log records of a line, the rate it was valued at included. */
export function contributionAuditSnapshot(c: ContributionEntity): Record<string, unknown> {
  return {
    side: c.side,
    partnerId: c.partnerId,
    programId: c.programId,
    type: c.type,
    stage: c.stage,
    description: c.description,
    quantity: c.quantity,
    unit: c.unit,
    moneyValue: c.moneyValue,
    rate: c.rate,
    rateSource: c.rateSource,
    rateYear: c.rateYear,
    contributedOn: c.contributedOn,
    archivedAt: c.archivedAt,
  };
}
