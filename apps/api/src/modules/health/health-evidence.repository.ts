import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CHANNELS, type Channel, type PartnerStage, type Side } from '@common-ground/domain';
import {
  windowStart,
  type AssessmentResponseFact,
  type FactorTagFact,
  type IsoDate,
  type PartnershipEvidence,
  type ProgramFact,
  type ScoringPolicy,
} from '@common-ground/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import { Params } from '../../common/database/sql-params';

/** What a record behind an evidence unit is, for the SPA to link to it. */
export type HealthRecordType = 'communication' | 'commitment' | 'goal' | 'agreement' | 'program' | 'assessment';

export interface HealthRecordRef {
  type: HealthRecordType;
  id: string;
  label: string;
  /** The record's day, to list a unit's records newest first (not sent). */
  day: IsoDate | null;
}

/** One response as the model reads it, plus the respondent's view of the level of collaboration. */
export interface AssessmentEvidence extends AssessmentResponseFact {
  readonly collaborationLevel: number | null;
}

/** Everything health needs of one partner on one day. */
export interface PartnerEvidence {
  partnerId: string;
  evidence: PartnershipEvidence & { readonly assessments: readonly AssessmentEvidence[] };
  /** Every fact's record, by the fact's id (a program role's id points at its program). */
  records: Map<string, HealthRecordRef>;
}

/**
 * The evidence as PostgreSQL wrote it, one JSON text per kind of record. The same texts are the same evidence, so
 * their hash is a complete fingerprint of everything the model reads of the partners (health.service memoises one
 * partner's page by it); evidence() parses and folds them.
 */
export interface EvidenceText {
  readonly columns: readonly (string | null)[];
  evidence(): PartnerEvidence[];
}

/** Which partners: one set of ids, or every live (not archived) partner. */
export type EvidenceScope = { partnerIds: readonly string[] } | 'all-live';

interface PartnerRow {
  id: string;
  stage: PartnerStage;
  cadence: number;
  since: IsoDate;
}
interface AssessmentRow {
  id: string;
  partnerId: string;
  side: Side;
  respondentId: string;
  respondent: string | null;
  answeredAt: IsoDate;
  answers: Record<string, number | null>;
  level: number | null;
}
/** id, partner id, UTC day, channel, two-way, substantive, initiated by. */
type CommunicationRow = [string, string, IsoDate, Channel, boolean, boolean, Side];
/** communication id, factor, sign. */
type TagRow = [string, FactorTagFact['factor'], FactorTagFact['sign']];
interface CommitmentRow {
  id: string;
  partnerId: string;
  side: Side;
  status: 'done' | 'missed';
  dueOn: IsoDate;
  completedOn: IsoDate | null;
  description: string;
}
interface GoalRow {
  id: string;
  partnerId: string;
  agreedBy: 'library' | 'partner' | 'both';
  lastReviewedOn: IsoDate | null;
  agreedOn: IsoDate;
  text: string;
}
interface AgreementRow {
  id: string;
  partnerId: string;
  listsContributions: boolean;
  reviewOn: IsoDate | null;
  startsOn: IsoDate | null;
  title: string;
}
interface ProgramRow {
  id: string;
  partnerId: string;
  title: string;
  status: ProgramFact['status'];
  startsOn: IsoDate;
  endsOn: IsoDate;
  statusReason: ProgramFact['statusReason'];
  partnerCredited: boolean;
  checklistOn: IsoDate | null;
  summaryOn: IsoDate | null;
  audienceMatched: boolean | null;
  roles: { id: string; ownerNamedOn: IsoDate | null }[];
}
interface EvidenceRows {
  partners: PartnerRow[] | null;
  assessments: AssessmentRow[] | null;
  communications: CommunicationRow[] | null;
  tags: TagRow[] | null;
  commitments: CommitmentRow[] | null;
  goals: GoalRow[] | null;
  agreements: AgreementRow[] | null;
  programs: ProgramRow[] | null;
}

/** A day as the start of that day in UTC: records are placed on their UTC day, as everywhere else in the API. */
const utcStart = (day: string) => `(${day}::timestamp AT TIME ZONE 'UTC')`;
const utcDay = (column: string) => `to_char((${column} AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD')`;

/**
 * The evidence of SCORING.md for one partner or for every live partner in ONE statement, whatever the number of
 * partners: each part is a set-based scan over the partners in scope, returned as a JSON array (as the value view's
 * figures are), so the monthly snapshot of 2,000 partners is the same single statement as one partner's page.
 *
 * What is read (records in use only: archived ones are no evidence):
 * - assessments answered in the assessment window (24 months) up to asOf, plus each side's newest answer before
 *   the window (the model's "has this side ever answered?"); the model keeps each respondent's latest;
 * - communications of the behaviour window (12 months) with their factor tags, plus the last two-way substantive
 *   contact before the window (recency is not limited to the window);
 * - commitments done in the window (by completion day) or missed in it (by due day): the only ones that count;
 * - goals and agreements (all: their review days decide);
 * - programs of the partner (through its roles in use) that ran in the window or whose roles were due in it, with
 *   the partner's roles. Admin checklist complete: the latest of the five checklist days, when all five are done
 *   (a program needs every item of ADMIN_CHECKLIST_ITEMS, as the programs API's checklistComplete says). Audience
 *   matched: true when MOST of the program's recorded sessions matched (strictly more than half of those with a
 *   yes or no), false when not, null when no session up to asOf recorded it.
 */
@Injectable()
export class HealthEvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass a transaction's EntityManager to see its uncommitted records (a new assessment before its commit). */
  async load(scope: EvidenceScope, asOf: IsoDate, policy: ScoringPolicy, db?: EntityManager): Promise<PartnerEvidence[]> {
    return (await this.loadText(scope, asOf, policy, db)).evidence();
  }

  /** The same statement, its JSON left as text until asked for (see EvidenceText). */
  async loadText(scope: EvidenceScope, asOf: IsoDate, policy: ScoringPolicy, db?: EntityManager): Promise<EvidenceText> {
    const params = new Params();
    // One partner by a plain uuid parameter: its generic plan is as good as a custom one, so PostgreSQL stops
    // planning the prepared statement after its first runs (with an array parameter it kept planning every time:
    // a few milliseconds of the partner page).
    const scopeSql =
      scope === 'all-live'
        ? 'p.archived_at IS NULL'
        : scope.partnerIds.length === 1
          ? `p.id = ${params.add(scope.partnerIds[0])}::uuid`
          : `p.id = ANY(${params.add(scope.partnerIds)}::uuid[])`;
    const day = `${params.add(asOf)}::date`;
    const end = utcStart(`(${day} + 1)`);
    const behaviourStart = `${params.add(windowStart(asOf, policy.behaviour.windowMonths))}::date`;
    const assessmentStart = `${params.add(windowStart(asOf, policy.assessment.windowMonths))}::date`;
    const lastRoleDay = `(${day} + ${params.add(Math.ceil(policy.behaviour.rolesFilled.leadDays))}::int)`;
    // Communications travel as arrays, not objects: they are most of the rows (about 90 a partner a year), and
    // naming every field of every row made the JSON (and PostgreSQL's time building it) twice as large.
    const communicationColumns = `c.id, c.partner_id, ${utcDay('c.occurred_at')} AS day, c.channel, c.two_way, c.substantive, c.initiated_by`;
    const assessmentColumns = `a.id, a.partner_id AS "partnerId", a.side,
             coalesce(a.respondent_user_id, a.respondent_contact_id) AS "respondentId",
             coalesce(u.name, ct.name) AS respondent, ${utcDay('a.answered_at')} AS "answeredAt", a.answers,
             a.collaboration_level AS level
        FROM assessments a
        JOIN scope s ON s.id = a.partner_id
        LEFT JOIN users u ON u.id = a.respondent_user_id
        LEFT JOIN contacts ct ON ct.id = a.respondent_contact_id`;
    const rows = await preparedQuery<EvidenceTexts>(
      this.dataSource,
      `WITH scope AS MATERIALIZED (
         SELECT p.id, p.stage, p.contact_cadence_days AS cadence, ${utcDay('p.created_at')} AS since
           FROM partners p WHERE ${scopeSql}
       ),
       assessment_rows AS (
         SELECT ${assessmentColumns}
          WHERE a.answered_at >= ${utcStart(assessmentStart)} AND a.answered_at < ${end}
         UNION ALL
         SELECT * FROM (
           SELECT DISTINCT ON (a.partner_id, a.side) ${assessmentColumns}
            WHERE a.answered_at < ${utcStart(assessmentStart)}
            ORDER BY a.partner_id, a.side, a.answered_at DESC, a.id DESC
         ) older
       ),
       communication_rows AS MATERIALIZED (
         SELECT ${communicationColumns}
           FROM communications c JOIN scope s ON s.id = c.partner_id
          WHERE c.archived_at IS NULL AND c.occurred_at >= ${utcStart(behaviourStart)} AND c.occurred_at < ${end}
         UNION ALL
         SELECT ${communicationColumns}
           FROM scope s
           CROSS JOIN LATERAL (
             SELECT * FROM communications c
              WHERE c.partner_id = s.id AND c.two_way AND c.substantive AND c.archived_at IS NULL
                AND c.occurred_at < ${utcStart(behaviourStart)}
              ORDER BY c.occurred_at DESC LIMIT 1
           ) c
       ),
       tag_rows AS (
         SELECT t.communication_id, t.factor, t.sign FROM communication_factor_tags t
          WHERE t.communication_id IN (SELECT c.id FROM communication_rows c)
       ),
       commitment_rows AS (
         SELECT c.id, c.partner_id AS "partnerId", c.owner_side AS side, c.status, c.due_on AS "dueOn",
                c.completed_on AS "completedOn", c.description
           FROM commitments c JOIN scope s ON s.id = c.partner_id
          WHERE c.archived_at IS NULL
            AND ((c.status = 'done' AND c.completed_on >= ${behaviourStart} AND c.completed_on <= ${day})
              OR (c.status = 'missed' AND c.due_on >= ${behaviourStart} AND c.due_on <= ${day}))
       ),
       goal_rows AS (
         SELECT g.id, g.partner_id AS "partnerId", g.agreed_by AS "agreedBy", g.last_reviewed_on AS "lastReviewedOn",
                ${utcDay('g.created_at')} AS "agreedOn", g.text
           FROM goals g JOIN scope s ON s.id = g.partner_id
          WHERE g.archived_at IS NULL
       ),
       agreement_rows AS (
         SELECT a.id, a.partner_id AS "partnerId", a.lists_contributions AS "listsContributions", a.review_on AS "reviewOn",
                a.starts_on AS "startsOn", a.title
           FROM agreements a JOIN scope s ON s.id = a.partner_id
          WHERE a.archived_at IS NULL
       ),
       program_rows AS (
         SELECT p.id, r.partner_id AS "partnerId", p.title, p.status, p.starts_on AS "startsOn", p.ends_on AS "endsOn",
                p.status_reason AS "statusReason", p.partner_credited AS "partnerCredited",
                CASE WHEN p.agreement_done_on IS NOT NULL AND p.branding_approved_on IS NOT NULL
                       AND p.volunteers_cleared_on IS NOT NULL AND p.space_booked_on IS NOT NULL
                       AND p.timing_confirmed_on IS NOT NULL
                     THEN greatest(p.agreement_done_on, p.branding_approved_on, p.volunteers_cleared_on,
                                   p.space_booked_on, p.timing_confirmed_on) END AS "checklistOn",
                p.outcome_summary_shared_on AS "summaryOn",
                (SELECT CASE WHEN count(x.audience_matched) = 0 THEN NULL
                             ELSE 2 * count(*) FILTER (WHERE x.audience_matched) > count(x.audience_matched) END
                   FROM program_sessions x
                  WHERE x.program_id = p.id AND x.archived_at IS NULL AND x.starts_at < ${end}) AS "audienceMatched",
                json_agg(json_build_object('id', r.id, 'ownerNamedOn', r.owner_named_on) ORDER BY r.id) AS roles
           FROM program_roles r
           JOIN scope s ON s.id = r.partner_id
           JOIN programs p ON p.id = r.program_id
          WHERE r.archived_at IS NULL AND p.archived_at IS NULL
            AND p.ends_on >= ${behaviourStart} AND p.starts_on <= ${lastRoleDay}
          GROUP BY r.partner_id, p.id
       )
       SELECT (SELECT json_agg(x) FROM scope x)::text AS partners,
              (SELECT json_agg(x) FROM assessment_rows x)::text AS assessments,
              (SELECT json_agg(json_build_array(x.id, x.partner_id, x.day, x.channel, x.two_way, x.substantive, x.initiated_by))
                 FROM communication_rows x)::text AS communications,
              (SELECT json_agg(json_build_array(x.communication_id, x.factor, x.sign)) FROM tag_rows x)::text AS tags,
              (SELECT json_agg(x) FROM commitment_rows x)::text AS commitments,
              (SELECT json_agg(x) FROM goal_rows x)::text AS goals,
              (SELECT json_agg(x) FROM agreement_rows x)::text AS agreements,
              (SELECT json_agg(x) FROM program_rows x)::text AS programs`,
      params.values,
      db,
    );
    return evidenceText(rows[0]!);
  }
}

type EvidenceTexts = { [K in keyof EvidenceRows]: string | null };
const EVIDENCE_KINDS: readonly (keyof EvidenceRows)[] = ['partners', 'assessments', 'communications', 'tags', 'commitments', 'goals', 'agreements', 'programs'];

function evidenceText(texts: EvidenceTexts): EvidenceText {
  return {
    columns: EVIDENCE_KINDS.map((kind) => texts[kind]),
    evidence: () => assemble(Object.fromEntries(EVIDENCE_KINDS.map((kind) => [kind, texts[kind] === null ? null : JSON.parse(texts[kind])])) as EvidenceRows),
  };
}

/** Rows grouped by a key, in their order. */
export function groupBy<T>(rows: readonly T[] | null, keyOf: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows ?? []) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

const byPartner = <T extends { partnerId: string }>(rows: T[] | null) => groupBy(rows, (row) => row.partnerId);

const SIDE_ANSWER: Record<Side, string> = { library: 'Library staff answer', partner: 'Partner answer' };

/** Folds the statement's rows into each partner's evidence and the records behind it. */
function assemble(rows: EvidenceRows): PartnerEvidence[] {
  const assessments = byPartner(rows.assessments);
  const communications = groupBy(rows.communications, (row) => row[1]);
  const tags = new Map<string, FactorTagFact[]>();
  for (const [id, list] of groupBy(rows.tags, (row) => row[0])) tags.set(id, list.map(([, factor, sign]) => ({ factor, sign })));
  const commitments = byPartner(rows.commitments);
  const goals = byPartner(rows.goals);
  const agreements = byPartner(rows.agreements);
  const programs = byPartner(rows.programs);
  return (rows.partners ?? []).map((partner) => {
    const records = new Map<string, HealthRecordRef>();
    const note = (type: HealthRecordType, id: string, label: string, day: IsoDate | null, key = id) => records.set(key, { type, id, label, day });
    const evidence = {
      stage: partner.stage,
      cadenceDays: partner.cadence,
      recordedSince: partner.since,
      assessments: (assessments.get(partner.id) ?? []).map((a): AssessmentEvidence => {
        note('assessment', a.id, `${SIDE_ANSWER[a.side]}${a.respondent ? ` (${a.respondent})` : ''}, ${a.answeredAt}`, a.answeredAt);
        return { id: a.id, side: a.side, respondentId: a.respondentId, answeredAt: a.answeredAt, answers: a.answers, collaborationLevel: a.level };
      }),
      communications: (communications.get(partner.id) ?? []).map(([id, , on, channel, twoWay, substantive, initiatedBy]) => {
        note('communication', id, `${CHANNELS.labels[channel] ?? channel}, ${on}`, on);
        return { id, on, twoWay, substantive, initiatedBy, tags: tags.get(id) ?? [] };
      }),
      commitments: (commitments.get(partner.id) ?? []).map((c) => {
        note('commitment', c.id, c.description, c.completedOn ?? c.dueOn);
        return { id: c.id, side: c.side, status: c.status, dueOn: c.dueOn, completedOn: c.completedOn };
      }),
      goals: (goals.get(partner.id) ?? []).map((g) => {
        note('goal', g.id, g.text, g.lastReviewedOn ?? g.agreedOn);
        return { id: g.id, agreedBy: g.agreedBy, lastReviewedOn: g.lastReviewedOn, agreedOn: g.agreedOn };
      }),
      // The agreement's review/renewal day counts as its review once it has come (the model ignores a later one).
      agreements: (agreements.get(partner.id) ?? []).map((a) => {
        note('agreement', a.id, a.title, a.reviewOn ?? a.startsOn);
        return { id: a.id, listsContributions: a.listsContributions, reviewedOn: a.reviewOn, startsOn: a.startsOn };
      }),
      programs: (programs.get(partner.id) ?? []).map((p): ProgramFact => {
        note('program', p.id, p.title, p.startsOn);
        for (const role of p.roles) note('program', p.id, p.title, p.startsOn, role.id);
        return {
          id: p.id,
          status: p.status,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
          audienceMatched: p.audienceMatched,
          partnerCredited: p.partnerCredited,
          adminChecklistCompletedOn: p.checklistOn,
          outcomeSummarySharedOn: p.summaryOn,
          statusReason: p.statusReason,
          roles: p.roles.map((r) => ({ id: r.id, ownerAssignedOn: r.ownerNamedOn })),
        };
      }),
    };
    return { partnerId: partner.id, evidence, records };
  });
}
