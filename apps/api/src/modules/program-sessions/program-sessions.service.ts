import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { MAX_PAGE_SIZE, type Page, type PageRequest, pageRequest, toPage } from '../../common/pagination/page';
import { type FieldError, notFound } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import { type AuditedRecordKind, applyRecordChange } from '../../common/records/record-change';
import type { AuditAction } from '../audit/audit-entry.entity';
import { AuditLogService } from '../audit/audit-log.service';
import { type ProgramReference, ProgramReferenceRepository } from '../programs/program-reference.repository';
import { validationFailed } from '../programs/programs.errors';
import type { CreateProgramSessionDto } from './dto/create-program-session.dto';
import type { ListProgramSessionsQueryDto } from './dto/list-program-sessions.query.dto';
import type { ProgramSessionPageDto, ProgramSessionResponseDto } from './dto/program-session.response.dto';
import type { SessionGridDto } from './dto/session-grid.dto';
import type { UpdateProgramSessionDto } from './dto/update-program-session.dto';
import { ProgramSessionEntity } from './program-session.entity';
import { programSessionAuditSnapshot, toProgramSessionResponse } from './program-session.mapper';
import {
  NOT_THIS_PROGRAMS_SESSION,
  REPEATED_SESSION_MESSAGE,
  SESSION_ARCHIVED_MESSAGE,
  staleSessions,
  VERSION_NEEDED_MESSAGE,
} from './program-sessions.errors';
import { ProgramSessionsRepository } from './program-sessions.repository';
import { applySessionInput, sessionRuleErrors } from './session-rules';

const WHAT = 'session';
const ENTITY_TYPE = 'program-session';

const SESSION: AuditedRecordKind<ProgramSessionEntity> = {
  what: WHAT,
  entityType: ENTITY_TYPE,
  snapshot: programSessionAuditSnapshot,
  partnerOf: () => null,
};

/**
 * Sessions of a program and their attendance. A session's day lies within its program's dates; recorded views
 * belong to recorded sessions. Writes lock the program first (it cannot be archived or re-dated
 * meanwhile) before locking sessions, always in that order. Changes are audited without a partner (a session
 * belongs to the program, not to one partner).
 */
@Injectable()
export class ProgramSessionsService {
  constructor(
    private readonly sessions: ProgramSessionsRepository,
    private readonly programs: ProgramReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  /** The program's existence is checked by the same statement that reads the page. */
  async list(_actor: StaffMember, programId: string, query: ListProgramSessionsQueryDto): Promise<ProgramSessionPageDto> {
    return this.page(programId, query.archived ?? 'false', pageRequest(query));
  }

  async create(actor: StaffMember, programId: string, dto: CreateProgramSessionDto): Promise<ProgramSessionResponseDto> {
    return this.sessions.transaction(async (db) => {
      const program = await this.programs.requireLive(programId, db, 'programId', 'totals');
      const session = this.newSession(actor, program.id);
      applySessionInput(session, dto);
      const errors = sessionRuleErrors(session, program);
      if (errors.length > 0) throw validationFailed(errors);
      const saved = await this.sessions.insert(session, db);
      await this.audit.record(db, { actorId: actor.id, entityType: ENTITY_TYPE, entityId: saved.id, action: 'create', partnerId: null, after: programSessionAuditSnapshot(saved) });
      return toProgramSessionResponse(saved);
    });
  }

  async update(actor: StaffMember, id: string, dto: UpdateProgramSessionDto): Promise<ProgramSessionResponseDto> {
    return this.changeSession(actor, id, dto.version, 'update', async (session, db) => {
      const program = await this.programs.requireLive(session.programId, db, 'programId', 'totals');
      applySessionInput(session, dto);
      const errors = sessionRuleErrors(session, program);
      if (errors.length > 0) throw validationFailed(errors);
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<ProgramSessionResponseDto> {
    return this.changeSession(actor, id, version, 'archive', async (session) => {
      assertMayArchive(actor, session, WHAT);
      session.archivedAt ??= this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<ProgramSessionResponseDto> {
    return this.changeSession(actor, id, version, 'restore', async (session, db) => {
      assertMayArchive(actor, session, WHAT);
      if (session.archivedAt === null) return;
      // The program's dates may have moved while the session was archived: it comes back only inside them.
      const program = await this.programs.requireLive(session.programId, db, 'programId', 'totals');
      const errors = sessionRuleErrors(session, program);
      if (errors.length > 0) throw validationFailed(errors);
      session.archivedAt = null;
    });
  }

  /**
   * The attendance grid: creates the rows without an id and changes the rows with one, in one transaction. Every
   * problem is reported at once against its row (`sessions[2].attendance.general`); a row based on a stale version
   * makes it a 409 naming that row; either way nothing is saved. Rows that repeat what is stored change nothing.
   */
  async saveGrid(actor: StaffMember, programId: string, dto: SessionGridDto): Promise<ProgramSessionPageDto> {
    return this.sessions.transaction(async (db) => {
      const program = await this.programs.requireLive(programId, db, 'programId', 'totals');
      const rows = dto.sessions;
      const existing = await this.lockGridRows(program, rows, db);

      const stale = rows.flatMap((row, index) => (row.id !== undefined && existing.get(row.id)!.version !== row.version ? [index] : []));
      if (stale.length > 0) throw staleSessions(stale);

      const errors: FieldError[] = [];
      const created: ProgramSessionEntity[] = [];
      const changed: { session: ProgramSessionEntity; before: Record<string, unknown> }[] = [];
      for (const [index, row] of rows.entries()) {
        const current = row.id !== undefined ? existing.get(row.id)! : undefined;
        // New rows get their ids here, so the whole grid is inserted in one statement and audited by id.
        const session = current ?? Object.assign(this.newSession(actor, program.id), { id: randomUUID() });
        const before = current ? programSessionAuditSnapshot(current) : undefined;
        applySessionInput(session, row);
        errors.push(...sessionRuleErrors(session, program, `sessions[${index}].`));
        if (!before) created.push(session);
        else if (JSON.stringify(before) !== JSON.stringify(programSessionAuditSnapshot(session))) changed.push({ session, before });
      }
      if (errors.length > 0) throw validationFailed(errors);

      await this.sessions.insertMany(created, db);
      await this.sessions.updateMany(
        changed.map(({ session }) => session),
        actor.id,
        db,
      );
      for (const session of created) {
        await this.audit.record(db, { actorId: actor.id, entityType: ENTITY_TYPE, entityId: session.id, action: 'create', partnerId: null, after: programSessionAuditSnapshot(session) });
      }
      for (const { session, before } of changed) {
        await this.audit.record(db, {
          actorId: actor.id,
          entityType: ENTITY_TYPE,
          entityId: session.id,
          action: 'update',
          partnerId: null,
          before,
          after: programSessionAuditSnapshot(session),
        });
      }
      return this.page(program.id, 'false', { limit: MAX_PAGE_SIZE, offset: 0 }, db);
    });
  }

  /**
   * The grid's existing rows, locked: each id once, with its version, a live session of this program. Anything
   * else is bad input against its row (400), found before any version is compared.
   */
  private async lockGridRows(program: ProgramReference, rows: SessionGridDto['sessions'], db: EntityManager): Promise<Map<string, ProgramSessionEntity>> {
    const ids = rows.flatMap((row) => (row.id !== undefined ? [row.id] : []));
    const found = new Map((await this.sessions.findManyForUpdate(ids, db)).map((session) => [session.id, session]));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    for (const [index, row] of rows.entries()) {
      if (row.id === undefined) continue;
      const session = found.get(row.id);
      if (seen.has(row.id)) errors.push({ field: `sessions[${index}].id`, message: REPEATED_SESSION_MESSAGE });
      else if (!session || session.programId !== program.id) errors.push({ field: `sessions[${index}].id`, message: NOT_THIS_PROGRAMS_SESSION });
      else if (session.archivedAt !== null) errors.push({ field: `sessions[${index}].id`, message: SESSION_ARCHIVED_MESSAGE });
      else if (row.version === undefined) errors.push({ field: `sessions[${index}].version`, message: VERSION_NEEDED_MESSAGE });
      seen.add(row.id);
    }
    if (errors.length > 0) throw validationFailed(errors);
    return found;
  }

  private async page(programId: string, archived: 'false' | 'true' | 'all', page: PageRequest, db?: EntityManager): Promise<Page<ProgramSessionResponseDto>> {
    const found = await this.sessions.listForProgram(programId, archived, page, db);
    if (!found) throw notFound('program');
    return toPage(found.rows.map(toProgramSessionResponse), found.total, page);
  }

  /** A session not yet saved: no attendance, nothing recorded. */
  private newSession(actor: StaffMember, programId: string): ProgramSessionEntity {
    return Object.assign(new ProgramSessionEntity(), {
      programId,
      attendanceAge0To5: 0,
      attendanceAge6To11: 0,
      attendanceAge12To18: 0,
      attendanceAge19Plus: 0,
      attendanceGeneral: 0,
      recordedViews: null,
      audienceMatched: null,
      notes: '',
      createdBy: actor.id,
      updatedBy: actor.id,
      archivedAt: null,
    });
  }

  /**
   * Load, then check the program (share lock, taken before the session's lock as everywhere), lock the session,
   * then check, apply, save and audit (applyRecordChange), all in one transaction.
   */
  private async changeSession(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (session: ProgramSessionEntity, db: EntityManager) => Promise<void>,
  ): Promise<ProgramSessionResponseDto> {
    return this.sessions.transaction(async (db) => {
      const unlocked = await this.sessions.findById(id, db);
      if (!unlocked) throw notFound(WHAT);
      await this.programs.find(unlocked.programId, db, 'totals');
      const session = await this.sessions.findByIdForUpdate(id, db);
      const saved = await applyRecordChange(db, this.audit, SESSION, session, {
        actor,
        action,
        version,
        apply,
        save: (changed) => this.sessions.save(changed, db),
      });
      return toProgramSessionResponse(saved);
    });
  }
}
