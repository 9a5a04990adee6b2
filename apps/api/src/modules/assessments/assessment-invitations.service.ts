import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/problem/domain-error';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditLogService } from '../audit/audit-log.service';
import { Mailer } from '../digest/mailer';
import { PartnerReferenceRepository } from '../partners/partner-reference.repository';
import { partnerItemBank } from './assessment-item-bank';
import { hashLinkToken, newLinkToken } from './assessment-link-token';
import { waveWindow } from './assessment-waves';
import { emailNotConfigured, emailNotSent, linkExpired, linkNotFound, linkUsed } from './assessments.errors';
import { toInvitationDto } from './assessments.mapper';
import { AssessmentsRepository, type InvitationByToken } from './assessments.repository';
import { AssessmentsService, checkedAnswers } from './assessments.service';
import type { AnswerAssessmentDto } from './dto/answer-assessment.dto';
import type { AssessmentThanksDto, PublicAssessmentDto } from './dto/assessment-items.response.dto';
import type { CreatedInvitationDto } from './dto/assessment.response.dto';
import type { CreateAssessmentInvitationDto } from './dto/create-invitation.dto';
import { invitationEmail } from './invitation-email';

export const INVITATION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One-time links for a partner contact, and the partner's side of them (no session). A link's token is shown once
 * and stored only as its SHA-256; it works once, for 30 days.
 */
@Injectable()
export class AssessmentInvitationsService {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly responses: AssessmentsService,
    private readonly partners: PartnerReferenceRepository,
    private readonly audit: AuditLogService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(actor: StaffMember, partnerId: string, dto: CreateAssessmentInvitationDto): Promise<CreatedInvitationDto> {
    const sendEmail = dto.sendEmail ?? false;
    if (sendEmail && !this.mailer.enabled) throw emailNotConfigured();
    const now = this.clock.now();
    const token = newLinkToken();
    const link = `${this.config.appUrl}/assessment/${token}`;
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * DAY_MS);
    const invitation = await this.assessments.transaction(async (db) => {
      const partner = await this.partners.requireLive(partnerId, db);
      const contact = await this.assessments.findContact(partner.id, dto.contactId, db);
      if (!contact || contact.archived) throw contactProblem('Choose a contact of this partner who is in use (not archived).');
      if (sendEmail && !contact.email) {
        throw contactProblem(`${contact.name} has no email address. Add one to the contact, or create the link without emailing it and copy it.`);
      }
      const { since, today } = waveWindow(now);
      const wave = await this.assessments.currentOrNewWave(partner.id, since, today, actor.id, now, db);
      const id = await this.assessments.insertInvitation(
        { partnerId: partner.id, contactId: contact.id, waveId: wave.id, tokenHash: hashLinkToken(token), createdAt: now, expiresAt, createdBy: actor.id },
        db,
      );
      await this.audit.record(db, {
        actorId: actor.id,
        entityType: 'assessment-invitation',
        entityId: id,
        action: 'create',
        partnerId: partner.id,
        after: { contactId: contact.id, waveId: wave.id, expiresAt: expiresAt.toISOString(), emailed: sendEmail },
      });
      if (sendEmail) {
        // Sent before the commit: when the mail server refuses, no link exists that nobody received.
        const libraryName = await this.assessments.libraryName(db);
        const mail = invitationEmail({ contact: { name: contact.name, email: contact.email! }, sender: actor.name, partnerName: partner.name, libraryName, link, expiresAt });
        await this.mailer.send(mail).catch(() => {
          throw emailNotSent();
        });
        await this.assessments.markEmailed(id, now, db);
      }
      return (await this.assessments.findInvitation(id, db))!;
    });
    return { invitation: toInvitationDto(invitation, now), link };
  }

  /** What the partner's form shows, and nothing else of the library's data. */
  async view(token: string): Promise<PublicAssessmentDto> {
    const invitation = await this.usable(token);
    const libraryName = await this.assessments.libraryName();
    return {
      partnerName: invitation.partner_name,
      libraryName,
      contactName: firstName(invitation.contact_name),
      expiresAt: invitation.expires_at.toISOString(),
      ...partnerItemBank(),
    };
  }

  /**
   * The partner's answers: side partner, answered by the invitation's contact, in the invitation's wave. The link is
   * used in the same transaction as the insert, so of two submissions at once one is saved and the other gets 410.
   */
  async submit(token: string, dto: AnswerAssessmentDto): Promise<AssessmentThanksDto> {
    const known = await this.usable(token);
    const answers = checkedAnswers(dto);
    const now = this.clock.now();
    const tokenHash = hashLinkToken(token);
    await this.assessments.transaction(async (db) => {
      const claimed = await this.assessments.claimInvitation(tokenHash, now, db);
      // Lost a race (or the link expired meanwhile): nothing is written, and the answer says which.
      if (!claimed) throw refusal((await this.assessments.findInvitationByTokenHash(tokenHash, db)) ?? known, now) ?? linkUsed();
      await this.responses.save(
        {
          partnerId: claimed.partner_id,
          waveId: claimed.wave_id,
          side: 'partner',
          respondentUserId: null,
          respondentContactId: claimed.contact_id,
          invitationId: claimed.id,
          answeredAt: now,
          answers,
          collaborationLevel: dto.collaborationLevel ?? null,
          comments: dto.comments ?? null,
        },
        null,
        db,
      );
    });
    await this.responses.afterAssessmentSaved(known.partner_id);
    const libraryName = await this.assessments.libraryName();
    return { thanks: `Thank you, ${firstName(known.contact_name)}. Your answers have reached ${libraryName}.` };
  }

  /** The invitation behind a token: 404 unknown, 410 used or expired. */
  private async usable(token: string): Promise<InvitationByToken> {
    const invitation = await this.assessments.findInvitationByTokenHash(hashLinkToken(token));
    if (!invitation) throw linkNotFound();
    const problem = refusal(invitation, this.clock.now());
    if (problem) throw problem;
    return invitation;
  }
}

/** Why a link no longer works at `now` (used first: a used link stays "used" after its expiry), or null if it does. */
function refusal(invitation: Pick<InvitationByToken, 'used_at' | 'expires_at'>, now: Date): DomainError | null {
  if (invitation.used_at) return linkUsed();
  if (invitation.expires_at.getTime() <= now.getTime()) return linkExpired(invitation.expires_at);
  return null;
}

function contactProblem(message: string): DomainError {
  return new DomainError('validation_failed', message, [{ field: 'contactId', message }]);
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
