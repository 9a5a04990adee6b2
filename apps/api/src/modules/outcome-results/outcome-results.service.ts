import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { type Page, pageRequest, toPage } from '../../common/pagination/page';
import { notFound } from '../../common/problem/domain-error';
import { assertMayArchive } from '../../common/records/record-access';
import { type AuditedRecordKind, applyRecordChange } from '../../common/records/record-change';
import type { AuditAction } from '../audit/audit-entry.entity';
import { AuditLogService } from '../audit/audit-log.service';
import { ProgramReferenceRepository } from '../programs/program-reference.repository';
import type { AnswerCountsDto } from './dto/outcome-result-fields';
import type { CreateOutcomeResultDto } from './dto/create-outcome-result.dto';
import type { ListOutcomeResultsQueryDto } from './dto/list-outcome-results.query.dto';
import type { OutcomeResultResponseDto } from './dto/outcome-result.response.dto';
import type { UpdateOutcomeResultDto } from './dto/update-outcome-result.dto';
import type { OutcomeResultEntity } from './outcome-result.entity';
import { answered, outcomeResultAuditSnapshot, toOutcomeResultResponse } from './outcome-result.mapper';
import { concurrentDuplicate, countsDoNotAddUp, duplicateResult, fieldError, SESSION_MESSAGE } from './outcome-results.errors';
import { LIVE_RESULT_INDEX, OutcomeResultsRepository } from './outcome-results.repository';

const WHAT = 'outcome result';
const ENTITY_TYPE = 'outcome-result';

const OUTCOME_RESULT: AuditedRecordKind<OutcomeResultEntity> = {
  what: WHAT,
  entityType: ENTITY_TYPE,
  snapshot: outcomeResultAuditSnapshot,
  partnerOf: () => null,
};

type Counts = Pick<OutcomeResultEntity, 'stronglyDisagree' | 'disagree' | 'neutral' | 'agree' | 'stronglyAgree'>;

/**
 * Participant survey results of a program (or one of its sessions), per outcome measure and timing. The agree
 * share is derived on the way out, never stored or accepted. Program records: audited without a partner.
 */
@Injectable()
export class OutcomeResultsService {
  constructor(
    private readonly results: OutcomeResultsRepository,
    private readonly programs: ProgramReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async list(_actor: StaffMember, programId: string, query: ListOutcomeResultsQueryDto): Promise<Page<OutcomeResultResponseDto>> {
    await this.programs.requireExisting(programId);
    const page = pageRequest(query);
    const { rows, total } = await this.results.listForProgram(programId, query.archived ?? 'false', page);
    return toPage(rows.map(toOutcomeResultResponse), total, page);
  }

  async get(_actor: StaffMember, id: string): Promise<OutcomeResultResponseDto> {
    const result = await this.results.findById(id);
    if (!result) throw notFound(WHAT);
    return toOutcomeResultResponse(result);
  }

  async create(actor: StaffMember, programId: string, dto: CreateOutcomeResultDto): Promise<OutcomeResultResponseDto> {
    const counts = applyCounts(zeroCounts(), dto.counts);
    const nonResponses = dto.nonResponses ?? 0;
    assertAddsUp(counts, nonResponses, dto.respondents);
    const sessionId = dto.sessionId ?? null;
    return explainRace(() =>
      this.results.transaction(async (db) => {
        await this.programs.requireLive(programId, db);
        if (sessionId) await this.requireSessionOf(programId, sessionId, db);
        await this.assertNoLiveDuplicate({ programId, sessionId, timing: dto.timing, measure: dto.measure }, null, db);
        const saved = await this.results.insert(
          {
            programId,
            sessionId,
            timing: dto.timing,
            measure: dto.measure,
            respondents: dto.respondents,
            ...counts,
            nonResponses,
            collectedOn: dto.collectedOn ?? null,
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
          partnerId: null,
          after: outcomeResultAuditSnapshot(saved),
        });
        return toOutcomeResultResponse(saved);
      }),
    );
  }

  async update(actor: StaffMember, id: string, dto: UpdateOutcomeResultDto): Promise<OutcomeResultResponseDto> {
    return this.changeResult(actor, id, dto.version, 'update', async (result, db) => {
      await this.programs.requireLive(result.programId, db);
      // A session named anew must be a live one of this program; one since archived may stay.
      if (dto.sessionId !== undefined && dto.sessionId !== null && dto.sessionId !== result.sessionId) {
        await this.requireSessionOf(result.programId, dto.sessionId, db);
      }
      if (dto.sessionId !== undefined) result.sessionId = dto.sessionId;
      if (dto.timing !== undefined) result.timing = dto.timing;
      if (dto.measure !== undefined) result.measure = dto.measure;
      if (dto.respondents !== undefined) result.respondents = dto.respondents;
      if (dto.nonResponses !== undefined) result.nonResponses = dto.nonResponses;
      if (dto.collectedOn !== undefined) result.collectedOn = dto.collectedOn;
      Object.assign(result, applyCounts(result, dto.counts));
      assertAddsUp(result, result.nonResponses, result.respondents);
    });
  }

  async archive(actor: StaffMember, id: string, version: number): Promise<OutcomeResultResponseDto> {
    return this.changeResult(actor, id, version, 'archive', async (result) => {
      assertMayArchive(actor, result, WHAT);
      if (result.archivedAt === null) result.archivedAt = this.clock.now();
    });
  }

  async restore(actor: StaffMember, id: string, version: number): Promise<OutcomeResultResponseDto> {
    return this.changeResult(actor, id, version, 'restore', async (result, db) => {
      assertMayArchive(actor, result, WHAT);
      if (result.archivedAt === null) return;
      await this.programs.requireLive(result.programId, db);
      if (result.sessionId) await this.requireSessionOf(result.programId, result.sessionId, db);
      result.archivedAt = null;
    });
  }

  private async assertNoLiveDuplicate(
    key: Pick<OutcomeResultEntity, 'programId' | 'sessionId' | 'timing' | 'measure'>,
    exceptId: string | null,
    db: EntityManager,
  ): Promise<void> {
    if (await this.results.liveDuplicateExists(key, exceptId, db)) throw duplicateResult(key.timing, key.measure, key.sessionId !== null);
  }

  private async requireSessionOf(programId: string, sessionId: string, db: EntityManager): Promise<void> {
    const session = await this.results.findSession(sessionId, db);
    if (!session || session.programId !== programId || session.archived) throw fieldError('sessionId', SESSION_MESSAGE);
  }

  /** Load under lock, then check, apply, save and audit (applyRecordChange), all in one transaction. */
  private async changeResult(
    actor: StaffMember,
    id: string,
    version: number,
    action: Extract<AuditAction, 'update' | 'archive' | 'restore'>,
    apply: (result: OutcomeResultEntity, db: EntityManager) => Promise<void>,
  ): Promise<OutcomeResultResponseDto> {
    return explainRace(() =>
      this.results.transaction(async (db) => {
        const result = await this.results.findByIdForUpdate(id, db);
        const saved = await applyRecordChange(db, this.audit, OUTCOME_RESULT, result, {
          actor,
          action,
          version,
          apply,
          // Checked only when something changed: an edit or a restore may land on a live result's program, session, timing and measure.
          save: async (changed) => {
            if (changed.archivedAt === null) await this.assertNoLiveDuplicate(changed, changed.id, db);
            return this.results.save(changed, db);
          },
        });
        return toOutcomeResultResponse(saved);
      }),
    );
  }
}

function zeroCounts(): Counts {
  return { stronglyDisagree: 0, disagree: 0, neutral: 0, agree: 0, stronglyAgree: 0 };
}

/** The counts with the options given applied (options left out keep their value). */
function applyCounts(current: Counts, given: AnswerCountsDto | undefined): Counts {
  return {
    stronglyDisagree: given?.['strongly-disagree'] ?? current.stronglyDisagree,
    disagree: given?.disagree ?? current.disagree,
    neutral: given?.neutral ?? current.neutral,
    agree: given?.agree ?? current.agree,
    stronglyAgree: given?.['strongly-agree'] ?? current.stronglyAgree,
  };
}

function assertAddsUp(counts: Counts, nonResponses: number, respondents: number): void {
  const total = answered(counts) + nonResponses;
  if (total !== respondents) throw countsDoNotAddUp(total, respondents);
}

/**
 * Two people adding the same result at once both pass the duplicate check; the partial unique index refuses the
 * second. Say so in words instead of a 500.
 */
async function explainRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, LIVE_RESULT_INDEX)) throw concurrentDuplicate();
    throw error;
  }
}
