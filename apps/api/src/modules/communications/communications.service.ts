import { Injectable } from '@nestjs/common';
import { COMMUNICATION_MAX_HOURS_AHEAD, DEFAULT_FOLLOW_UP_DAYS, roleAtLeast, SUBSTANTIVE_BY_DEFAULT } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { pageRequest, toPage } from '../../common/pagination/page';
import { type FieldError, notFound, staleVersion } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import type { AuditAction } from '../audit/audit-entry.entity';
import { AuditLogService } from '../audit/audit-log.service';
import { addDays, utcDay } from '../commitments/calendar-days';
import { newOwner, ownerIds, unknownOwners } from '../commitments/commitment-owners';
import { DUE_BEFORE_COMMUNICATION_MESSAGE, validationFailed } from '../commitments/commitments.errors';
import type { NewCommitment } from '../commitments/commitments.repository';
import { CommitmentsService } from '../commitments/commitments.service';
import { type KnownPeople, PeopleReferenceRepository } from '../commitments/people-reference.repository';
import { explainUnknownPeople, type UnknownPeople } from '../commitments/people-refusals';
import { type PartnerReference, PartnerReferenceRepository } from '../partners/partner-reference.repository';
import type { CommunicationEntity } from './communication.entity';
import { communicationAuditSnapshot, normaliseTags, toCommunicationResponse } from './communication.mapper';
import { followUpDueBeforeMessage, notYoursToEdit, TOO_FAR_AHEAD_MESSAGE } from './communications.errors';
import { type CommunicationRow, CommunicationsRepository, type FactorTag } from './communications.repository';
import type { CommunicationPageDto, CommunicationResponseDto } from './dto/communication.response.dto';
import type { CreateCommunicationDto } from './dto/create-communication.dto';
import type { ListCommunicationsQueryDto } from './dto/list-communications.query.dto';
import type { UpdateCommunicationDto } from './dto/update-communication.dto';

const WHAT = 'communication';
const HOUR_MS = 60 * 60 * 1000;
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Logged interactions with partners: the evidence the health model reads. Logging must be quick, so a new
 * communication with its follow-ups is checked with one look-up of everyone it names and written in a handful of
 * statements; its author and managers may edit it; every change is audited on the partner.
 */
@Injectable()
export class CommunicationsService {
  constructor(
    private readonly communications: CommunicationsRepository,
    private readonly commitments: CommitmentsService,
    private readonly people: PeopleReferenceRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async list(actor: StaffMember, query: ListCommunicationsQueryDto): Promise<CommunicationPageDto> {
    const page = pageRequest(query);
    const toDay = query.to !== undefined && DAY_ONLY.test(query.to);
    const { rows, total } = await this.communications.list(
      {
        partnerId: query.partnerId,
        from: query.from ? new Date(DAY_ONLY.test(query.from) ? `${query.from}T00:00:00.000Z` : query.from) : undefined,
        // A `to` day includes the whole day: everything before the next one.
        to: query.to ? (toDay ? new Date(`${addDays(query.to, 1)}T00:00:00.000Z`) : new Date(query.to)) : undefined,
        toExclusive: toDay,
        channel: query.channel,
        createdBy: query.createdBy === 'me' ? actor.id : query.createdBy,
        archived: query.archived ?? 'false',
        ascending: query.sort === 'occurredAt',
      },
      page,
    );
    return toPage(await this.withFollowUps(rows), total, page);
  }

  /** The newest communications someone logged (in use), for the home page: no count, straight off an index. */
  async recentlyLoggedBy(staffId: string, limit: number): Promise<CommunicationResponseDto[]> {
    const { rows } = await this.communications.list({ createdBy: staffId, archived: 'false' }, { limit, offset: 0 }, { withTotal: false });
    return this.withFollowUps(rows);
  }

  async get(_actor: StaffMember, id: string): Promise<CommunicationResponseDto> {
    const row = await this.communications.findView(id);
    if (!row) throw notFound(WHAT);
    const [communication] = await this.withFollowUps([row]);
    return communication!;
  }

  async create(actor: StaffMember, dto: CreateCommunicationDto): Promise<CommunicationResponseDto> {
    const now = this.clock.now();
    const occurredAt = dto.occurredAt ? new Date(dto.occurredAt) : now;
    const day = utcDay(occurredAt);
    // Problems visible in the request itself are all reported together, before anything is looked up.
    const errors: FieldError[] = [];
    if (tooFarAhead(occurredAt, now)) errors.push({ field: 'occurredAt', message: TOO_FAR_AHEAD_MESSAGE });
    const followUps: NewCommitment[] = (dto.followUps ?? []).map((followUp, i) => {
      const prefix = `followUps[${i}].`;
      const { owner, errors: ownerErrors } = newOwner(followUp, actor.id, prefix);
      errors.push(...ownerErrors);
      const dueOn = followUp.dueOn ?? addDays(day, DEFAULT_FOLLOW_UP_DAYS);
      if (dueOn < day) errors.push({ field: `${prefix}dueOn`, message: DUE_BEFORE_COMMUNICATION_MESSAGE });
      return { ...owner, description: followUp.description, dueOn };
    });
    if (errors.length > 0) throw validationFailed(errors);

    const staffIds = dto.staffParticipantIds ?? [actor.id];
    const contactIds = dto.contactParticipantIds ?? [];
    const tags = normaliseTags(dto.factorTags ?? []);
    return this.communications.transaction(async (db) => {
      const partner = await this.partners.requireLive(dto.partnerId, db, 'last-contact');
      const owners = ownerIds(followUps);
      const people = await this.people.find(partner.id, [...staffIds, ...owners.staffIds], [...contactIds, ...owners.contactIds], db);
      await this.assertPeopleKnown(partner, people, staffIds, contactIds, db, followUps);

      const fields = {
        occurredAt,
        channel: dto.channel,
        initiatedBy: dto.initiatedBy ?? 'library',
        twoWay: dto.twoWay ?? true,
        substantive: dto.substantive ?? SUBSTANTIVE_BY_DEFAULT[dto.channel],
        summary: dto.summary ?? '',
        staffParticipantIds: staffIds,
        contactParticipantIds: contactIds,
        archivedAt: null,
      };
      const inserted = await this.communications.insert({ ...fields, partnerId: partner.id, createdBy: actor.id }, tags, db);
      const created = {
        actorId: actor.id,
        entityType: WHAT,
        entityId: inserted.id,
        action: 'create' as const,
        partnerId: partner.id,
        after: communicationAuditSnapshot(fields, tags),
      };
      // In the same transaction: a follow-up that cannot be saved takes the communication with it. The
      // communication's audit entry is written with the follow-ups' (one statement for all).
      const savedFollowUps = await this.commitments.addFollowUps(db, actor, partner, inserted.id, followUps, people, { auditedBefore: [created] });
      const row: CommunicationRow = {
        id: inserted.id,
        partner_id: partner.id,
        partner_name: partner.name,
        occurred_at: fields.occurredAt,
        channel: fields.channel,
        initiated_by: fields.initiatedBy,
        two_way: fields.twoWay,
        substantive: fields.substantive,
        summary: fields.summary,
        staff_participants: staffIds.map((id) => ({ id, name: people.staff.get(id)! })),
        contact_participants: contactIds.map((id) => ({ id, name: people.contacts.get(id)! })),
        factor_tags: tags,
        created_at: inserted.createdAt,
        updated_at: inserted.updatedAt,
        created_by: actor.id,
        author_name: actor.name,
        version: 1,
        archived_at: null,
      };
      return toCommunicationResponse(row, [...savedFollowUps].sort((a, b) => a.dueOn.localeCompare(b.dueOn)));
    });
  }

  async update(actor: StaffMember, id: string, dto: UpdateCommunicationDto): Promise<CommunicationResponseDto> {
    return this.changeCommunication(actor, id, dto.version, 'update', async (communication, tags, db) => {
      assertMayEdit(actor, communication);
      const partner = await this.partners.requireLive(communication.partnerId, db, 'last-contact');
      if (dto.occurredAt !== undefined) {
        const occurredAt = new Date(dto.occurredAt);
        if (tooFarAhead(occurredAt, this.clock.now())) throw validationFailed([{ field: 'occurredAt', message: TOO_FAR_AHEAD_MESSAGE }]);
        // Its follow-ups are due on or after its day; the day may not move past the first of them.
        if (utcDay(occurredAt) > utcDay(communication.occurredAt)) {
          const earliestDue = await this.communications.earliestFollowUpDue(communication.id, db);
          if (earliestDue !== null && earliestDue < utcDay(occurredAt)) {
            throw validationFailed([{ field: 'occurredAt', message: followUpDueBeforeMessage(earliestDue) }]);
          }
        }
        communication.occurredAt = occurredAt;
      }
      if (dto.channel !== undefined) communication.channel = dto.channel;
      if (dto.initiatedBy !== undefined) communication.initiatedBy = dto.initiatedBy;
      if (dto.twoWay !== undefined) communication.twoWay = dto.twoWay;
      if (dto.substantive !== undefined) communication.substantive = dto.substantive;
      if (dto.summary !== undefined) communication.summary = dto.summary;
      // Only people newly listed are checked: someone who took part and has since left stays on the record.
      const addedStaff = (dto.staffParticipantIds ?? []).filter((staffId) => !communication.staffParticipantIds.includes(staffId));
      const addedContacts = (dto.contactParticipantIds ?? []).filter((contactId) => !communication.contactParticipantIds.includes(contactId));
      if (addedStaff.length > 0 || addedContacts.length > 0) {
        const people = await this.people.find(partner.id, addedStaff, addedContacts, db);
        await this.assertPeopleKnown(partner, people, addedStaff, addedContacts, db);
      }
      if (dto.staffParticipantIds !== undefined) communication.staffParticipantIds = dto.staffParticipantIds;
      if (dto.contactParticipantIds !== undefined) communication.contactParticipantIds = dto.contactParticipantIds;
      return dto.factorTags !== undefined ? normaliseTags(dto.factorTags) : tags;
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<CommunicationResponseDto> {
    return this.changeCommunication(actor, id, version, 'archive', async (communication, tags) => {
      assertMayArchive(actor, communication, WHAT);
      if (communication.archivedAt === null) communication.archivedAt = this.clock.now();
      return tags;
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<CommunicationResponseDto> {
    return this.changeCommunication(actor, id, version, 'restore', async (communication, tags, db) => {
      assertMayArchive(actor, communication, WHAT);
      if (communication.archivedAt === null) return tags;
      await this.partners.requireLive(communication.partnerId, db, 'last-contact');
      communication.archivedAt = null;
      return tags;
    });
  }

  /** Refuses participants (and follow-up owners) that are not active staff or contacts in use of this partner. */
  private async assertPeopleKnown(
    partner: PartnerReference,
    people: KnownPeople,
    staffIds: readonly string[],
    contactIds: readonly string[],
    db: EntityManager,
    followUps: readonly NewCommitment[] = [],
  ): Promise<void> {
    const unknowns: UnknownPeople[] = [
      { field: 'staffParticipantIds', kind: 'staff', ids: staffIds.filter((staffId) => !people.staff.has(staffId)) },
      { field: 'contactParticipantIds', kind: 'contact', ids: contactIds.filter((contactId) => !people.contacts.has(contactId)) },
      ...followUps.flatMap((followUp, i) => unknownOwners(followUp, people, `followUps[${i}].`)),
    ];
    const refusals = await explainUnknownPeople(this.people, partner, unknowns, db);
    if (refusals.length > 0) throw validationFailed(refusals);
  }

  /** Each communication with its follow-ups, read for the whole batch in one statement. */
  private async withFollowUps(rows: CommunicationRow[], db?: EntityManager): Promise<CommunicationResponseDto[]> {
    const followUps = await this.commitments.followUpsOf(rows.map((row) => row.id), db);
    return rows.map((row) => toCommunicationResponse(row, followUps.get(row.id) ?? []));
  }

  /**
   * Load under lock, check the version the caller saw, apply (which answers the factor tags it should have), save
   * and audit, all in one transaction.
   */
  private async changeCommunication(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (communication: CommunicationEntity, tags: FactorTag[], db: EntityManager) => Promise<FactorTag[]>,
  ): Promise<CommunicationResponseDto> {
    return this.communications.transaction(async (db) => {
      const communication = await this.communications.findByIdForUpdate(id, db);
      if (!communication) throw notFound(WHAT);
      if (communication.version !== version) throw staleVersion(WHAT);
      const tagsBefore = await this.communications.findTags(id, db);
      const before = communicationAuditSnapshot(communication, tagsBefore);
      const tagsAfter = await apply(communication, tagsBefore, db);
      const after = communicationAuditSnapshot(communication, tagsAfter);
      // Nothing changed (an edit that repeats the stored values, archiving twice): no new version, no audit entry.
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await this.communications.update(id, communication, actor.id, db);
        if (JSON.stringify(before.factorTags) !== JSON.stringify(after.factorTags)) await this.communications.replaceTags(id, tagsAfter, db);
        await this.audit.record(db, { actorId: actor.id, entityType: WHAT, entityId: id, action, partnerId: communication.partnerId, before, after });
      }
      const row = await this.communications.findView(id, db);
      const [response] = await this.withFollowUps([row!], db);
      return response!;
    });
  }
}

function tooFarAhead(occurredAt: Date, now: Date): boolean {
  return occurredAt.getTime() > now.getTime() + COMMUNICATION_MAX_HOURS_AHEAD * HOUR_MS;
}

/** DOMAIN.md: a communication is edited by its author, or by a manager or administrator. */
function assertMayEdit(actor: StaffMember, communication: CommunicationEntity): void {
  if (communication.createdBy !== actor.id && !roleAtLeast(actor.role, 'manager')) throw notYoursToEdit();
}
