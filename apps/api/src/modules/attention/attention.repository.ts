import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import type { PageRequest } from '../../common/pagination/page';
import { goalReviewDueOnSql } from '../goals/goal-review';
import type { StoredProfile } from '../health/health-snapshots.repository';

/**
 * Whose items to read: everyone's (a manager's attention list) or one staff member's ("mine": partners they are
 * liaison for, follow-ups they own, and partner-side follow-ups of their partners).
 */
export type AttentionScope = { staffId: string } | 'all';

/**
 * The rules, in the list's order (rank 0, 1, 2 below): follow-ups someone is waiting for, then partners drifting,
 * then paperwork.
 */
export type AttentionRuleName = 'overdue-commitment' | 'quiet-partner' | 'review-due' | 'partner-health';

export interface QuietPartnerRow {
  id: string;
  name: string;
  stage: string;
  cadence_days: number;
  liaison_id: string | null;
  liaison_name: string | null;
  last_contact_at: Date | null;
  /** The last contact's date or, never contacted, the partner's created date (UTC, YYYY-MM-DD). */
  since_on: string;
  days_since: number;
}

/** One attention item with what its sentence and links need; the columns of other kinds are null. */
export interface AttentionRow {
  kind: 'overdue-commitment' | 'quiet-partner' | 'agreement-review' | 'goal-review' | HealthAttentionKind;
  id: string;
  partner_id: string;
  partner_name: string;
  liaison_id: string | null;
  liaison_name: string | null;
  /** Due date / last contact (or created) date / review date, YYYY-MM-DD. */
  date: string;
  /** today − date. */
  days_since: number;
  // quiet-partner
  cadence_days: number | null;
  last_contact_at: Date | null;
  // overdue-commitment
  description: string | null;
  owner_side: 'library' | 'partner' | null;
  owner_user_id: string | null;
  owner_user_name: string | null;
  owner_contact_name: string | null;
  // agreement-review / goal-review
  label: string | null;
  never_reviewed: boolean | null;
  // health-concern / health-declining / assessment-stale: the latest snapshot's profile
  health_profile: StoredProfile | null;
}

/** A partner's latest health snapshot as an attention item: a concern, a decline, or a stale assessment. */
export type HealthAttentionKind = 'health-concern' | 'health-declining' | 'assessment-stale';

export interface AttentionCounts {
  quietPartner: number;
  overdueCommitment: number;
  reviewDue: number;
  partnerHealth: number;
}

/** The day window every rule reads: today and the last day "review due" looks ahead to (YYYY-MM-DD, UTC). */
export interface AttentionDays {
  today: string;
  reviewDueBy: string;
}

const ALL_ROWS: PageRequest = { limit: 1_000_000, offset: 0 };

/** Numbered parameters for SQL assembled from parts: each part adds what it uses, so no $n is left unused. */
class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

/**
 * The three attention rules as set-based SQL, never a query per partner. Each rule reads the index made for it (see
 * the communications migration):
 * - quiet partners: the partners' own last_contact_at (kept by triggers on communications), so no communication
 *   is read, through IDX_partners_contact_due (the day contact falls due);
 * - overdue commitments: IDX_commitments_open_due (all) or IDX_commitments_open_owner (mine);
 * - reviews: agreements are a few thousand rows, filtered in one pass; goals through IDX_goals_review_due (a goal's
 *   review day is an expression, goalReviewDueOnSql);
 * - partner health: partner_latest_health, each partner's latest snapshot in brief.
 * A partner's liveness is checked against the few archived partners (ofLivePartner), its name read for the page.
 */
@Injectable()
export class AttentionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Partners in `stages` whose days since the last contact minus their cadence is at least `minDaysBeyondCadence`
   * (1: quiet; −GOING_QUIET_WARNING_DAYS: quiet or going quiet), most overdue first.
   */
  async quietPartners(scope: AttentionScope, days: AttentionDays, stages: readonly string[], minDaysBeyondCadence: number): Promise<QuietPartnerRow[]> {
    const params = new SqlParams();
    const quiet = quietPartnersSql(params, scope, days, stages, minDaysBeyondCadence);
    // Prepared (see preparedQuery): the home page asks this of every librarian, and with the last contact on the
    // partner row planning had become a good part of the statement's cost.
    return preparedQuery<QuietPartnerRow>(
      this.dataSource,
      `SELECT q.id, q.name, q.stage, q.cadence_days, q.liaison_id, u.name AS liaison_name, q.last_contact_at,
              q.since_on::text AS since_on, q.days_since
         FROM (${quiet}) q
         LEFT JOIN users u ON u.id = q.liaison_id
        ORDER BY q.days_since - q.cadence_days DESC, lower(q.name), q.id`,
      params.values,
    );
  }

  /**
   * One page of the attention list and every rule's count, in one statement (one snapshot). Each rule's rows are
   * found once, with only the columns needed to count and sort them (MATERIALIZED CTEs). The rules follow each other
   * in list order, so a page is a slice of at most three consecutive blocks: each block's branch gets a LIMIT and
   * OFFSET computed from the counts, and a block outside the page has LIMIT 0, which PostgreSQL answers without
   * sorting it. Names, descriptions and titles are joined for the page's rows only. Order within a rule: overdue
   * follow-ups by owner name then most overdue; quiet partners most overdue first; reviews soonest (most overdue)
   * first. `only` limits the page to one rule; the counts always cover all three.
   */
  async list(
    scope: AttentionScope,
    days: AttentionDays,
    stages: readonly string[],
    only: AttentionRuleName | null,
    page: PageRequest = ALL_ROWS,
  ): Promise<{ rows: AttentionRow[]; counts: AttentionCounts }> {
    const params = new SqlParams();
    const today = params.add(days.today, 'date');
    const quiet = quietPartnersSql(params, scope, days, stages, 1);
    const overdue = overdueCommitmentsSql(params, scope, days);
    const reviews = reviewsDueSql(params, scope, days);
    const health = partnerHealthSql(params, scope, stages);
    const offset = params.add(page.offset, 'int');
    const limit = params.add(page.limit, 'int');

    // Where each rule's block starts in the list (all rules, or the one asked for at 0).
    const starts: Record<AttentionRuleName, string | null> =
      only === null
        ? { 'overdue-commitment': '0', 'quiet-partner': 'n.overdue', 'review-due': 'n.overdue + n.quiet', 'partner-health': 'n.overdue + n.quiet + n.reviews' }
        : { 'overdue-commitment': null, 'quiet-partner': null, 'review-due': null, 'partner-health': null, [only]: '0' };
    const sizes: Record<AttentionRuleName, string> = {
      'overdue-commitment': 'n.overdue',
      'quiet-partner': 'n.quiet',
      'review-due': 'n.reviews',
      'partner-health': 'n.health',
    };
    const slice = (rule: AttentionRuleName) => {
      const start = starts[rule]!;
      return `LIMIT (SELECT greatest(0, least(${offset} + ${limit}, ${start} + ${sizes[rule]}) - greatest(${offset}, ${start})) FROM n)
              OFFSET (SELECT greatest(0, ${offset} - (${start})) FROM n)`;
    };
    const branches: string[] = [];
    if (starts['overdue-commitment'] !== null) {
      // Sorted by the owner's name: a staff member's lowered once per staff member, a contact's (or, owned by the
      // organisation, the partner's) looked up for those rows only.
      branches.push(`(SELECT 0 AS rank, 'overdue-commitment'::text AS kind, o.id, o.partner_id,
                             coalesce(ou.sort_name, lower(coalesce((SELECT k.name FROM contacts k WHERE k.id = o.owner_contact_id),
                                                                   (SELECT op.name FROM partners op WHERE op.id = o.partner_id)))) AS sort_text,
                             (o.due_on - DATE '2000-01-01') AS sort_number, ''::text AS sort_name, o.due_on AS date,
                             NULL::int AS cadence_days, NULL::timestamptz AS last_contact_at
                        FROM overdue o
                        LEFT JOIN (SELECT id, lower(name) AS sort_name FROM users) ou ON ou.id = o.owner_user_id
                       ORDER BY sort_text, sort_number, id
                       ${slice('overdue-commitment')})`);
    }
    if (starts['quiet-partner'] !== null) {
      branches.push(`(SELECT 1 AS rank, 'quiet-partner'::text AS kind, q.id, q.id AS partner_id, ''::text AS sort_text,
                             (q.cadence_days - q.days_since) AS sort_number, lower(q.name) AS sort_name, q.since_on AS date,
                             q.cadence_days, q.last_contact_at
                        FROM quiet q
                       ORDER BY sort_number, sort_name, id
                       ${slice('quiet-partner')})`);
    }
    if (starts['review-due'] !== null) {
      branches.push(`(SELECT 2 AS rank, r.kind, r.id, r.partner_id, ''::text AS sort_text,
                             (r.review_on - DATE '2000-01-01') AS sort_number, lower(rp.name) AS sort_name, r.review_on AS date,
                             NULL::int AS cadence_days, NULL::timestamptz AS last_contact_at
                        FROM reviews r
                        JOIN partners rp ON rp.id = r.partner_id
                       ORDER BY sort_number, sort_name, kind, id
                       ${slice('review-due')})`);
    }
    if (starts['partner-health'] !== null) {
      // Concerns first, then declines, then stale assessments, each by partner name.
      branches.push(`(SELECT 3 AS rank, h.kind, h.id, h.id AS partner_id, ''::text AS sort_text,
                             CASE h.kind WHEN 'health-concern' THEN 0 WHEN 'health-declining' THEN 1 ELSE 2 END AS sort_number,
                             lower(h.name) AS sort_name, h.as_of AS date, NULL::int AS cadence_days, NULL::timestamptz AS last_contact_at
                        FROM health h
                       ORDER BY sort_number, sort_name, id
                       ${slice('partner-health')})`);
    }

    // Prepared (see preparedQuery): planning this statement took ~2.4 ms of its ~25.
    const rows = await preparedQuery<AttentionRow & { n_overdue: number; n_quiet: number; n_reviews: number; n_health: number; rank: number | null }>(
      this.dataSource,
      `WITH overdue AS MATERIALIZED (${overdue}),
       quiet AS MATERIALIZED (${quiet}),
       reviews AS MATERIALIZED (${reviews}),
       health AS MATERIALIZED (${health}),
       n AS (SELECT (SELECT count(*) FROM overdue)::int AS overdue, (SELECT count(*) FROM quiet)::int AS quiet, (SELECT count(*) FROM reviews)::int AS reviews,
                    (SELECT count(*) FROM health)::int AS health),
       page AS (${branches.join(' UNION ALL ')})
       -- The counts come back even when the page is past the end: one row of them, no item. The page's size is
       -- unknown when planning (its LIMIT comes from the counts), so the details are LATERAL lookups by primary
       -- key (LIMIT 1 keeps them from being flattened into hash joins over whole tables).
       SELECT n.overdue AS n_overdue, n.quiet AS n_quiet, n.reviews AS n_reviews, n.health AS n_health, pg.rank,
              pg.kind, pg.id, pg.partner_id, pt.name AS partner_name, pt.liaison_id, pt.liaison_name,
              pg.date::text AS date, (${today} - pg.date) AS days_since, pg.cadence_days, pg.last_contact_at,
              fu.description, fu.owner_side, fu.owner_user_id, fu.owner_user_name, fu.owner_contact_name,
              rv.label, rv.never_reviewed,
              (SELECT hs.profile FROM health h JOIN health_snapshots hs ON hs.id = h.snapshot_id WHERE pg.rank = 3 AND h.id = pg.id) AS health_profile
         FROM n
         LEFT JOIN page pg ON true
         LEFT JOIN LATERAL (
           SELECT p.name, p.liaison_id, l.name AS liaison_name
             FROM partners p LEFT JOIN users l ON l.id = p.liaison_id
            WHERE p.id = pg.partner_id
            LIMIT 1
         ) pt ON true
         LEFT JOIN LATERAL (
           SELECT cm.description, cm.owner_side, cm.owner_user_id, ou.name AS owner_user_name, oc.name AS owner_contact_name
             FROM commitments cm
             LEFT JOIN users ou ON ou.id = cm.owner_user_id
             LEFT JOIN contacts oc ON oc.id = cm.owner_contact_id
            WHERE pg.kind = 'overdue-commitment' AND cm.id = pg.id
            LIMIT 1
         ) fu ON true
         LEFT JOIN LATERAL (
           SELECT a.title AS label, false AS never_reviewed FROM agreements a WHERE pg.kind = 'agreement-review' AND a.id = pg.id
           UNION ALL
           SELECT g.text, g.last_reviewed_on IS NULL FROM goals g WHERE pg.kind = 'goal-review' AND g.id = pg.id
           LIMIT 1
         ) rv ON true
        ORDER BY pg.rank, pg.sort_text, pg.sort_number, pg.sort_name, pg.kind, pg.id`,
      params.values,
    );
    const first = rows[0]!;
    const counts = { quietPartner: first.n_quiet, overdueCommitment: first.n_overdue, reviewDue: first.n_reviews, partnerHealth: first.n_health };
    return { rows: rows.filter((row) => row.rank !== null), counts };
  }
}

/**
 * The partners in an active stage with their last contact and the days since it, kept when the days beyond their
 * cadence reach the threshold. The last contact is the partner row's last_contact_at, kept by triggers on
 * communications (see the partner-last-contact migration), so no communication is read here.
 */
function quietPartnersSql(params: SqlParams, scope: AttentionScope, days: AttentionDays, stages: readonly string[], minDaysBeyondCadence: number): string {
  const today = params.add(days.today, 'date');
  const mine = scope === 'all' ? '' : `AND p.liaison_id = ${params.add(scope.staffId, 'uuid')}`;
  // days since − cadence ≥ min  ⇔  since + cadence ≤ today − min: the same test, on IDX_partners_contact_due.
  return `
    SELECT s.*, d.days_since
      FROM (
        SELECT p.id, p.name, p.stage, p.contact_cadence_days AS cadence_days, p.liaison_id, p.last_contact_at,
               ${contactSinceOnSql('p')} AS since_on
          FROM partners p
         WHERE p.archived_at IS NULL AND p.stage = ANY(${params.add(stages, 'text[]')}) ${mine}
           AND ${contactDueOnSql('p')} <= ${today} - ${params.add(minDaysBeyondCadence, 'int')}
      ) s
      CROSS JOIN LATERAL (SELECT (${today} - s.since_on) AS days_since) d`;
}

/** The partner's last contact's day or, never contacted, the day it was added (UTC). */
const contactSinceOnSql = (alias: string) =>
  `coalesce((${alias}.last_contact_at AT TIME ZONE 'UTC')::date, (${alias}.created_at AT TIME ZONE 'UTC')::date)`;

/**
 * The day contact with the partner falls due: that day plus its cadence. Spelled as IDX_partners_contact_due's
 * expression (the attention-indexes migration), so the index answers "due by" without computing it for every partner.
 */
export const contactDueOnSql = (alias: string) => `(${contactSinceOnSql(alias)} + ${alias}.contact_cadence_days)`;

/**
 * The partner of `alias` is not archived. The rules count every item of a live partner but need a partner's name only
 * for the page's rows (or as a sort key some rows fall back to), so rather than joining every live partner (a hash of
 * ~2,000 rows for each rule) they leave out the few archived ones, found through IDX_partners_archived.
 */
const ofLivePartner = (alias: string) => `NOT EXISTS (SELECT 1 FROM partners ap WHERE ap.id = ${alias}.partner_id AND ap.archived_at IS NOT NULL)`;

/**
 * Overdue follow-ups (open, live, of a live partner, due before today: due today is not overdue), with what the list
 * sorts them by. "Mine" is what I own, plus partner-side follow-ups of partners I am liaison for (someone has to
 * chase them): two disjoint halves, each through its own index (IDX_commitments_open_owner; my partners'
 * IDX_commitments_partner_due), rather than one OR that reads every overdue follow-up.
 */
function overdueCommitmentsSql(params: SqlParams, scope: AttentionScope, days: AttentionDays): string {
  const today = params.add(days.today, 'date');
  const select = (join: string, where: string) => `
    SELECT cm.id, cm.partner_id, cm.owner_user_id, cm.owner_contact_id, cm.due_on
      FROM commitments cm ${join}
     WHERE cm.status = 'open' AND cm.archived_at IS NULL AND cm.due_on < ${today} ${where}`;
  if (scope === 'all') return select('', `AND ${ofLivePartner('cm')}`);
  const me = params.add(scope.staffId, 'uuid');
  return `${select('', `AND cm.owner_user_id = ${me} AND ${ofLivePartner('cm')}`)}
          UNION ALL
          ${select(`JOIN partners p ON p.id = cm.partner_id AND p.archived_at IS NULL AND p.liaison_id = ${me}`, `AND cm.owner_side = 'partner'`)}`;
}

/** Agreements (review_on) and goals (last review + GOAL_REVIEW_MONTHS, or the day added) due by reviewDueBy. */
function reviewsDueSql(params: SqlParams, scope: AttentionScope, days: AttentionDays): string {
  const dueBy = params.add(days.reviewDueBy, 'date');
  const partner = (alias: string) =>
    scope === 'all'
      ? { join: '', where: `AND ${ofLivePartner(alias)}` }
      : { join: `JOIN partners p ON p.id = ${alias}.partner_id AND p.archived_at IS NULL AND p.liaison_id = ${params.add(scope.staffId, 'uuid')}`, where: '' };
  const [ofAgreement, ofGoal] = [partner('a'), partner('g')];
  // The goal's review day is spelled as IDX_goals_review_due's expression, so the index answers it.
  const goalDue = goalReviewDueOnSql('g');
  return `
    SELECT 'agreement-review' AS kind, a.id, a.review_on, a.partner_id
      FROM agreements a ${ofAgreement.join}
     WHERE a.archived_at IS NULL AND a.review_on <= ${dueBy} ${ofAgreement.where}
    UNION ALL
    SELECT 'goal-review', g.id, ${goalDue}, g.partner_id
      FROM goals g ${ofGoal.join}
     WHERE g.archived_at IS NULL AND ${goalDue} <= ${dueBy} ${ofGoal.where}`;
}

/**
 * Partners in an active stage whose latest health snapshot (monthly, or after an assessment) has a factor in concern,
 * a declining factor, or a stale two-sided assessment: one item each, the most pressing of the three. The latest
 * snapshot's counts and flags come from partner_latest_health (kept by a trigger on health_snapshots); the profile
 * itself is read for the page's rows only.
 */
function partnerHealthSql(params: SqlParams, scope: AttentionScope, stages: readonly string[]): string {
  const mine = scope === 'all' ? '' : `AND p.liaison_id = ${params.add(scope.staffId, 'uuid')}`;
  return `
    SELECT p.id, p.name, h.as_of, h.snapshot_id,
           CASE WHEN h.concern > 0 THEN 'health-concern'
                WHEN 'declining' = ANY(h.flags) THEN 'health-declining'
                ELSE 'assessment-stale' END AS kind
      FROM partner_latest_health h
      JOIN partners p ON p.id = h.partner_id
     WHERE p.archived_at IS NULL AND p.stage = ANY(${params.add(stages, 'text[]')}) ${mine}
       AND (h.concern > 0 OR h.flags && ARRAY['declining', 'stale'])`;
}
