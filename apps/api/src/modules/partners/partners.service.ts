import { Injectable } from '@nestjs/common';
import { DEFAULT_CONTACT_CADENCE_DAYS, roleAtLeast } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { pageRequest, toPage } from '../../common/pagination/page';
import { notFound } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import { type AuditedRecordKind, applyRecordChange } from '../../common/records/record-change';
import { AuditLogService } from '../audit/audit-log.service';
import type { AuditAction } from '../audit/audit-entry.entity';
import { prefixSearchTerms } from '../search/prefix-tsquery';
import type { CreatePartnerDto } from './dto/create-partner.dto';
import type { ListPartnersQueryDto } from './dto/list-partners.query.dto';
import type { PartnerPageDto, PartnerResponseDto } from './dto/partner.response.dto';
import type { UpdatePartnerDto } from './dto/update-partner.dto';
import type { PartnerEntity } from './partner.entity';
import { partnerAuditSnapshot, reviewWindow, toPartnerResponse } from './partner.mapper';
import { liaisonNotActive, onlyManagersReassignLiaisons, partnerNameTaken } from './partners.errors';
import { PartnersListRepository } from './partners-list.repository';
import { PartnersRepository } from './partners.repository';

const LIVE_NAME_INDEX = 'UQ_partners_name_live';

// A partner's changes show on its own timeline.
const PARTNER: AuditedRecordKind<PartnerEntity> = { what: 'partner', entityType: 'partner', snapshot: partnerAuditSnapshot, partnerOf: (partner) => partner.id };

/** Fields copied as sent from a create or update body onto the partner (name, liaison and tags have rules of their own). */
const PLAIN_FIELDS = [
  'type', 'stage', 'website', 'address', 'description', 'focusAreas', 'publics', 'interactionTypes', 'impactAreas',
  'contactCadenceDays', 'collaborationLevelLibrary', 'collaborationLevelPartner',
] as const;

const uniqueTags = (tags: string[]) => [...new Set(tags)];

/**
 * Partners: the organisations the library works with. Every staff role reads, adds and edits them; archiving
 * follows assertMayArchive; reassigning a liaison needs a manager. Every change is audited with its partnerId,
 * in the transaction that makes it.
 */
@Injectable()
export class PartnersService {
  constructor(
    private readonly partners: PartnersRepository,
    private readonly views: PartnersListRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async list(actor: StaffMember, query: ListPartnersQueryDto): Promise<PartnerPageDto> {
    const page = pageRequest(query);
    const { reviewDueBy } = reviewWindow(this.clock.now());
    const { rows, total } = await this.views.list(
      {
        searchTerms: prefixSearchTerms(query.q),
        stages: query.stage,
        types: query.type,
        focusAreas: query.focusArea,
        liaisonId: query.liaisonId === 'me' ? actor.id : query.liaisonId,
        tag: query.tag?.trim() || undefined,
        reviewDueBy: query.needsReview ? reviewDueBy : undefined,
        archived: query.archived ?? 'false',
        sort: query.sort,
      },
      page,
    );
    return toPage(
      rows.map((row) => toPartnerResponse(row, reviewDueBy)),
      total,
      page,
    );
  }

  async get(_actor: StaffMember, id: string, db?: EntityManager): Promise<PartnerResponseDto> {
    const row = await this.views.findView(id, db);
    if (!row) throw notFound('partner');
    return toPartnerResponse(row, reviewWindow(this.clock.now()).reviewDueBy);
  }

  async create(actor: StaffMember, dto: CreatePartnerDto): Promise<PartnerResponseDto> {
    return this.partners.transaction(async (db) => {
      if (dto.liaisonId) await this.assertActiveLiaison(dto.liaisonId, db);
      if (await this.partners.liveNameInUse(dto.name, undefined, db)) throw partnerNameTaken(dto.name);
      const partner = await this.explainingNameClash(dto.name, () =>
        this.partners.insert(
          {
            name: dto.name,
            type: dto.type,
            stage: dto.stage ?? 'prospect',
            website: dto.website ?? null,
            address: dto.address ?? null,
            description: dto.description ?? '',
            focusAreas: dto.focusAreas ?? [],
            publics: dto.publics ?? [],
            interactionTypes: dto.interactionTypes ?? [],
            impactAreas: dto.impactAreas ?? [],
            liaisonId: dto.liaisonId ?? null,
            contactCadenceDays: dto.contactCadenceDays ?? DEFAULT_CONTACT_CADENCE_DAYS,
            collaborationLevelLibrary: dto.collaborationLevelLibrary ?? null,
            collaborationLevelPartner: dto.collaborationLevelPartner ?? null,
            tags: uniqueTags(dto.tags ?? []),
            createdBy: actor.id,
            updatedBy: actor.id,
            archivedAt: null,
          },
          db,
        ),
      );
      await this.audit.record(db, {
        actorId: actor.id,
        entityType: 'partner',
        entityId: partner.id,
        partnerId: partner.id,
        action: 'create',
        after: partnerAuditSnapshot(partner),
      });
      return this.get(actor, partner.id, db);
    });
  }

  async update(actor: StaffMember, id: string, dto: UpdatePartnerDto): Promise<PartnerResponseDto> {
    return this.change(actor, id, dto.version, 'update', async (partner, db) => {
      if (dto.liaisonId !== undefined && dto.liaisonId !== partner.liaisonId) {
        // Setting a liaison where there was none is anyone's to do; replacing or removing one is a manager's.
        if (partner.liaisonId !== null && !roleAtLeast(actor.role, 'manager')) throw onlyManagersReassignLiaisons();
        if (dto.liaisonId !== null) await this.assertActiveLiaison(dto.liaisonId, db);
        partner.liaisonId = dto.liaisonId;
      }
      if (dto.name !== undefined && dto.name !== partner.name) {
        const renamedToOther = dto.name.toLowerCase() !== partner.name.toLowerCase();
        if (renamedToOther && partner.archivedAt === null && (await this.partners.liveNameInUse(dto.name, partner.id, db))) {
          throw partnerNameTaken(dto.name);
        }
        partner.name = dto.name;
      }
      for (const field of PLAIN_FIELDS) {
        if (dto[field] !== undefined) (partner as unknown as Record<string, unknown>)[field] = dto[field];
      }
      if (dto.tags !== undefined) partner.tags = uniqueTags(dto.tags);
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<PartnerResponseDto> {
    return this.change(actor, id, version, 'archive', async (partner) => {
      assertMayArchive(actor, partner, 'partner');
      partner.archivedAt ??= this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<PartnerResponseDto> {
    return this.change(actor, id, version, 'restore', async (partner, db) => {
      assertMayArchive(actor, partner, 'partner');
      if (partner.archivedAt === null) return;
      if (await this.partners.liveNameInUse(partner.name, partner.id, db)) throw partnerNameTaken(partner.name);
      partner.archivedAt = null;
    });
  }

  /**
   * Load under lock, then check, apply, save and audit (applyRecordChange), all in one transaction. Archiving what is
   * archived (or restoring what is live) changes nothing: no save, no version, no entry.
   */
  private async change(
    actor: StaffMember,
    id: string,
    version: number,
    action: AuditAction,
    apply: (partner: PartnerEntity, db: EntityManager) => Promise<void>,
  ): Promise<PartnerResponseDto> {
    return this.partners.transaction(async (db) => {
      const partner = await this.partners.findByIdForUpdate(id, db);
      await applyRecordChange(db, this.audit, PARTNER, partner, {
        actor,
        action,
        version,
        apply,
        save: (changed) => this.explainingNameClash(changed.name, () => this.partners.save(changed, db)),
      });
      return this.get(actor, id, db);
    });
  }

  private async assertActiveLiaison(userId: string, db: EntityManager): Promise<void> {
    if (!(await this.partners.isActiveStaff(userId, db))) throw liaisonNotActive();
  }

  /** Two people adding the same name at once: the unique index catches the second; say so in words. */
  private async explainingNameClash<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, LIVE_NAME_INDEX)) throw partnerNameTaken(name);
      throw error;
    }
  }
}
