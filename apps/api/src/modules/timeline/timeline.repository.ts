import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import type { PageRequest } from '../../common/pagination/page';

/** One item of a partner's timeline: an audit entry, or (source 'communication') a logged communication itself. */
export interface TimelineRow {
  source: 'audit' | 'communication';
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  record_label: string | null;
  liaison_before_name: string | null;
  liaison_after_name: string | null;
  /** Communications (the item, or the one an audit entry is about): its channel and when it happened. */
  communication_channel: string | null;
  communication_occurred_at: Date | null;
  /**
   * An audit entry about a communication: whether that communication is archived now (the entry may be an old
   * archive since undone). Null on every other row, the communication itself included: only live ones are listed,
   * so nothing needs looking up.
   */
  communication_archived: boolean | null;
  /** Commitments: the due date as it is now. */
  commitment_due_on: string | null;
  /** The communication itself only. */
  communication: TimelineCommunicationRow | null;
  /** Program records (the program, a role, a contribution, a note): its program and its details as they are now. */
  program_record: TimelineProgramRecordRow | null;
  /** The timeline's partner: program records' sentences name it ("added Riverside Clinic to …"). */
  partner_name: string | null;
  /** Every item of the timeline (for these sources), counted once per query. */
  total: number;
}

export interface TimelineCommunicationRow {
  initiated_by: string;
  two_way: boolean;
  substantive: boolean;
  summary: string;
  staff: { id: string; name: string }[];
  contacts: { id: string; name: string }[];
  factor_tags: { factor: string; sign: string; note: string | null }[];
  follow_up_count: number;
}

/** A program record's program (null for a contribution or note of no program) and the fields its sentence needs. */
export interface TimelineProgramRecordRow {
  program_id: string | null;
  program_title: string | null;
  /** A role's role. */
  role?: string | null;
  /** A contribution's line. */
  side?: string | null;
  type?: string | null;
  stage?: string | null;
  quantity?: number | null;
  unit?: string | null;
  money_value?: number | null;
  /** A note's kind. */
  kind?: string | null;
}

/**
 * What to read: audit entries of these record types carrying the partner (never none), whether the communications
 * themselves come too, and whether the events of the programs the partner has a role in do.
 */
export interface TimelineSources {
  auditTypes: readonly string[];
  communications: boolean;
  programs: boolean;
}

/**
 * A program's audit entries that matter to its partners: held, cancelled or postponed (status), moved (dates),
 * archived or restored. Its other edits (description, checklist, creation: the partner's role entry says that)
 * are the program page's business, not each partner's.
 */
const PROGRAM_EVENT = `(a.action IN ('archive', 'restore') OR (a.action = 'update' AND a.changes ?| ARRAY['status', 'startsOn', 'endsOn']))`;

/** The programs ($1) the partner has a role in use in: each one's audit entries are looked up by IDX_audit_entries_entity. */
const PARTNER_PROGRAMS = `SELECT r.program_id FROM program_roles r WHERE r.partner_id = $1 AND r.archived_at IS NULL`;

@Injectable()
export class TimelineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async partnerExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM partners WHERE id = $1', [id]);
    return rows.length > 0;
  }

  /**
   * One page of the partner's timeline, newest first: its audit entries (through IDX_audit_entries_partner) merged
   * with its live communications (through IDX_communications_partner_occurred) and with the events of the programs
   * it has a role in (IDX_program_roles_partner, then IDX_audit_entries_entity per program). Each side is cut to
   * offset + limit rows before the merge, so a page reads a page's worth of each index however long the history is.
   * A communication's own 'create' entry is left out: the communication itself stands for it. Names and, for
   * communications, participants, factor tags and follow-up counts (for entries about a communication, whether it is
   * archived now; for program records, their program and details) are looked up for the page's rows only. No rows
   * and total 0 for a partner that does not exist (the service tells that apart).
   */
  async page(partnerId: string, sources: TimelineSources, page: PageRequest): Promise<{ rows: TimelineRow[]; total: number }> {
    // Each side can contribute at most offset + limit rows to the page.
    const branches = [
      `(SELECT 'audit' AS source, a.id, a.occurred_at, a.sequence, a.actor_id, a.entity_type, a.entity_id, a.action, a.changes
          FROM audit_entries a
         WHERE a.partner_id = $1 AND a.entity_type = ANY($2::text[]) AND NOT (a.entity_type = 'communication' AND a.action = 'create')
         ORDER BY a.occurred_at DESC, a.sequence DESC
         LIMIT $3)`,
    ];
    if (sources.programs) {
      // A program's own entries carry no partner: they are found through the partner's roles (several roles in one
      // program still find each entry once, IN being a semi-join).
      branches.push(`(SELECT 'audit', a.id, a.occurred_at, a.sequence, a.actor_id, a.entity_type, a.entity_id, a.action, a.changes
                        FROM audit_entries a
                       WHERE a.entity_type = 'program' AND a.entity_id IN (${PARTNER_PROGRAMS}) AND ${PROGRAM_EVENT}
                       ORDER BY a.occurred_at DESC, a.sequence DESC
                       LIMIT $3)`);
    }
    if (sources.communications) {
      // No audit sequence: a communication sorts below audit entries of the same instant.
      branches.push(`(SELECT 'communication', c.id, c.occurred_at, NULL::bigint, c.created_by, 'communication', c.id, 'log', '{}'::jsonb
                        FROM communications c
                       WHERE c.partner_id = $1 AND c.archived_at IS NULL
                       ORDER BY c.occurred_at DESC, c.id DESC
                       LIMIT $3)`);
    }
    // Names, labels and a communication's details are scalar subqueries by primary key, each run only for the page's
    // rows of its kind (CASE): cheaper to plan and run than joining every table the items might point at.
    // Prepared (see preparedQuery): merging five sources with their look-ups costs about as much to plan as to run,
    // and there are only a few shapes (one per kind).
    const rows = await preparedQuery<TimelineRow>(
      this.dataSource,
      `SELECT t.source, t.id, t.occurred_at, t.actor_id, (SELECT u.name FROM users u WHERE u.id = t.actor_id) AS actor_name,
              t.entity_type, t.entity_id, t.action, t.changes,
              CASE t.entity_type
                WHEN 'contact' THEN (SELECT ct.name FROM contacts ct WHERE ct.id = t.entity_id)
                WHEN 'goal' THEN (SELECT g.text FROM goals g WHERE g.id = t.entity_id)
                WHEN 'agreement' THEN (SELECT ag.title FROM agreements ag WHERE ag.id = t.entity_id)
                WHEN 'commitment' THEN (SELECT cm.description FROM commitments cm WHERE cm.id = t.entity_id)
                WHEN 'assessment-invitation' THEN (
                  SELECT k.name FROM assessment_invitations i JOIN contacts k ON k.id = i.contact_id WHERE i.id = t.entity_id)
              END AS record_label,
              CASE WHEN t.changes ? 'liaisonId' THEN
                (SELECT u.name FROM users u WHERE u.id = (t.changes->'liaisonId'->>'before')::uuid) END AS liaison_before_name,
              CASE WHEN t.changes ? 'liaisonId' THEN
                (SELECT u.name FROM users u WHERE u.id = (t.changes->'liaisonId'->>'after')::uuid) END AS liaison_after_name,
              CASE WHEN t.entity_type = 'communication' THEN
                (SELECT co.channel FROM communications co WHERE co.id = t.entity_id) END AS communication_channel,
              CASE WHEN t.entity_type = 'communication' THEN
                (SELECT co.occurred_at FROM communications co WHERE co.id = t.entity_id) END AS communication_occurred_at,
              CASE WHEN t.source = 'audit' AND t.entity_type = 'communication' THEN
                (SELECT co.archived_at IS NOT NULL FROM communications co WHERE co.id = t.entity_id) END AS communication_archived,
              CASE WHEN t.entity_type = 'commitment' THEN
                (SELECT cm.due_on::text FROM commitments cm WHERE cm.id = t.entity_id) END AS commitment_due_on,
              CASE WHEN t.source = 'communication' THEN (
                SELECT json_build_object(
                         'initiated_by', co.initiated_by, 'two_way', co.two_way, 'substantive', co.substantive, 'summary', co.summary,
                         'staff', (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY s.n), '[]')
                                     FROM unnest(co.staff_participant_ids) WITH ORDINALITY s(id, n) JOIN users u ON u.id = s.id),
                         'contacts', (SELECT coalesce(json_agg(json_build_object('id', k.id, 'name', k.name) ORDER BY s.n), '[]')
                                        FROM unnest(co.contact_participant_ids) WITH ORDINALITY s(id, n) JOIN contacts k ON k.id = s.id),
                         'factor_tags', (SELECT coalesce(json_agg(json_build_object('factor', f.factor, 'sign', f.sign, 'note', f.note)), '[]')
                                           FROM communication_factor_tags f WHERE f.communication_id = co.id),
                         'follow_up_count', (SELECT count(*) FROM commitments fu WHERE fu.communication_id = co.id AND fu.archived_at IS NULL))
                  FROM communications co WHERE co.id = t.id) END AS communication,
              CASE t.entity_type
                WHEN 'program' THEN (SELECT json_build_object('program_id', pg.id, 'program_title', pg.title) FROM programs pg WHERE pg.id = t.entity_id)
                WHEN 'program-role' THEN (
                  SELECT json_build_object('program_id', pg.id, 'program_title', pg.title, 'role', r.role)
                    FROM program_roles r JOIN programs pg ON pg.id = r.program_id WHERE r.id = t.entity_id)
                WHEN 'contribution' THEN (
                  SELECT json_build_object('program_id', pg.id, 'program_title', pg.title, 'side', k.side, 'type', k.type, 'stage', k.stage,
                                           'quantity', k.quantity, 'unit', k.unit, 'money_value', k.money_value)
                    FROM contributions k LEFT JOIN programs pg ON pg.id = k.program_id WHERE k.id = t.entity_id)
                WHEN 'impact-note' THEN (
                  SELECT json_build_object('program_id', pg.id, 'program_title', pg.title, 'kind', n.kind)
                    FROM impact_notes n LEFT JOIN programs pg ON pg.id = n.program_id WHERE n.id = t.entity_id)
              END AS program_record,
              (SELECT p.name FROM partners p WHERE p.id = $1) AS partner_name,
              ${countSql(sources)} AS total
         FROM (SELECT * FROM (${branches.join(' UNION ALL ')}) merged
               ORDER BY occurred_at DESC, sequence DESC NULLS LAST, id DESC
               LIMIT $4 OFFSET $5) t
        ORDER BY t.occurred_at DESC, t.sequence DESC NULLS LAST, t.id DESC`,
      [partnerId, sources.auditTypes, page.offset + page.limit, page.limit, page.offset],
    );
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    // Past the end: no row carried the count.
    const counted: { n: number }[] = await this.dataSource.query(`SELECT ${countSql(sources)} AS n`, [partnerId, sources.auditTypes]);
    return { rows, total: counted[0]?.n ?? 0 };
  }
}

/**
 * How many items the timeline has ($1 partner, $2 audit types): index range counts over the partner's own rows (and
 * its programs' entries), uncorrelated subqueries PostgreSQL runs once per statement, instead of a window count over
 * the merged history.
 */
function countSql(sources: TimelineSources): string {
  const communications = sources.communications ? ' + (SELECT count(*) FROM communications c WHERE c.partner_id = $1 AND c.archived_at IS NULL)' : '';
  const programs = sources.programs
    ? ` + (SELECT count(*) FROM audit_entries a WHERE a.entity_type = 'program' AND a.entity_id IN (${PARTNER_PROGRAMS}) AND ${PROGRAM_EVENT})`
    : '';
  return `((SELECT count(*) FROM audit_entries a
             WHERE a.partner_id = $1 AND a.entity_type = ANY($2::text[]) AND NOT (a.entity_type = 'communication' AND a.action = 'create'))
           ${communications}${programs})::int`;
}
