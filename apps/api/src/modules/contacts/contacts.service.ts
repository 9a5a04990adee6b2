import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { type Page, pageRequest, toPage } from '../../common/pagination/page';
import { notFound } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import { type AuditedRecordKind, applyRecordChange } from '../../common/records/record-change';
import { AuditLogService } from '../audit/audit-log.service';
import type { AuditAction } from '../audit/audit-entry.entity';
import { PartnerReferenceRepository } from '../partners/partner-reference.repository';
import type { ContactEntity } from './contact.entity';
import { contactAuditSnapshot, toContactResponse } from './contact.mapper';
import { affiliationEndsBeforeStart, primaryContactConflict } from './contacts.errors';
import { ContactsRepository, type NewContact } from './contacts.repository';
import type { ContactResponseDto } from './dto/contact.response.dto';
import type { CreateContactDto } from './dto/create-contact.dto';
import type { ListContactsQueryDto } from './dto/list-contacts.query.dto';
import type { UpdateContactDto } from './dto/update-contact.dto';

const PRIMARY_INDEX = 'UQ_contacts_primary';

const CONTACT: AuditedRecordKind<ContactEntity> = {
  what: 'contact',
  entityType: 'contact',
  snapshot: contactAuditSnapshot,
  partnerOf: (contact) => contact.partnerId,
};

/** People at partner organisations. At most one primary contact per partner; every change is audited on the partner. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly contacts: ContactsRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async list(_actor: StaffMember | null, partnerId: string, query: ListContactsQueryDto): Promise<Page<ContactResponseDto>> {
    await this.partners.requireExisting(partnerId);
    const page = pageRequest(query);
    const { rows, total } = await this.contacts.listForPartner(partnerId, query.archived ?? 'false', page);
    return toPage(rows.map(toContactResponse), total, page);
  }

  async get(_actor: StaffMember | null, id: string): Promise<ContactResponseDto> {
    const contact = await this.contacts.findById(id);
    if (!contact) throw notFound('contact');
    return toContactResponse(contact);
  }

  async create(actor: StaffMember, partnerId: string, dto: CreateContactDto): Promise<ContactResponseDto> {
    return this.contacts.transaction(async (db) => {
      await this.partners.requireLive(partnerId, db);
      assertAffiliationOrder(dto.affiliationStart ?? null, dto.affiliationEnd ?? null);
      const isPrimary = dto.isPrimary ?? false;
      if (isPrimary) await this.demoteOtherPrimary(actor, partnerId, undefined, db);
      const contact = await this.insertOrExplain(db, {
        partnerId,
        name: dto.name,
        title: dto.title ?? null,
        email: dto.email ?? null,
        phone: dto.phone ?? null,
        isPrimary,
        affiliationStart: dto.affiliationStart ?? null,
        affiliationEnd: dto.affiliationEnd ?? null,
        createdBy: actor.id,
        updatedBy: actor.id,
        archivedAt: null,
      });
      await this.audit.record(db, {
        actorId: actor.id,
        entityType: 'contact',
        entityId: contact.id,
        action: 'create',
        partnerId,
        after: contactAuditSnapshot(contact),
      });
      return toContactResponse(contact);
    });
  }

  async update(actor: StaffMember, id: string, dto: UpdateContactDto): Promise<ContactResponseDto> {
    return this.changeContact(actor, id, dto.version, 'update', async (contact, db) => {
      await this.partners.requireLive(contact.partnerId, db);
      if (dto.name !== undefined) contact.name = dto.name;
      if (dto.title !== undefined) contact.title = dto.title;
      if (dto.email !== undefined) contact.email = dto.email;
      if (dto.phone !== undefined) contact.phone = dto.phone;
      if (dto.affiliationStart !== undefined) contact.affiliationStart = dto.affiliationStart;
      if (dto.affiliationEnd !== undefined) contact.affiliationEnd = dto.affiliationEnd;
      // Checked against the stored value when only one of the two dates is sent.
      assertAffiliationOrder(contact.affiliationStart, contact.affiliationEnd);
      if (dto.isPrimary === true && !contact.isPrimary && contact.archivedAt === null) {
        await this.demoteOtherPrimary(actor, contact.partnerId, contact.id, db);
      }
      if (dto.isPrimary !== undefined) contact.isPrimary = dto.isPrimary;
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<ContactResponseDto> {
    return this.changeContact(actor, id, version, 'archive', async (contact) => {
      assertMayArchive(actor, contact, 'contact');
      if (contact.archivedAt === null) contact.archivedAt = this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<ContactResponseDto> {
    return this.changeContact(actor, id, version, 'restore', async (contact, db) => {
      assertMayArchive(actor, contact, 'contact');
      if (contact.archivedAt === null) return;
      await this.partners.requireLive(contact.partnerId, db);
      // The partner chose another primary contact meanwhile: that choice stands; this one comes back as not primary.
      if (contact.isPrimary && (await this.contacts.findLivePrimaryForUpdate(contact.partnerId, contact.id, db))) contact.isPrimary = false;
      contact.archivedAt = null;
    });
  }

  /** Load under lock, then check, apply, save and audit (applyRecordChange), all in one transaction. */
  private async changeContact(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (contact: ContactEntity, db: EntityManager) => Promise<void>,
  ): Promise<ContactResponseDto> {
    return this.contacts.transaction(async (db) => {
      const contact = await this.contacts.findByIdForUpdate(id, db);
      const saved = await applyRecordChange(db, this.audit, CONTACT, contact, {
        actor,
        action,
        version,
        apply,
        save: (changed) => this.saveOrExplain(db, changed),
      });
      return toContactResponse(saved);
    });
  }

  /** The partner's current primary contact (other than `exceptId`) stops being primary, audited as its own change. */
  private async demoteOtherPrimary(actor: StaffMember, partnerId: string, exceptId: string | undefined, db: EntityManager): Promise<void> {
    const current = await this.contacts.findLivePrimaryForUpdate(partnerId, exceptId, db);
    if (!current) return;
    const before = contactAuditSnapshot(current);
    current.isPrimary = false;
    current.updatedBy = actor.id;
    const saved = await this.contacts.save(current, db);
    await this.audit.record(db, {
      actorId: actor.id,
      entityType: 'contact',
      entityId: saved.id,
      action: 'update',
      partnerId,
      before,
      after: contactAuditSnapshot(saved),
    });
  }

  private async insertOrExplain(db: EntityManager, contact: NewContact): Promise<ContactEntity> {
    try {
      return await this.contacts.insert(contact, db);
    } catch (error) {
      throw explainUniqueViolation(error);
    }
  }

  private async saveOrExplain(db: EntityManager, contact: ContactEntity): Promise<ContactEntity> {
    try {
      return await this.contacts.save(contact, db);
    } catch (error) {
      throw explainUniqueViolation(error);
    }
  }
}

function assertAffiliationOrder(start: string | null, end: string | null): void {
  if (start !== null && end !== null && end < start) throw affiliationEndsBeforeStart();
}

/** Two people making different contacts primary at once: the unique index catches the second; say so in words. */
function explainUniqueViolation(error: unknown): unknown {
  return isUniqueViolation(error, PRIMARY_INDEX) ? primaryContactConflict() : error;
}
