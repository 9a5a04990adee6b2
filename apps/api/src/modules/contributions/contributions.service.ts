import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { pageRequest, toPage } from '../../common/pagination/page';
import { notFound } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import { type AuditedRecordKind, applyRecordChange } from '../../common/records/record-change';
import type { AuditAction } from '../audit/audit-entry.entity';
import { AuditLogService } from '../audit/audit-log.service';
import { PartnerReferenceRepository } from '../partners/partner-reference.repository';
import { ProgramReferenceRepository } from '../programs/program-reference.repository';
import { SettingsService } from '../settings/settings.service';
import type { ContributionEntity } from './contribution.entity';
import { contributionAuditSnapshot, toContributionResponse } from './contribution.mapper';
import { foldContributionTotals } from './contribution-totals';
import { planChangedValuation, planNewValuation, type ValuationPlan } from './contribution-valuation';
import { DATE_RANGE_MESSAGE, fieldError, PARTNER_REQUIRED_MESSAGE, QUANTITY_REQUIRED_MESSAGE, UNIT_REQUIRED_MESSAGE } from './contributions.errors';
import { type ContributionFilter, ContributionsRepository } from './contributions.repository';
import { AMOUNT_MAX } from './dto/contribution-fields';
import type { ContributionPageDto, ContributionResponseDto } from './dto/contribution.response.dto';
import type { CreateContributionDto } from './dto/create-contribution.dto';
import type { ListContributionsQueryDto } from './dto/list-contributions.query.dto';
import type { UpdateContributionDto } from './dto/update-contribution.dto';
import { valueAtRate } from './money';
import { requireLivePartnerField, requireLiveProgramField } from './linked-records';

const WHAT = 'contribution';

type Line = Pick<ContributionEntity, 'side' | 'partnerId' | 'programId' | 'type' | 'unit' | 'quantity' | 'moneyValue' | 'rate' | 'rateSource' | 'rateYear'>;

const CONTRIBUTION: AuditedRecordKind<ContributionEntity> = {
  what: WHAT,
  entityType: WHAT,
  snapshot: contributionAuditSnapshot,
  partnerOf: (line) => line.partnerId,
};

/**
 * The contributions ledger: what each side brought to a partnership or a program. Every change is audited on the
 * line's partner (none for a library contribution to a program without one).
 */
@Injectable()
export class ContributionsService {
  constructor(
    private readonly contributions: ContributionsRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly programs: ProgramReferenceRepository,
    private readonly settings: SettingsService,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async list(_actor: StaffMember, query: ListContributionsQueryDto): Promise<ContributionPageDto> {
    if (query.from && query.to && query.to < query.from) throw fieldError('to', DATE_RANGE_MESSAGE);
    const filter: ContributionFilter = {
      partnerId: query.partnerId,
      programId: query.programId,
      side: query.side,
      type: query.type,
      stage: query.stage,
      from: query.from ?? undefined,
      to: query.to ?? undefined,
      archived: query.archived ?? 'false',
      descending: query.sort !== 'contributedOn',
    };
    const page = pageRequest(query);
    const [{ rows, total }, groups] = await Promise.all([this.contributions.list(filter, page), this.contributions.groups(filter)]);
    return { ...toPage(rows.map(toContributionResponse), total, page), totals: foldContributionTotals(groups) };
  }

  async get(_actor: StaffMember, id: string): Promise<ContributionResponseDto> {
    const row = await this.contributions.findView(id);
    if (!row) throw notFound(WHAT);
    return toContributionResponse(row);
  }

  async create(actor: StaffMember, dto: CreateContributionDto): Promise<ContributionResponseDto> {
    const line: Line = {
      side: dto.side,
      partnerId: dto.partnerId ?? null,
      programId: dto.programId ?? null,
      type: dto.type,
      unit: dto.unit ?? null,
      quantity: dto.quantity ?? null,
      moneyValue: null,
      rate: null,
      rateSource: null,
      rateYear: null,
    };
    assertShape(line);
    return this.contributions.transaction(async (db) => {
      await this.requireLiveLinks(line, db);
      await this.applyValuation(line, planNewValuation(line, dto.moneyValue), db);
      const saved = await this.contributions.insert(
        {
          ...line,
          stage: dto.stage,
          description: dto.description ?? '',
          contributedOn: dto.contributedOn ?? this.clock.now().toISOString().slice(0, 10),
          createdBy: actor.id,
          updatedBy: actor.id,
          archivedAt: null,
        },
        db,
      );
      await this.audit.record(db, {
        actorId: actor.id,
        entityType: WHAT,
        entityId: saved.id,
        action: 'create',
        partnerId: saved.partnerId,
        after: contributionAuditSnapshot(saved),
      });
      return toContributionResponse((await this.contributions.findView(saved.id, db))!);
    });
  }

  async update(actor: StaffMember, id: string, dto: UpdateContributionDto): Promise<ContributionResponseDto> {
    return this.changeContribution(actor, id, dto.version, 'update', async (line, db) => {
      const before = { type: line.type, unit: line.unit, moneyValue: line.moneyValue, rate: line.rate };
      if (dto.side !== undefined) line.side = dto.side;
      if (dto.partnerId !== undefined) line.partnerId = dto.partnerId;
      if (dto.programId !== undefined) line.programId = dto.programId;
      if (dto.type !== undefined) line.type = dto.type;
      if (dto.stage !== undefined) line.stage = dto.stage;
      if (dto.description !== undefined) line.description = dto.description ?? '';
      if (dto.quantity !== undefined) line.quantity = dto.quantity;
      if (dto.unit !== undefined) line.unit = dto.unit;
      if (dto.contributedOn !== undefined) line.contributedOn = dto.contributedOn;
      assertShape(line);
      await this.requireLiveLinks(line, db);
      await this.applyValuation(line, planChangedValuation(before, line, dto), db);
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<ContributionResponseDto> {
    return this.changeContribution(actor, id, version, 'archive', async (line) => {
      assertMayArchive(actor, line, WHAT);
      if (line.archivedAt === null) line.archivedAt = this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<ContributionResponseDto> {
    return this.changeContribution(actor, id, version, 'restore', async (line, db) => {
      assertMayArchive(actor, line, WHAT);
      if (line.archivedAt === null) return;
      await this.requireLiveLinks(line, db);
      line.archivedAt = null;
    });
  }

  /** The partner and program a line names must be in use (share-locked until the transaction ends). */
  private async requireLiveLinks(line: Line, db: EntityManager): Promise<void> {
    if (line.partnerId) await requireLivePartnerField(this.partners, line.partnerId, db);
    if (line.programId) await requireLiveProgramField(this.programs, line.programId, db);
  }

  /** Sets moneyValue and the rate fields as planned; reads the settings' rate only when the plan needs it. */
  private async applyValuation(line: Line, plan: ValuationPlan, db: EntityManager): Promise<void> {
    switch (plan.kind) {
      case 'keep':
        return;
      case 'none':
      case 'entered':
        line.moneyValue = plan.kind === 'entered' ? plan.moneyValue : null;
        line.rate = null;
        line.rateSource = null;
        line.rateYear = null;
        return;
      case 'at-rate': {
        const rate =
          plan.rate === 'stored' && line.rate !== null
            ? { rate: line.rate, source: line.rateSource!, year: line.rateYear! }
            : await this.settings.volunteerHourRate(db);
        const moneyValue = valueAtRate(line.quantity!, rate.rate);
        if (moneyValue > AMOUNT_MAX) {
          throw fieldError('quantity', `At $${rate.rate} an hour this is more than the ledger can hold. Check the quantity.`);
        }
        line.moneyValue = moneyValue;
        line.rate = rate.rate;
        line.rateSource = rate.source;
        line.rateYear = rate.year;
        return;
      }
    }
  }

  /** Load under lock, then check, apply, save and audit (applyRecordChange), all in one transaction. */
  private async changeContribution(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (line: ContributionEntity, db: EntityManager) => Promise<void>,
  ): Promise<ContributionResponseDto> {
    return this.contributions.transaction(async (db) => {
      const line = await this.contributions.findByIdForUpdate(id, db);
      await applyRecordChange(db, this.audit, CONTRIBUTION, line, {
        actor,
        action,
        version,
        apply,
        save: (changed) => this.contributions.save(changed, db),
      });
      return toContributionResponse((await this.contributions.findView(id, db))!);
    });
  }
}

/**
 * Rules across fields the schema also enforces (CHK_contributions_link, CHK_contributions_amounts), checked first
 * so the answer names the field instead of failing on the constraint.
 */
function assertShape(line: Line): void {
  if (line.partnerId === null && !(line.side === 'library' && line.programId !== null)) throw fieldError('partnerId', PARTNER_REQUIRED_MESSAGE);
  if (line.quantity !== null && line.unit === null) throw fieldError('unit', UNIT_REQUIRED_MESSAGE);
  if (line.quantity === null && line.unit !== null) throw fieldError('quantity', QUANTITY_REQUIRED_MESSAGE);
}
