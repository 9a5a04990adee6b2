import { Injectable, Logger } from '@nestjs/common';
import { roleAtLeast } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/problem/domain-error';
import { AuditLogService } from '../audit/audit-log.service';
import { Mailer } from '../digest/mailer';
import { HealthSnapshotsService } from '../health/health-snapshots.service';
import { PartnerReferenceRepository } from '../partners/partner-reference.repository';
import { answersProblemDetail, checkAnswers, type StoredAnswers } from './assessment-answers';
import { staffItemBank } from './assessment-item-bank';
import { WAVES_LISTED, waveWindow } from './assessment-waves';
import { assessmentAuditSnapshot, toAssessmentDto, toInvitationDto } from './assessments.mapper';
import { type AssessmentRow, AssessmentsRepository, type NewAssessment } from './assessments.repository';
import type { AnswerAssessmentDto } from './dto/answer-assessment.dto';
import type { AssessmentItemsDto } from './dto/assessment-items.response.dto';
import type { AssessmentDto, PartnerAssessmentsDto } from './dto/assessment.response.dto';

export const ASSESSMENT = 'assessment';

/**
 * Staff answers to the partnership assessment and the partner page's list of waves. Answers are checked before
 * anything is written; a response is saved and audited in one transaction, then the health snapshot is taken.
 */
@Injectable()
export class AssessmentsService {
  private readonly logger = new Logger(AssessmentsService.name);

  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly mailer: Mailer,
    private readonly healthSnapshots: HealthSnapshotsService,
    private readonly clock: Clock,
  ) {}

  items(): AssessmentItemsDto {
    return staffItemBank();
  }

  /**
   * The partner's waves, newest first. Item-level answers and comments go to managers and administrators, and to a
   * librarian for their own response only (DOMAIN.md); invitations to managers and administrators only.
   */
  async list(actor: StaffMember, partnerId: string): Promise<PartnerAssessmentsDto> {
    await this.partners.requireExisting(partnerId);
    const manager = roleAtLeast(actor.role, 'manager');
    const waves = await this.assessments.listWaves(partnerId, WAVES_LISTED);
    const ids = waves.map((wave) => wave.id);
    const [responses, invitations] = await Promise.all([
      this.assessments.listResponses(ids),
      manager ? this.assessments.listInvitations(ids) : Promise.resolve([]),
    ]);
    const now = this.clock.now();
    return {
      waves: waves.map((wave) => ({
        id: wave.id,
        openedOn: wave.opened_on,
        responses: responses.filter((r) => r.wave_id === wave.id).map((r) => toAssessmentDto(r, manager || isOwn(r, actor))),
        invitations: invitations.filter((i) => i.wave_id === wave.id).map((i) => toInvitationDto(i, now)),
      })),
      emailEnabled: this.mailer.enabled,
    };
  }

  /** A staff member's own answers (side library). A new response never replaces an older one: history stays. */
  async answer(actor: StaffMember, partnerId: string, dto: AnswerAssessmentDto): Promise<AssessmentDto> {
    const answers = checkedAnswers(dto);
    const now = this.clock.now();
    const row = await this.assessments.transaction(async (db) => {
      const partner = await this.partners.requireLive(partnerId, db);
      const { since, today } = waveWindow(now);
      const wave = await this.assessments.currentOrNewWave(partner.id, since, today, actor.id, now, db);
      return this.save(
        {
          partnerId: partner.id,
          waveId: wave.id,
          side: 'library',
          respondentUserId: actor.id,
          respondentContactId: null,
          invitationId: null,
          answeredAt: now,
          answers,
          collaborationLevel: dto.collaborationLevel ?? null,
          comments: dto.comments ?? null,
        },
        actor.id,
        db,
      );
    });
    await this.afterAssessmentSaved(partnerId);
    return toAssessmentDto(row, true);
  }

  /** Inserts a response and its audit entry (in the caller's transaction) and reads it back as the API shows it. */
  async save(assessment: NewAssessment, actorId: string | null, db: EntityManager): Promise<AssessmentRow> {
    const id = await this.assessments.insertAssessment(assessment, db);
    const row = (await this.assessments.findAssessment(id, db))!;
    await this.audit.record(db, {
      actorId,
      entityType: ASSESSMENT,
      entityId: id,
      action: 'create',
      partnerId: assessment.partnerId,
      after: assessmentAuditSnapshot(assessment, row.respondent_name),
    });
    return row;
  }

  /**
   * After a response has been committed, staff or partner: today's health snapshot of the partner (reason
   * 'assessment'), so the trend shows the answer at once. A failed snapshot never fails the submission: the answers
   * are saved, the monthly run catches up, and the log says what went wrong.
   */
  async afterAssessmentSaved(partnerId: string): Promise<void> {
    try {
      await this.healthSnapshots.recordAfterAssessment(partnerId);
    } catch (error) {
      this.logger.error(`Health snapshot after an assessment of partner ${partnerId} failed: ${(error as Error).message}`);
    }
  }
}

/** The answers as stored, or 400 naming each statement at fault; nothing has been written yet. */
export function checkedAnswers(dto: AnswerAssessmentDto): StoredAnswers {
  const check = checkAnswers(dto.answers, dto.valueAnswers);
  if (!check.ok) throw new DomainError('validation_failed', answersProblemDetail(check.errors, check.missing), check.errors);
  return check.answers;
}

function isOwn(row: AssessmentRow, actor: StaffMember): boolean {
  return row.side === 'library' && row.respondent_user_id === actor.id;
}
