import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { type Page, pageRequest, toPage } from '../../common/pagination/page';
import { type FieldError, notFound, staleVersion } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import type { AuditAction } from '../audit/audit-entry.entity';
import { AuditLogService, type AuditedChange } from '../audit/audit-log.service';
import { type PartnerReference, PartnerReferenceRepository } from '../partners/partner-reference.repository';
import { type ProgramReference, ProgramReferenceRepository } from '../programs/program-reference.repository';
import { programArchived } from '../programs/programs.errors';
import { utcDay } from './calendar-days';
import type { CommitmentEntity } from './commitment.entity';
import { commitmentAuditSnapshot, toCommitmentResponse } from './commitment.mapper';
import { changedOwner, newOwner, ownerIds, unknownOwners } from './commitment-owners';
import {
  DUE_BEFORE_COMMUNICATION_MESSAGE,
  fieldError,
  noRoleInProgram,
  PROGRAM_UNKNOWN_MESSAGE,
  REOPEN_REASON_MESSAGE,
  STATUS_CHANGE_REASON_MESSAGE,
  validationFailed,
} from './commitments.errors';
import { type CommitmentRow, CommitmentsRepository, type InsertedCommitment, type NewCommitment } from './commitments.repository';
import type { CommitmentPageDto, CommitmentResponseDto } from './dto/commitment.response.dto';
import type { CreateCommitmentDto } from './dto/create-commitment.dto';
import type { ListCommitmentsQueryDto } from './dto/list-commitments.query.dto';
import type { UpdateCommitmentDto } from './dto/update-commitment.dto';
import { type KnownPeople, PeopleReferenceRepository } from './people-reference.repository';
import { explainUnknownPeople } from './people-refusals';

const WHAT = 'follow-up';

/**
 * Who promised to do what by when. Any staff member may change a commitment (mark it done, move it, hand it over);
 * closing is free, reopening or changing a closed one needs a reason. Every change is audited on the partner.
 */
@Injectable()
export class CommitmentsService {
  constructor(
    private readonly commitments: CommitmentsRepository,
    private readonly people: PeopleReferenceRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly programs: ProgramReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  /** Today in UTC, from the injected clock: what overdue and "done today" are measured against. */
  today(): string {
    return utcDay(this.clock.now());
  }

  async list(actor: StaffMember, query: ListCommitmentsQueryDto): Promise<CommitmentPageDto> {
    const today = this.today();
    const page = pageRequest(query);
    const { rows, total } = await this.commitments.list(
      {
        partnerId: query.partnerId,
        communicationId: query.communicationId,
        programId: query.programId,
        ownerUserId: query.ownerUserId === 'me' ? actor.id : query.ownerUserId,
        status: query.status,
        overdue: query.overdue,
        today,
        dueBefore: query.dueBefore ?? undefined,
        archived: query.archived ?? 'false',
        descending: query.sort === '-dueOn',
      },
      page,
    );
    return toPage(rows.map((row) => toCommitmentResponse(row, today)), total, page);
  }

  /** A person's open follow-ups due in a range of days (the home page), soonest first, without counting them all. */
  async openForOwner(ownerUserId: string, range: { dueBefore?: string; dueFrom?: string; dueTo?: string }, limit: number): Promise<CommitmentResponseDto[]> {
    const today = this.today();
    const { rows } = await this.commitments.list(
      { ownerUserId, status: 'open', today, ...range, livePartnersOnly: true, archived: 'false' },
      { limit, offset: 0 },
      { withTotal: false },
    );
    return rows.map((row) => toCommitmentResponse(row, today));
  }

  /** The follow-ups in use of several communications, read together: one statement for a whole page. */
  async followUpsOf(communicationIds: readonly string[], db?: EntityManager): Promise<Map<string, CommitmentResponseDto[]>> {
    const today = this.today();
    const rows = await this.commitments.findLiveForCommunications(communicationIds, db);
    const byCommunication = new Map<string, CommitmentResponseDto[]>();
    for (const row of rows) {
      const list = byCommunication.get(row.communication_id!) ?? [];
      list.push(toCommitmentResponse(row, today));
      byCommunication.set(row.communication_id!, list);
    }
    return byCommunication;
  }

  async get(_actor: StaffMember, id: string): Promise<CommitmentResponseDto> {
    const row = await this.commitments.findView(id);
    if (!row) throw notFound(WHAT);
    return toCommitmentResponse(row, this.today());
  }

  async create(actor: StaffMember, dto: CreateCommitmentDto): Promise<CommitmentResponseDto> {
    const { owner, errors } = newOwner(dto, actor.id);
    if (errors.length > 0) throw validationFailed(errors);
    return this.commitments.transaction(async (db) => {
      const partner = await this.partners.requireLive(dto.partnerId, db);
      const communicationId = dto.communicationId ?? null;
      if (communicationId) await this.assertDueAfterCommunication(communicationId, partner, dto.dueOn, db);
      const program = dto.programId ? await this.requireProgramDuty(dto.programId, partner, db) : null;
      const ids = ownerIds([owner]);
      const people = await this.people.find(partner.id, ids.staffIds, ids.contactIds, db);
      const refusals = await explainUnknownPeople(this.people, partner, unknownOwners(owner, people), db);
      if (refusals.length > 0) throw validationFailed(refusals);
      const items = [{ ...owner, description: dto.description, dueOn: dto.dueOn }];
      const [created] = await this.addFollowUps(db, actor, partner, communicationId, items, people, { program });
      return created!;
    });
  }

  /**
   * Inserts commitments already checked (owners among `people`, due dates valid, the program one the partner has a
   * role in) in one statement, audits each, and answers from what is known: the write path of a communication with
   * follow-ups reads nothing back. `auditedBefore` are changes of the same transaction audited in the same
   * statement, ahead of the follow-ups (the communication they follow: one round trip to the database less).
   */
  async addFollowUps(
    db: EntityManager,
    actor: StaffMember,
    partner: PartnerReference,
    communicationId: string | null,
    items: readonly NewCommitment[],
    people: KnownPeople,
    { program = null, auditedBefore = [] }: { program?: Pick<ProgramReference, 'id' | 'title'> | null; auditedBefore?: readonly AuditedChange[] } = {},
  ): Promise<CommitmentResponseDto[]> {
    const programId = program?.id ?? null;
    const inserted = await this.commitments.insertMany({ partnerId: partner.id, communicationId, programId, createdBy: actor.id }, items, db);
    await this.audit.recordAll(db, [
      ...auditedBefore,
      ...inserted.map((commitment) => ({
        actorId: actor.id,
        entityType: 'commitment',
        entityId: commitment.id,
        action: 'create' as const,
        partnerId: partner.id,
        after: commitmentAuditSnapshot({ ...commitment, status: 'open', completedOn: null, statusReason: null, communicationId, programId, archivedAt: null }),
      })),
    ]);
    const today = this.today();
    return inserted.map((commitment) => toCommitmentResponse(newRow(commitment, actor, partner, communicationId, program, people), today));
  }

  async update(actor: StaffMember, id: string, dto: UpdateCommitmentDto): Promise<CommitmentResponseDto> {
    return this.changeCommitment(actor, id, dto.version, 'update', async (commitment, db) => {
      const partner = await this.partners.requireLive(commitment.partnerId, db);
      if (dto.description !== undefined) commitment.description = dto.description;
      if (dto.dueOn !== undefined && dto.dueOn !== commitment.dueOn) {
        if (commitment.communicationId) await this.assertDueAfterCommunication(commitment.communicationId, partner, dto.dueOn, db, true);
        commitment.dueOn = dto.dueOn;
      }
      if (dto.programId !== undefined && dto.programId !== commitment.programId) {
        // Only a newly named program is checked: a duty may stay with a program whose role has since ended.
        if (dto.programId !== null) await this.requireProgramDuty(dto.programId, partner, db);
        commitment.programId = dto.programId;
      }
      await this.applyOwner(commitment, dto, actor, partner, db);
      this.applyStatus(commitment, dto, actor);
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<CommitmentResponseDto> {
    return this.changeCommitment(actor, id, version, 'archive', async (commitment) => {
      assertMayArchive(actor, commitment, WHAT);
      if (commitment.archivedAt === null) commitment.archivedAt = this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<CommitmentResponseDto> {
    return this.changeCommitment(actor, id, version, 'restore', async (commitment, db) => {
      assertMayArchive(actor, commitment, WHAT);
      if (commitment.archivedAt === null) return;
      await this.partners.requireLive(commitment.partnerId, db);
      // Like any record of a program, a duty comes back only while its program is in use.
      if (commitment.programId) await this.requireLiveProgram(commitment.programId, db);
      commitment.archivedAt = null;
    });
  }

  /** A follow-up is due on or after the day of the communication it came from, which must be this partner's. */
  private async assertDueAfterCommunication(
    communicationId: string,
    partner: PartnerReference,
    dueOn: string,
    db: EntityManager,
    existing = false,
  ): Promise<void> {
    const communication = await this.commitments.findCommunication(communicationId, db);
    const usable = communication && communication.partnerId === partner.id && (existing || !communication.archived);
    if (!usable) throw fieldError('communicationId', `Choose a communication with ${partner.name} that is in use.`);
    if (dueOn < communication.day) throw fieldError('dueOn', DUE_BEFORE_COMMUNICATION_MESSAGE);
  }

  /**
   * A program a commitment may be a duty of: in use, and one in which the partner has a role (in use). Named in a
   * body, an unknown program is bad input (400 on programId) rather than a 404 ("this page does not exist").
   */
  private async requireProgramDuty(programId: string, partner: PartnerReference, db: EntityManager): Promise<ProgramReference> {
    const program = await this.requireLiveProgram(programId, db);
    if (!(await this.commitments.partnerHasRole(program.id, partner.id, db))) throw fieldError('programId', noRoleInProgram(partner.name, program.title));
    return program;
  }

  /** The program, share-locked until the transaction ends so it cannot be archived meanwhile (as for the partner). */
  private async requireLiveProgram(programId: string, db: EntityManager): Promise<ProgramReference> {
    const program = await this.programs.find(programId, db, 'share');
    if (!program) throw fieldError('programId', PROGRAM_UNKNOWN_MESSAGE);
    if (program.archived) throw programArchived('programId');
    return program;
  }

  /** Moves the commitment to another owner, checking only people newly named (an owner since deactivated may stay). */
  private async applyOwner(commitment: CommitmentEntity, dto: UpdateCommitmentDto, actor: StaffMember, partner: PartnerReference, db: EntityManager): Promise<void> {
    const { owner, errors } = changedOwner(commitment, dto, actor.id);
    if (errors.length > 0) throw validationFailed(errors);
    const staffIds = owner.ownerUserId && owner.ownerUserId !== commitment.ownerUserId ? [owner.ownerUserId] : [];
    const contactIds = owner.ownerContactId && owner.ownerContactId !== commitment.ownerContactId ? [owner.ownerContactId] : [];
    if (staffIds.length > 0 || contactIds.length > 0) {
      const people = await this.people.find(partner.id, staffIds, contactIds, db);
      const unknowns = unknownOwners({ ...owner, ownerUserId: staffIds[0] ?? null, ownerContactId: contactIds[0] ?? null }, people);
      const refusals = await explainUnknownPeople(this.people, partner, unknowns, db);
      if (refusals.length > 0) throw validationFailed(refusals);
    }
    Object.assign(commitment, owner);
  }

  /**
   * Status rules: from open to anything freely; from done, missed or cancelled to anything else only with a reason.
   * Done carries its completion date (today unless given; never in the future); leaving done clears it. A change of
   * status records who made it, when, and why.
   */
  private applyStatus(commitment: CommitmentEntity, dto: UpdateCommitmentDto, actor: StaffMember): void {
    const today = this.today();
    const next = dto.status ?? commitment.status;
    const changing = next !== commitment.status;
    const reason = dto.reason ?? null;
    const errors: FieldError[] = [];
    if (changing && commitment.status !== 'open' && reason === null) {
      errors.push({ field: 'reason', message: next === 'open' ? REOPEN_REASON_MESSAGE : STATUS_CHANGE_REASON_MESSAGE });
    }
    const completedOn = dto.completedOn ?? null;
    if (completedOn !== null && next !== 'done') {
      errors.push({ field: 'completedOn', message: 'A completion date goes only with status done.' });
    } else if (completedOn !== null && completedOn > today) {
      errors.push({ field: 'completedOn', message: 'Enter a completion date that is today or earlier.' });
    }
    if (errors.length > 0) throw validationFailed(errors);

    commitment.completedOn = next === 'done' ? (completedOn ?? (changing ? today : (commitment.completedOn ?? today))) : null;
    if (!changing) return;
    commitment.status = next;
    commitment.statusChangedAt = this.clock.now();
    commitment.statusChangedBy = actor.id;
    commitment.statusReason = reason;
  }

  /** Load under lock, check the version the caller saw, apply, save and audit, all in one transaction. */
  private async changeCommitment(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (commitment: CommitmentEntity, db: EntityManager) => Promise<void>,
  ): Promise<CommitmentResponseDto> {
    return this.commitments.transaction(async (db) => {
      const commitment = await this.commitments.findByIdForUpdate(id, db);
      if (!commitment) throw notFound(WHAT);
      // Two people marking the same follow-up done at once: the second waits for the first's lock, then lands here.
      if (commitment.version !== version) throw staleVersion(WHAT);
      const before = commitmentAuditSnapshot(commitment);
      await apply(commitment, db);
      // Nothing changed (marking done what is done, archiving twice): no new version, no audit entry.
      if (JSON.stringify(before) !== JSON.stringify(commitmentAuditSnapshot(commitment))) {
        commitment.updatedBy = actor.id;
        const saved = await this.commitments.save(commitment, db);
        await this.audit.record(db, {
          actorId: actor.id,
          entityType: 'commitment',
          entityId: saved.id,
          action,
          partnerId: saved.partnerId,
          before,
          after: commitmentAuditSnapshot(saved),
        });
      }
      const row = await this.commitments.findView(id, db);
      return toCommitmentResponse(row!, this.today());
    });
  }
}

/** A just-inserted commitment as the read query would return it, from the names already at hand. */
function newRow(
  commitment: InsertedCommitment,
  actor: StaffMember,
  partner: PartnerReference,
  communicationId: string | null,
  program: Pick<ProgramReference, 'id' | 'title'> | null,
  people: KnownPeople,
): CommitmentRow {
  return {
    id: commitment.id,
    partner_id: partner.id,
    partner_name: partner.name,
    communication_id: communicationId,
    program_id: program?.id ?? null,
    program_title: program?.title ?? null,
    description: commitment.description,
    owner_side: commitment.ownerSide,
    owner_user_id: commitment.ownerUserId,
    owner_user_name: commitment.ownerUserId ? (people.staff.get(commitment.ownerUserId) ?? null) : null,
    owner_contact_id: commitment.ownerContactId,
    owner_contact_name: commitment.ownerContactId ? (people.contacts.get(commitment.ownerContactId) ?? null) : null,
    due_on: commitment.dueOn,
    status: 'open',
    completed_on: null,
    status_changed_at: null,
    status_changed_by: null,
    status_changed_by_name: null,
    status_reason: null,
    created_at: commitment.createdAt,
    updated_at: commitment.updatedAt,
    created_by: actor.id,
    version: 1,
    archived_at: null,
  };
}
