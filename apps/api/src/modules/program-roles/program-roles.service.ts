import { Injectable } from '@nestjs/common';
import type { ProgramRole } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { type Page, pageRequest, toPage } from '../../common/pagination/page';
import { DomainError, type FieldError } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import { type AuditedRecordKind, applyRecordChange } from '../../common/records/record-change';
import type { AuditAction } from '../audit/audit-entry.entity';
import { AuditLogService } from '../audit/audit-log.service';
import { PARTNER_ARCHIVED_MESSAGE, type PartnerReference, PartnerReferenceRepository } from '../partners/partner-reference.repository';
import { utcDay } from '../programs/program-dates';
import { type ProgramReference, ProgramReferenceRepository } from '../programs/program-reference.repository';
import { fieldError, validationFailed } from '../programs/programs.errors';
import type { CreateProgramRoleDto } from './dto/create-program-role.dto';
import type { ListProgramRolesQueryDto } from './dto/list-program-roles.query.dto';
import type { ProgramRoleResponseDto } from './dto/program-role.response.dto';
import type { UpdateProgramRoleDto } from './dto/update-program-role.dto';
import type { ProgramRoleEntity } from './program-role.entity';
import { programRoleAuditSnapshot, toProgramRoleResponse } from './program-role.mapper';
import { ownerNotAContact, REPEATED_ROLE_MESSAGE, roleTaken, UNKNOWN_PARTNER_MESSAGE } from './program-roles.errors';
import { ProgramRolesRepository } from './program-roles.repository';

const WHAT = 'role';
const LIVE_ROLE_INDEX = 'UQ_program_roles_live';

const ROLE: AuditedRecordKind<ProgramRoleEntity> = {
  what: WHAT,
  entityType: 'program-role',
  snapshot: programRoleAuditSnapshot,
  partnerOf: (role) => role.partnerId,
};

/**
 * Partners' roles in programs. Every change is audited with the role's partner, so it shows on that partner's
 * timeline. A partner plays a role in a program once (among roles in use); roles are added only to programs and
 * partners in use; the owner, when named, is a contact in use of the role's partner.
 */
@Injectable()
export class ProgramRolesService {
  constructor(
    private readonly roles: ProgramRolesRepository,
    private readonly programs: ProgramReferenceRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async list(_actor: StaffMember, programId: string, query: ListProgramRolesQueryDto): Promise<Page<ProgramRoleResponseDto>> {
    await this.programs.requireExisting(programId);
    const page = pageRequest(query);
    const { rows, total } = await this.roles.listForProgram(programId, query.archived ?? 'false', page);
    return toPage(rows.map(toProgramRoleResponse), total, page);
  }

  async create(actor: StaffMember, programId: string, dto: CreateProgramRoleDto): Promise<ProgramRoleResponseDto> {
    return this.roles.transaction(async (db) => {
      const program = await this.programs.requireLive(programId, db);
      const [created] = await this.addRoles(db, actor, program, [dto]);
      return created!;
    });
  }

  /**
   * Adds roles to a program in use (locked by the caller, or new in this transaction), checking them all first:
   * every problem is reported at once, named `partnerId` (or `roles[1].partnerId` under `listField`).
   */
  async addRoles(
    db: EntityManager,
    actor: StaffMember,
    program: Pick<ProgramReference, 'id'>,
    inputs: readonly CreateProgramRoleDto[],
    listField?: string,
  ): Promise<ProgramRoleResponseDto[]> {
    const field = (index: number, name: string) => (listField ? `${listField}[${index}].${name}` : name);
    const partners = await this.livePartners(inputs.map((input) => input.partnerId), db);
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    for (const [index, input] of inputs.entries()) {
      const partner = partners.get(input.partnerId)!;
      if (typeof partner === 'string') {
        errors.push({ field: field(index, 'partnerId'), message: partner });
        continue;
      }
      const key = `${input.partnerId}/${input.role}`;
      if (seen.has(key)) errors.push({ field: field(index, 'role'), message: REPEATED_ROLE_MESSAGE });
      seen.add(key);
      if (input.ownerContactId) {
        const contacts = await this.roles.liveContactsOf(partner.id, [input.ownerContactId], db);
        if (!contacts.has(input.ownerContactId)) errors.push({ field: field(index, 'ownerContactId'), message: ownerNotAContact(partner.name) });
      }
    }
    if (errors.length > 0) throw validationFailed(errors);

    const today = utcDay(this.clock.now());
    const ids: string[] = [];
    for (const [index, input] of inputs.entries()) {
      const partner = partners.get(input.partnerId) as PartnerReference;
      if (await this.roles.liveRoleExists(program.id, partner.id, input.role, null, db)) throw roleTaken(partner.name, input.role, field(index, 'role'));
      const ownerContactId = input.ownerContactId ?? null;
      const role = await this.explainingRoleClash(partner.name, input.role, () =>
        this.roles.insert(
          {
            programId: program.id,
            partnerId: partner.id,
            role: input.role,
            responsibilities: input.responsibilities ?? '',
            ownerContactId,
            // "Roles filled in time" (SCORING.md) measures when an owner was named: naming one now dates it today.
            ownerNamedOn: input.ownerNamedOn !== undefined && input.ownerNamedOn !== null ? input.ownerNamedOn : ownerContactId ? today : null,
            createdBy: actor.id,
            updatedBy: actor.id,
            archivedAt: null,
          },
          db,
        ),
      );
      await this.audit.record(db, {
        actorId: actor.id,
        entityType: 'program-role',
        entityId: role.id,
        action: 'create',
        partnerId: role.partnerId,
        after: programRoleAuditSnapshot(role),
      });
      ids.push(role.id);
    }
    return (await this.roles.findViews(ids, db)).map(toProgramRoleResponse);
  }

  async update(actor: StaffMember, id: string, dto: UpdateProgramRoleDto): Promise<ProgramRoleResponseDto> {
    return this.changeRole(actor, id, dto.version, 'update', async (role, db) => {
      await this.programs.requireLive(role.programId, db);
      const partner = await this.partners.requireLive(role.partnerId, db);
      if (dto.role !== undefined && dto.role !== role.role) {
        if (await this.roles.liveRoleExists(role.programId, role.partnerId, dto.role, role.id, db)) throw roleTaken(partner.name, dto.role);
        role.role = dto.role;
      }
      if (dto.responsibilities !== undefined) role.responsibilities = dto.responsibilities;
      if (dto.ownerContactId !== undefined && dto.ownerContactId !== role.ownerContactId) {
        if (dto.ownerContactId !== null) {
          const contacts = await this.roles.liveContactsOf(partner.id, [dto.ownerContactId], db);
          if (!contacts.has(dto.ownerContactId)) throw fieldError('ownerContactId', ownerNotAContact(partner.name));
          if (dto.ownerNamedOn === undefined && role.ownerNamedOn === null) role.ownerNamedOn = utcDay(this.clock.now());
        }
        role.ownerContactId = dto.ownerContactId;
      }
      if (dto.ownerNamedOn !== undefined) role.ownerNamedOn = dto.ownerNamedOn;
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<ProgramRoleResponseDto> {
    return this.changeRole(actor, id, version, 'archive', async (role) => {
      assertMayArchive(actor, role, WHAT);
      role.archivedAt ??= this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<ProgramRoleResponseDto> {
    return this.changeRole(actor, id, version, 'restore', async (role, db) => {
      assertMayArchive(actor, role, WHAT);
      if (role.archivedAt === null) return;
      await this.programs.requireLive(role.programId, db);
      const partner = await this.partners.requireLive(role.partnerId, db);
      if (await this.roles.liveRoleExists(role.programId, role.partnerId, role.role, role.id, db)) throw roleTaken(partner.name, role.role);
      role.archivedAt = null;
    });
  }

  /**
   * Each distinct partner of a request: live (share-locked for the transaction, so it cannot be archived meanwhile),
   * or the message saying why it cannot be used. Named in a body, an unknown partner is bad input (400), not a 404.
   */
  private async livePartners(partnerIds: readonly string[], db: EntityManager): Promise<Map<string, PartnerReference | string>> {
    const partners = new Map<string, PartnerReference | string>();
    for (const partnerId of new Set(partnerIds)) {
      try {
        partners.set(partnerId, await this.partners.requireLive(partnerId, db));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        partners.set(partnerId, error.code === 'not_found' ? UNKNOWN_PARTNER_MESSAGE : PARTNER_ARCHIVED_MESSAGE);
      }
    }
    return partners;
  }

  /** Load under lock, then check, apply, save and audit (applyRecordChange), all in one transaction. */
  private async changeRole(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (role: ProgramRoleEntity, db: EntityManager) => Promise<void>,
  ): Promise<ProgramRoleResponseDto> {
    return this.roles.transaction(async (db) => {
      const role = await this.roles.findByIdForUpdate(id, db);
      const saved = await applyRecordChange(db, this.audit, ROLE, role, {
        actor,
        action,
        version,
        apply,
        save: (changed) => this.explainingRoleClash('This partner', changed.role, () => this.roles.save(changed, db)),
      });
      const [row] = await this.roles.findViews([saved.id], db);
      return toProgramRoleResponse(row!);
    });
  }

  /** Two people adding the same role at once: the unique index catches the second; say so in words. */
  private async explainingRoleClash<T>(partnerName: string, role: ProgramRole, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, LIVE_ROLE_INDEX)) throw roleTaken(partnerName, role);
      throw error;
    }
  }
}
