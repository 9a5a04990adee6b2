import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Side } from '@common-ground/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { prepared } from '../../common/database/prepared-query';
import type { StoredAnswers } from './assessment-answers';

export interface WaveRow {
  id: string;
  opened_on: string;
}

export interface AssessmentRow {
  id: string;
  wave_id: string;
  side: Side;
  respondent_user_id: string | null;
  respondent_contact_id: string | null;
  respondent_name: string;
  answered_at: Date;
  answers: StoredAnswers;
  collaboration_level: number | null;
  comments: string | null;
}

export interface InvitationRow {
  id: string;
  wave_id: string;
  contact_id: string;
  contact_name: string;
  contact_email: string | null;
  created_at: Date;
  expires_at: Date;
  emailed_at: Date | null;
  used_at: Date | null;
}

/** An invitation found by its token's hash, with what the partner's form shows. */
export interface InvitationByToken {
  id: string;
  partner_id: string;
  partner_name: string;
  contact_id: string;
  contact_name: string;
  wave_id: string;
  expires_at: Date;
  used_at: Date | null;
}

export interface NewAssessment {
  partnerId: string;
  waveId: string;
  side: Side;
  respondentUserId: string | null;
  respondentContactId: string | null;
  invitationId: string | null;
  answeredAt: Date;
  answers: StoredAnswers;
  collaborationLevel: number | null;
  comments: string | null;
}

export interface NewInvitation {
  partnerId: string;
  contactId: string;
  waveId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  createdBy: string;
}

const ASSESSMENT_COLUMNS = `a.id, a.wave_id, a.side, a.respondent_user_id, a.respondent_contact_id,
       coalesce(u.name, c.name) AS respondent_name, a.answered_at, a.answers, a.collaboration_level, a.comments`;
const ASSESSMENT_JOINS = `LEFT JOIN users u ON u.id = a.respondent_user_id LEFT JOIN contacts c ON c.id = a.respondent_contact_id`;
const INVITATION_COLUMNS = `i.id, i.wave_id, i.contact_id, c.name AS contact_name, c.email AS contact_email, i.created_at, i.expires_at,
       i.emailed_at, i.used_at`;

/** Waves, responses and invitations. The only place that builds their queries. */
@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The partner's newest wave opened on or after `since`, or a new one opened `today`. Serialised per partner with a
   * transaction-scoped advisory lock, so two answers arriving together cannot open two waves.
   */
  async currentOrNewWave(partnerId: string, since: string, today: string, openedBy: string, now: Date, db: EntityManager): Promise<WaveRow> {
    await prepared(db, `SELECT pg_advisory_xact_lock(hashtextextended('assessment-wave:' || $1::text, 0))`, [partnerId]);
    const current = await prepared<WaveRow>(
      db,
      `SELECT id, to_char(opened_on, 'YYYY-MM-DD') AS opened_on FROM assessment_waves
        WHERE partner_id = $1 AND opened_on >= $2::date ORDER BY opened_on DESC, created_at DESC LIMIT 1`,
      [partnerId, since],
    );
    if (current[0]) return current[0];
    const created = await prepared<WaveRow>(
      db,
      `INSERT INTO assessment_waves (partner_id, opened_on, opened_by, created_at) VALUES ($1, $2::date, $3, $4)
       RETURNING id, to_char(opened_on, 'YYYY-MM-DD') AS opened_on`,
      [partnerId, today, openedBy, now],
    );
    return created[0]!;
  }

  async insertAssessment(a: NewAssessment, db: EntityManager): Promise<string> {
    const rows = await prepared<{ id: string }>(
      db,
      `INSERT INTO assessments (partner_id, wave_id, side, respondent_user_id, respondent_contact_id, invitation_id, answered_at, answers,
                                collaboration_level, comments, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $7) RETURNING id`,
      [
        a.partnerId,
        a.waveId,
        a.side,
        a.respondentUserId,
        a.respondentContactId,
        a.invitationId,
        a.answeredAt,
        JSON.stringify(a.answers),
        a.collaborationLevel,
        a.comments,
      ],
    );
    return rows[0]!.id;
  }

  async findAssessment(id: string, db: EntityManager = this.dataSource.manager): Promise<AssessmentRow | null> {
    const rows = await prepared<AssessmentRow>(db, `SELECT ${ASSESSMENT_COLUMNS} FROM assessments a ${ASSESSMENT_JOINS} WHERE a.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The partner's newest `limit` waves, newest first. */
  async listWaves(partnerId: string, limit: number): Promise<WaveRow[]> {
    return prepared<WaveRow>(
      this.dataSource.manager,
      `SELECT id, to_char(opened_on, 'YYYY-MM-DD') AS opened_on FROM assessment_waves
        WHERE partner_id = $1 ORDER BY opened_on DESC, created_at DESC LIMIT $2`,
      [partnerId, limit],
    );
  }

  async listResponses(waveIds: readonly string[]): Promise<AssessmentRow[]> {
    if (waveIds.length === 0) return [];
    return prepared<AssessmentRow>(
      this.dataSource.manager,
      `SELECT ${ASSESSMENT_COLUMNS} FROM assessments a ${ASSESSMENT_JOINS}
        WHERE a.wave_id = ANY($1::uuid[]) ORDER BY a.answered_at DESC, a.id`,
      [waveIds],
    );
  }

  async listInvitations(waveIds: readonly string[]): Promise<InvitationRow[]> {
    if (waveIds.length === 0) return [];
    return prepared<InvitationRow>(
      this.dataSource.manager,
      `SELECT ${INVITATION_COLUMNS} FROM assessment_invitations i JOIN contacts c ON c.id = i.contact_id
        WHERE i.wave_id = ANY($1::uuid[]) ORDER BY i.created_at DESC, i.id`,
      [waveIds],
    );
  }

  /** A contact of this partner, archived or not (the caller decides); null when it is not this partner's. */
  async findContact(partnerId: string, contactId: string, db: EntityManager): Promise<{ id: string; name: string; email: string | null; archived: boolean } | null> {
    const rows = await prepared<{ id: string; name: string; email: string | null; archived: boolean }>(
      db,
      `SELECT id, name, email, archived_at IS NOT NULL AS archived FROM contacts WHERE id = $1 AND partner_id = $2`,
      [contactId, partnerId],
    );
    return rows[0] ?? null;
  }

  async insertInvitation(invitation: NewInvitation, db: EntityManager): Promise<string> {
    const rows = await prepared<{ id: string }>(
      db,
      `INSERT INTO assessment_invitations (partner_id, contact_id, wave_id, token_hash, expires_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [invitation.partnerId, invitation.contactId, invitation.waveId, invitation.tokenHash, invitation.expiresAt, invitation.createdBy, invitation.createdAt],
    );
    return rows[0]!.id;
  }

  async markEmailed(id: string, at: Date, db: EntityManager): Promise<void> {
    await prepared(db, `UPDATE assessment_invitations SET emailed_at = $2 WHERE id = $1`, [id, at]);
  }

  async findInvitation(id: string, db: EntityManager = this.dataSource.manager): Promise<InvitationRow | null> {
    const rows = await prepared<InvitationRow>(
      db,
      `SELECT ${INVITATION_COLUMNS} FROM assessment_invitations i JOIN contacts c ON c.id = i.contact_id WHERE i.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * The invitation whose token hashes to `tokenHash`. The comparison is an index lookup of the hash, never a
   * character-by-character comparison of the token itself, so the time it takes says nothing about how close a
   * guessed token came: this is the constant-time part of checking a link.
   */
  async findInvitationByTokenHash(tokenHash: string, db: EntityManager = this.dataSource.manager): Promise<InvitationByToken | null> {
    const rows = await prepared<InvitationByToken>(
      db,
      `SELECT i.id, i.partner_id, p.name AS partner_name, i.contact_id, c.name AS contact_name, i.wave_id, i.expires_at, i.used_at
         FROM assessment_invitations i JOIN partners p ON p.id = i.partner_id JOIN contacts c ON c.id = i.contact_id
        WHERE i.token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /**
   * Uses the link, once: the row lock makes a second submission wait for the first to commit, then find used_at set
   * and get no row. Null when the link is unknown, used or expired at `now`.
   */
  async claimInvitation(tokenHash: string, now: Date, db: EntityManager): Promise<{ id: string; partner_id: string; contact_id: string; wave_id: string } | null> {
    const rows = await prepared<{ id: string; partner_id: string; contact_id: string; wave_id: string }>(
      db,
      `UPDATE assessment_invitations SET used_at = $2
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
        RETURNING id, partner_id, contact_id, wave_id`,
      [tokenHash, now],
    );
    return rows[0] ?? null;
  }

  async libraryName(db: EntityManager = this.dataSource.manager): Promise<string> {
    const rows = await prepared<{ library_name: string }>(db, `SELECT library_name FROM library_settings WHERE id = 1`, []);
    return rows[0]?.library_name ?? 'The library';
  }
}
