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
import type { AgreementEntity } from './agreement.entity';
import { agreementAuditSnapshot, toAgreementResponse } from './agreement.mapper';
import { agreementEndsBeforeStart } from './agreements.errors';
import { AgreementsRepository } from './agreements.repository';
import type { AgreementResponseDto } from './dto/agreement.response.dto';
import type { CreateAgreementDto } from './dto/create-agreement.dto';
import type { ListAgreementsQueryDto } from './dto/list-agreements.query.dto';
import type { UpdateAgreementDto } from './dto/update-agreement.dto';

const AGREEMENT: AuditedRecordKind<AgreementEntity> = {
  what: 'agreement',
  entityType: 'agreement',
  snapshot: agreementAuditSnapshot,
  partnerOf: (agreement) => agreement.partnerId,
};

/** MOUs, contracts, letters and informal understandings with a partner; every change is audited on the partner. */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly agreements: AgreementsRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async list(_actor: StaffMember | null, partnerId: string, query: ListAgreementsQueryDto): Promise<Page<AgreementResponseDto>> {
    await this.partners.requireExisting(partnerId);
    const page = pageRequest(query);
    const { rows, total } = await this.agreements.listForPartner(partnerId, query.archived ?? 'false', page);
    return toPage(rows.map(toAgreementResponse), total, page);
  }

  async get(_actor: StaffMember | null, id: string): Promise<AgreementResponseDto> {
    const agreement = await this.agreements.findById(id);
    if (!agreement) throw notFound('agreement');
    return toAgreementResponse(agreement);
  }

  async create(actor: StaffMember, partnerId: string, dto: CreateAgreementDto): Promise<AgreementResponseDto> {
    return this.agreements.transaction(async (db) => {
      await this.partners.requireLive(partnerId, db);
      assertDateOrder(dto.startsOn ?? null, dto.endsOn ?? null);
      const agreement = await this.agreements.insert(
        {
          partnerId,
          kind: dto.kind,
          title: dto.title,
          startsOn: dto.startsOn ?? null,
          endsOn: dto.endsOn ?? null,
          reviewOn: dto.reviewOn ?? null,
          listsContributions: dto.listsContributions ?? false,
          attachmentUrl: dto.attachmentUrl ?? null,
          createdBy: actor.id,
          updatedBy: actor.id,
          archivedAt: null,
        },
        db,
      );
      await this.audit.record(db, {
        actorId: actor.id,
        entityType: 'agreement',
        entityId: agreement.id,
        action: 'create',
        partnerId,
        after: agreementAuditSnapshot(agreement),
      });
      return toAgreementResponse(agreement);
    });
  }

  async update(actor: StaffMember, id: string, dto: UpdateAgreementDto): Promise<AgreementResponseDto> {
    return this.changeAgreement(actor, id, dto.version, 'update', async (agreement, db) => {
      await this.partners.requireLive(agreement.partnerId, db);
      if (dto.kind !== undefined) agreement.kind = dto.kind;
      if (dto.title !== undefined) agreement.title = dto.title;
      if (dto.startsOn !== undefined) agreement.startsOn = dto.startsOn;
      if (dto.endsOn !== undefined) agreement.endsOn = dto.endsOn;
      if (dto.reviewOn !== undefined) agreement.reviewOn = dto.reviewOn;
      if (dto.listsContributions !== undefined) agreement.listsContributions = dto.listsContributions;
      if (dto.attachmentUrl !== undefined) agreement.attachmentUrl = dto.attachmentUrl;
      // Checked against the stored value when only one of the two dates is sent.
      assertDateOrder(agreement.startsOn, agreement.endsOn);
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<AgreementResponseDto> {
    return this.changeAgreement(actor, id, version, 'archive', async (agreement) => {
      assertMayArchive(actor, agreement, 'agreement');
      if (agreement.archivedAt === null) agreement.archivedAt = this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<AgreementResponseDto> {
    return this.changeAgreement(actor, id, version, 'restore', async (agreement, db) => {
      assertMayArchive(actor, agreement, 'agreement');
      if (agreement.archivedAt === null) return;
      await this.partners.requireLive(agreement.partnerId, db);
      agreement.archivedAt = null;
    });
  }

  /** Load under lock, then check, apply, save and audit (applyRecordChange), all in one transaction. */
  private async changeAgreement(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (agreement: AgreementEntity, db: EntityManager) => Promise<void>,
  ): Promise<AgreementResponseDto> {
    return this.agreements.transaction(async (db) => {
      const agreement = await this.agreements.findByIdForUpdate(id, db);
      const saved = await applyRecordChange(db, this.audit, AGREEMENT, agreement, {
        actor,
        action,
        version,
        apply,
        save: (changed) => this.agreements.save(changed, db),
      });
      return toAgreementResponse(saved);
    });
  }
}

function assertDateOrder(startsOn: string | null, endsOn: string | null): void {
  if (startsOn !== null && endsOn !== null && endsOn < startsOn) throw agreementEndsBeforeStart();
}
