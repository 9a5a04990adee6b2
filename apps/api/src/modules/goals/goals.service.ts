import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { type Page, pageRequest, toPage } from '../../common/pagination/page';
import { notFound } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import { type AuditedRecordKind, applyRecordChange } from '../../common/records/record-change';
import { AuditLogService } from '../audit/audit-log.service';
import type { AuditAction } from '../audit/audit-entry.entity';
import { PartnerReferenceRepository } from '../partners/partner-reference.repository';
import type { CreateGoalDto } from './dto/create-goal.dto';
import type { GoalResponseDto } from './dto/goal.response.dto';
import type { ListGoalsQueryDto } from './dto/list-goals.query.dto';
import type { UpdateGoalDto } from './dto/update-goal.dto';
import type { GoalEntity } from './goal.entity';
import { goalAuditSnapshot, toGoalResponse } from './goal.mapper';
import { GoalsRepository } from './goals.repository';

const GOAL: AuditedRecordKind<GoalEntity> = {
  what: 'goal',
  entityType: 'goal',
  snapshot: goalAuditSnapshot,
  partnerOf: (goal) => goal.partnerId,
};

/** Shared goals of a partnership; every change is audited on the partner. */
@Injectable()
export class GoalsService {
  constructor(
    private readonly goals: GoalsRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async list(_actor: StaffMember | null, partnerId: string, query: ListGoalsQueryDto): Promise<Page<GoalResponseDto>> {
    await this.partners.requireExisting(partnerId);
    const page = pageRequest(query);
    const { rows, total } = await this.goals.listForPartner(partnerId, query.archived ?? 'false', page);
    return toPage(rows.map(toGoalResponse), total, page);
  }

  async get(_actor: StaffMember | null, id: string): Promise<GoalResponseDto> {
    const goal = await this.goals.findById(id);
    if (!goal) throw notFound('goal');
    return toGoalResponse(goal);
  }

  async create(actor: StaffMember, partnerId: string, dto: CreateGoalDto): Promise<GoalResponseDto> {
    return this.goals.transaction(async (db) => {
      await this.partners.requireLive(partnerId, db);
      const goal = await this.goals.insert(
        {
          partnerId,
          text: dto.text,
          agreedBy: dto.agreedBy,
          lastReviewedOn: dto.lastReviewedOn ?? null,
          createdBy: actor.id,
          updatedBy: actor.id,
          archivedAt: null,
        },
        db,
      );
      await this.audit.record(db, { actorId: actor.id, entityType: 'goal', entityId: goal.id, action: 'create', partnerId, after: goalAuditSnapshot(goal) });
      return toGoalResponse(goal);
    });
  }

  async update(actor: StaffMember, id: string, dto: UpdateGoalDto): Promise<GoalResponseDto> {
    return this.changeGoal(actor, id, dto.version, 'update', async (goal, db) => {
      await this.partners.requireLive(goal.partnerId, db);
      if (dto.text !== undefined) goal.text = dto.text;
      if (dto.agreedBy !== undefined) goal.agreedBy = dto.agreedBy;
      if (dto.lastReviewedOn !== undefined) goal.lastReviewedOn = dto.lastReviewedOn;
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<GoalResponseDto> {
    return this.changeGoal(actor, id, version, 'archive', async (goal) => {
      assertMayArchive(actor, goal, 'goal');
      if (goal.archivedAt === null) goal.archivedAt = this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<GoalResponseDto> {
    return this.changeGoal(actor, id, version, 'restore', async (goal, db) => {
      assertMayArchive(actor, goal, 'goal');
      if (goal.archivedAt === null) return;
      await this.partners.requireLive(goal.partnerId, db);
      goal.archivedAt = null;
    });
  }

  /** Load under lock, then check, apply, save and audit (applyRecordChange), all in one transaction. */
  private async changeGoal(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (goal: GoalEntity, db: EntityManager) => Promise<void>,
  ): Promise<GoalResponseDto> {
    return this.goals.transaction(async (db) => {
      const goal = await this.goals.findByIdForUpdate(id, db);
      const saved = await applyRecordChange(db, this.audit, GOAL, goal, {
        actor,
        action,
        version,
        apply,
        save: (changed) => this.goals.save(changed, db),
      });
      return toGoalResponse(saved);
    });
  }
}
