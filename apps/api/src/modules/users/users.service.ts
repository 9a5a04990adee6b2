import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { type Page, type PageQueryDto, pageRequest, toPage } from '../../common/pagination/page';
import { notFound, staleVersion } from '../../common/problem/domain-error';
import { AuditLogService } from '../audit/audit-log.service';
import { hashPassword } from '../auth/password-hasher';
import { RecentSessions } from '../auth/recent-sessions';
import { SessionsRepository } from '../auth/sessions.repository';
import type { CreateUserDto } from './dto/create-user.dto';
import type { ListUsersQueryDto } from './dto/list-users.query.dto';
import type { StaffMemberSummaryDto } from './dto/staff-directory.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import type { UserResponseDto } from './dto/user.response.dto';
import type { UserEntity } from './user.entity';
import { toUserResponse, userAuditSnapshot } from './user.mapper';
import { emailTaken, lastAdministrator } from './users.errors';
import { UsersRepository } from './users.repository';

/** Staff accounts: administrators create them, change roles and deactivate them; every change is audited. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly recentSessions: RecentSessions,
    private readonly audit: AuditLogService,
  ) {}

  async list(query: ListUsersQueryDto): Promise<Page<UserResponseDto>> {
    const page = pageRequest(query);
    const { rows, total } = await this.users.list(
      { q: query.q?.trim() || undefined, includeInactive: query.includeInactive ?? false, sort: query.sort },
      page,
    );
    return toPage(rows.map(toUserResponse), total, page);
  }

  async directory(query: PageQueryDto): Promise<Page<StaffMemberSummaryDto>> {
    const page = pageRequest(query);
    const { rows, total } = await this.users.list({ q: query.q?.trim() || undefined, includeInactive: false, sort: 'name' }, page);
    return toPage(rows.map(({ id, name, role }) => ({ id, name, role })), total, page);
  }

  async get(id: string): Promise<UserResponseDto> {
    const user = await this.users.findById(id);
    if (!user) throw notFound('staff account');
    return toUserResponse(user);
  }

  /** `actor` is null when the system creates the account (demo data, the first administrator from the environment). */
  async create(actor: StaffMember | null, dto: CreateUserDto): Promise<UserResponseDto> {
    const passwordHash = await hashPassword(dto.password);
    return this.users.transaction(async (db) => {
      if (await this.users.emailInUse(dto.email, undefined, db)) throw emailTaken();
      const user = await this.insertOrExplain(db, {
        name: dto.name,
        email: dto.email,
        role: dto.role,
        active: true,
        passwordHash,
        lastSignedInAt: null,
        createdBy: actor?.id ?? null,
        updatedBy: actor?.id ?? null,
      });
      await this.audit.record(db, { actorId: actor?.id ?? null, entityType: 'user', entityId: user.id, action: 'create', after: userAuditSnapshot(user) });
      return toUserResponse(user);
    });
  }

  async update(actor: StaffMember, id: string, dto: UpdateUserDto): Promise<UserResponseDto> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    return this.changeAccount(actor, id, dto.version, 'update', async (user, db) => {
      if (dto.email !== undefined && dto.email.toLowerCase() !== user.email.toLowerCase()) {
        if (await this.users.emailInUse(dto.email, user.id, db)) throw emailTaken();
      }
      if (dto.role !== undefined && dto.role !== 'admin') await this.assertNotLastAdmin(user, db);
      if (dto.name !== undefined) user.name = dto.name;
      if (dto.email !== undefined) user.email = dto.email;
      if (dto.role !== undefined) user.role = dto.role;
      if (passwordHash) {
        user.passwordHash = passwordHash;
        // A new password is often a response to a lost device: end every session that knew the old one.
        await this.sessions.closeAllForUser(user.id, db);
      }
    });
  }

  async deactivate(actor: StaffMember, id: string, version: number): Promise<UserResponseDto> {
    return this.changeAccount(actor, id, version, 'deactivate', async (user, db) => {
      if (!user.active) return;
      await this.assertNotLastAdmin(user, db);
      user.active = false;
      // Deactivation takes effect at once, not when the person's sessions happen to expire.
      await this.sessions.closeAllForUser(user.id, db);
    });
  }

  async reactivate(actor: StaffMember, id: string, version: number): Promise<UserResponseDto> {
    return this.changeAccount(actor, id, version, 'update', async (user) => {
      user.active = true;
    });
  }

  async countUsers(): Promise<number> {
    return this.users.countUsers();
  }

  /** Load under lock, check the version the caller saw, apply, save and audit, all in one transaction. */
  private async changeAccount(
    actor: StaffMember,
    id: string,
    version: number,
    action: 'update' | 'deactivate',
    apply: (user: UserEntity, db: EntityManager) => Promise<void>,
  ): Promise<UserResponseDto> {
    const changed = await this.users.transaction(async (db) => {
      await this.users.serialiseAccountChanges(db);
      const user = await this.users.findByIdForUpdate(id, db);
      if (!user) throw notFound('staff account');
      if (user.version !== version) throw staleVersion('staff account');
      const before = userAuditSnapshot(user);
      await apply(user, db);
      user.updatedBy = actor.id;
      const saved = await this.saveOrExplain(db, user);
      const after = userAuditSnapshot(saved);
      // The hash is not loaded for edits, so it is present only when this change set a new password.
      if (user.passwordHash !== undefined) after.password = 'changed';
      await this.audit.record(db, { actorId: actor.id, entityType: 'user', entityId: saved.id, action, before, after });
      return toUserResponse(saved);
    });
    // After the commit: forgotten before it, a request in between could remember the account as it was.
    this.recentSessions.forgetUser(id);
    return changed;
  }

  private async assertNotLastAdmin(user: UserEntity, db: EntityManager): Promise<void> {
    if (user.role !== 'admin' || !user.active) return;
    const admins = await this.users.lockActiveAdminIds(db);
    if (admins.length <= 1 && admins.includes(user.id)) throw lastAdministrator();
  }

  private async insertOrExplain(db: EntityManager, user: Parameters<UsersRepository['insert']>[0]): Promise<UserEntity> {
    try {
      return await this.users.insert(user, db);
    } catch (error) {
      throw this.explainUniqueViolation(error);
    }
  }

  private async saveOrExplain(db: EntityManager, user: UserEntity): Promise<UserEntity> {
    try {
      return await this.users.save(user, db);
    } catch (error) {
      throw this.explainUniqueViolation(error);
    }
  }

  /** Two people adding the same email at once: the unique index catches the second; say so in words. */
  private explainUniqueViolation(error: unknown): unknown {
    if (isUniqueViolation(error)) return emailTaken();
    return error;
  }
}
