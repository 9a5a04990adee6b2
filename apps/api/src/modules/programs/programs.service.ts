import { Injectable } from '@nestjs/common';
import type { ProgramStatus } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { pageRequest, toPage } from '../../common/pagination/page';
import { notFound } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import { type AuditedRecordKind, applyRecordChange } from '../../common/records/record-change';
import type { AuditAction } from '../audit/audit-entry.entity';
import { AuditLogService } from '../audit/audit-log.service';
import { ProgramRolesService } from '../program-roles/program-roles.service';
import type { ProgramChecklistInputDto } from './dto/checklist.dto';
import type { CreateProgramDto } from './dto/create-program.dto';
import type { ListProgramsQueryDto } from './dto/list-programs.query.dto';
import type { ProgramCalendarDto, ProgramCalendarQueryDto } from './dto/program-calendar.dto';
import type { ProgramPageDto, ProgramResponseDto } from './dto/program.response.dto';
import type { UpdateProgramDto } from './dto/update-program.dto';
import { daysOfMonth } from './program-dates';
import type { ProgramEntity } from './program.entity';
import { programAuditSnapshot, toProgramResponse } from './program.mapper';
import { needsReason, programRuleErrors, sessionSpanErrors } from './program-rules';
import { fieldError, validationFailed } from './programs.errors';
import { ProgramsRepository } from './programs.repository';
import { ProgramViewsRepository } from './program-views.repository';

const WHAT = 'program';

// A program belongs to all its partners, so its changes are audited with none (its roles carry theirs).
const PROGRAM: AuditedRecordKind<ProgramEntity> = { what: WHAT, entityType: WHAT, snapshot: programAuditSnapshot, partnerOf: () => null };

/** Fields copied as sent from a create or update body onto the program (the rest have rules of their own). */
const PLAIN_FIELDS = [
  'title', 'description', 'topic', 'primaryOutcome', 'developmentModel', 'format', 'location', 'ageBands', 'libraryRole',
  'impactAreas', 'statusNote', 'partnerCredited', 'outcomeSummarySharedOn',
] as const;

/** The checklist's items in the API, and the entity's columns holding their dates. */
const CHECKLIST_COLUMNS = {
  agreement: 'agreementDoneOn',
  brandingApproved: 'brandingApprovedOn',
  volunteersCleared: 'volunteersClearedOn',
  spaceBooked: 'spaceBookedOn',
  timingConfirmed: 'timingConfirmedOn',
} as const satisfies Record<keyof ProgramChecklistInputDto, keyof ProgramEntity>;

/**
 * Joint programs. Every staff role reads, adds and edits them; archiving follows assertMayArchive. Every change is
 * audited (with no partner: a program belongs to all its partners; its roles carry theirs).
 */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly programs: ProgramsRepository,
    private readonly views: ProgramViewsRepository,
    private readonly roles: ProgramRolesService,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async list(_actor: StaffMember, query: ListProgramsQueryDto): Promise<ProgramPageDto> {
    if (query.from && query.to && query.to < query.from) throw fieldError('to', 'Enter a “to” date on or after the “from” date.');
    const page = pageRequest(query);
    const { rows, totals } = await this.views.list(
      {
        search: query.q?.trim() || undefined,
        statuses: query.status,
        partnerId: query.partnerId,
        topic: query.topic,
        from: query.from ?? undefined,
        to: query.to ?? undefined,
        libraryRole: query.libraryRole,
        archived: query.archived ?? 'false',
        sort: query.sort,
      },
      page,
    );
    return { ...toPage(rows.map(toProgramResponse), totals.programs, page), totals };
  }

  async get(_actor: StaffMember, id: string, db?: EntityManager): Promise<ProgramResponseDto> {
    const row = await this.views.findView(id, db);
    if (!row) throw notFound(WHAT);
    return toProgramResponse(row);
  }

  async calendar(_actor: StaffMember, query: ProgramCalendarQueryDto): Promise<ProgramCalendarDto> {
    const { days, next } = daysOfMonth(query.month);
    const rows = await this.views.calendar(days[0]!, next);
    const byDay = new Map(days.map((date) => [date, { date, items: [] as ProgramCalendarDto['days'][number]['items'] }]));
    for (const row of rows) {
      byDay.get(row.day)?.items.push({
        programId: row.program_id,
        title: row.title,
        status: row.status as ProgramStatus,
        sessionId: row.session_id,
        startsAt: row.starts_at ? row.starts_at.toISOString() : null,
      });
    }
    return { month: query.month, days: [...byDay.values()] };
  }

  async create(actor: StaffMember, dto: CreateProgramDto): Promise<ProgramResponseDto> {
    const status = dto.status ?? 'planned';
    const fields = {
      startsOn: dto.startsOn,
      endsOn: dto.endsOn ?? dto.startsOn,
      status,
      statusReason: dto.statusReason ?? null,
      audienceScope: dto.audienceScope ?? 'whole-community',
      targetGroups: dto.targetGroups ?? [],
    };
    const errors = programRuleErrors(fields);
    if (errors.length > 0) throw validationFailed(errors);
    return this.programs.transaction(async (db) => {
      const program = await this.programs.insert(
        {
          ...fields,
          title: dto.title,
          description: dto.description ?? '',
          topic: dto.topic,
          primaryOutcome: dto.primaryOutcome,
          developmentModel: dto.developmentModel,
          format: dto.format,
          location: dto.location,
          ageBands: dto.ageBands ?? [],
          libraryRole: dto.libraryRole,
          impactAreas: dto.impactAreas ?? [],
          statusNote: dto.statusNote ?? null,
          agreementDoneOn: dto.checklist?.agreement ?? null,
          brandingApprovedOn: dto.checklist?.brandingApproved ?? null,
          volunteersClearedOn: dto.checklist?.volunteersCleared ?? null,
          spaceBookedOn: dto.checklist?.spaceBooked ?? null,
          timingConfirmedOn: dto.checklist?.timingConfirmed ?? null,
          partnerCredited: dto.partnerCredited ?? false,
          outcomeSummarySharedOn: dto.outcomeSummarySharedOn ?? null,
          createdBy: actor.id,
          updatedBy: actor.id,
          archivedAt: null,
        },
        db,
      );
      await this.audit.record(db, {
        actorId: actor.id,
        entityType: WHAT,
        entityId: program.id,
        action: 'create',
        partnerId: null,
        after: programAuditSnapshot(program),
      });
      if (dto.roles?.length) await this.roles.addRoles(db, actor, program, dto.roles, 'roles');
      return this.get(actor, program.id, db);
    });
  }

  async update(actor: StaffMember, id: string, dto: UpdateProgramDto): Promise<ProgramResponseDto> {
    return this.change(actor, id, dto.version, 'update', async (program, db) => {
      for (const field of PLAIN_FIELDS) {
        if (dto[field] !== undefined) (program as unknown as Record<string, unknown>)[field] = dto[field];
      }
      for (const [item, column] of Object.entries(CHECKLIST_COLUMNS) as [keyof ProgramChecklistInputDto, (typeof CHECKLIST_COLUMNS)[keyof ProgramChecklistInputDto]][]) {
        const day = dto.checklist?.[item];
        if (day !== undefined) program[column] = day;
      }
      const datesMoved = (dto.startsOn !== undefined && dto.startsOn !== program.startsOn) || (dto.endsOn !== undefined && dto.endsOn !== program.endsOn);
      if (dto.startsOn !== undefined) program.startsOn = dto.startsOn;
      if (dto.endsOn !== undefined) program.endsOn = dto.endsOn;
      if (dto.status !== undefined) program.status = dto.status;
      if (dto.statusReason !== undefined) program.statusReason = dto.statusReason;
      // A reason left out when the status no longer needs one goes with the old status (sent, it is refused below).
      else if (!needsReason(program.status)) program.statusReason = null;
      if (dto.audienceScope !== undefined) program.audienceScope = dto.audienceScope;
      if (dto.targetGroups !== undefined) program.targetGroups = dto.targetGroups;
      // Likewise target groups left out when the audience becomes the whole community.
      else if (program.audienceScope === 'whole-community') program.targetGroups = [];

      const errors = programRuleErrors(program);
      if (errors.length === 0 && datesMoved) {
        errors.push(...sessionSpanErrors(program.startsOn, program.endsOn, await this.programs.liveSessionSpan(program.id, db)));
      }
      if (errors.length > 0) throw validationFailed(errors);
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<ProgramResponseDto> {
    return this.change(actor, id, version, 'archive', async (program) => {
      assertMayArchive(actor, program, WHAT);
      program.archivedAt ??= this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<ProgramResponseDto> {
    return this.change(actor, id, version, 'restore', async (program) => {
      assertMayArchive(actor, program, WHAT);
      program.archivedAt = null;
    });
  }

  /** Load under lock, then check, apply, save and audit (applyRecordChange), all in one transaction. */
  private async change(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (program: ProgramEntity, db: EntityManager) => Promise<void>,
  ): Promise<ProgramResponseDto> {
    return this.programs.transaction(async (db) => {
      const program = await this.programs.findByIdForUpdate(id, db);
      await applyRecordChange(db, this.audit, PROGRAM, program, {
        actor,
        action,
        version,
        apply,
        save: (changed) => this.programs.save(changed, db),
      });
      return this.get(actor, id, db);
    });
  }
}
