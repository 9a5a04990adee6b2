import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { type Page, pageRequest, toPage } from '../../common/pagination/page';
import { DomainError, notFound } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import { type AuditedRecordKind, applyRecordChange } from '../../common/records/record-change';
import type { AuditAction } from '../audit/audit-entry.entity';
import { AuditLogService } from '../audit/audit-log.service';
import { requireLivePartnerField, requireLiveProgramField } from '../contributions/linked-records';
import { PartnerReferenceRepository } from '../partners/partner-reference.repository';
import { ProgramReferenceRepository } from '../programs/program-reference.repository';
import type { CreateImpactNoteDto } from './dto/create-impact-note.dto';
import type { ImpactNoteResponseDto } from './dto/impact-note.response.dto';
import type { ListImpactNotesQueryDto } from './dto/list-impact-notes.query.dto';
import type { UpdateImpactNoteDto } from './dto/update-impact-note.dto';
import type { ImpactNoteEntity } from './impact-note.entity';
import { impactNoteAuditSnapshot, toImpactNoteResponse } from './impact-note.mapper';
import { ImpactNotesRepository } from './impact-notes.repository';

const WHAT = 'note';
const ENTITY_TYPE = 'impact-note';
export const LINK_REQUIRED_MESSAGE = 'Link the note to a partner, a program, or both.';

type Links = Pick<ImpactNoteEntity, 'partnerId' | 'programId'>;

const NOTE: AuditedRecordKind<ImpactNoteEntity> = {
  what: WHAT,
  entityType: ENTITY_TYPE,
  snapshot: impactNoteAuditSnapshot,
  partnerOf: (note) => note.partnerId,
};

/**
 * Impact notes: stories, quotes, outcomes, lessons and media mentions, each showing one of NILPPA's value
 * dimensions. Audited on the note's partner when it has one.
 */
@Injectable()
export class ImpactNotesService {
  constructor(
    private readonly notes: ImpactNotesRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly programs: ProgramReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async list(_actor: StaffMember, query: ListImpactNotesQueryDto): Promise<Page<ImpactNoteResponseDto>> {
    const page = pageRequest(query);
    const { rows, total } = await this.notes.list(
      {
        partnerId: query.partnerId,
        programId: query.programId,
        dimension: query.dimension,
        kind: query.kind,
        shareableOnly: query.consented === true,
        archived: query.archived ?? 'false',
      },
      page,
    );
    return toPage(rows.map(toImpactNoteResponse), total, page);
  }

  async get(_actor: StaffMember, id: string): Promise<ImpactNoteResponseDto> {
    const row = await this.notes.findView(id);
    if (!row) throw notFound(WHAT);
    return toImpactNoteResponse(row);
  }

  async create(actor: StaffMember, dto: CreateImpactNoteDto): Promise<ImpactNoteResponseDto> {
    const links: Links = { partnerId: dto.partnerId ?? null, programId: dto.programId ?? null };
    assertLinked(links);
    return this.notes.transaction(async (db) => {
      await this.requireLiveLinks(links, db);
      const saved = await this.notes.insert(
        {
          ...links,
          kind: dto.kind,
          text: dto.text,
          attribution: dto.attribution ?? null,
          valueDimension: dto.valueDimension,
          consentToQuote: dto.consentToQuote ?? false,
          notedOn: dto.notedOn ?? this.clock.now().toISOString().slice(0, 10),
          sourceUrl: dto.sourceUrl ?? null,
          createdBy: actor.id,
          updatedBy: actor.id,
          archivedAt: null,
        },
        db,
      );
      await this.audit.record(db, {
        actorId: actor.id,
        entityType: ENTITY_TYPE,
        entityId: saved.id,
        action: 'create',
        partnerId: saved.partnerId,
        after: impactNoteAuditSnapshot(saved),
      });
      return toImpactNoteResponse((await this.notes.findView(saved.id, db))!);
    });
  }

  async update(actor: StaffMember, id: string, dto: UpdateImpactNoteDto): Promise<ImpactNoteResponseDto> {
    return this.changeNote(actor, id, dto.version, 'update', async (note, db) => {
      if (dto.kind !== undefined) note.kind = dto.kind;
      if (dto.text !== undefined) note.text = dto.text;
      if (dto.attribution !== undefined) note.attribution = dto.attribution;
      if (dto.valueDimension !== undefined) note.valueDimension = dto.valueDimension;
      if (dto.consentToQuote !== undefined) note.consentToQuote = dto.consentToQuote;
      if (dto.partnerId !== undefined) note.partnerId = dto.partnerId;
      if (dto.programId !== undefined) note.programId = dto.programId;
      if (dto.notedOn !== undefined) note.notedOn = dto.notedOn;
      if (dto.sourceUrl !== undefined) note.sourceUrl = dto.sourceUrl;
      assertLinked(note);
      await this.requireLiveLinks(note, db);
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<ImpactNoteResponseDto> {
    return this.changeNote(actor, id, version, 'archive', async (note) => {
      assertMayArchive(actor, note, WHAT);
      if (note.archivedAt === null) note.archivedAt = this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<ImpactNoteResponseDto> {
    return this.changeNote(actor, id, version, 'restore', async (note, db) => {
      assertMayArchive(actor, note, WHAT);
      if (note.archivedAt === null) return;
      await this.requireLiveLinks(note, db);
      note.archivedAt = null;
    });
  }

  /** The partner and program a note names must be in use (share-locked until the transaction ends). */
  private async requireLiveLinks(links: Links, db: EntityManager): Promise<void> {
    if (links.partnerId) await requireLivePartnerField(this.partners, links.partnerId, db);
    if (links.programId) await requireLiveProgramField(this.programs, links.programId, db);
  }

  /** Load under lock, then check, apply, save and audit (applyRecordChange), all in one transaction. */
  private async changeNote(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (note: ImpactNoteEntity, db: EntityManager) => Promise<void>,
  ): Promise<ImpactNoteResponseDto> {
    return this.notes.transaction(async (db) => {
      const note = await this.notes.findByIdForUpdate(id, db);
      await applyRecordChange(db, this.audit, NOTE, note, {
        actor,
        action,
        version,
        apply,
        save: (changed) => this.notes.save(changed, db),
      });
      return toImpactNoteResponse((await this.notes.findView(id, db))!);
    });
  }
}

/** CHK_impact_notes_link, checked first so the answer names the field. */
function assertLinked(links: Links): void {
  if (links.partnerId === null && links.programId === null) {
    throw new DomainError('validation_failed', LINK_REQUIRED_MESSAGE, [{ field: 'partnerId', message: LINK_REQUIRED_MESSAGE }]);
  }
}
