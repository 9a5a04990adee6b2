import { FACTORS } from '@common-ground/domain';
import type { SeedContext, SeedGenerator } from '../seed-context';

/** A field's change as the audit log records a value it did not have before: { before: null, after }. */
export const created = (value: string) => `jsonb_build_object('before', NULL, 'after', ${value})`;
/** The same, or nothing when the value is null (the log leaves out fields that did not change: null → null). */
export const createdIfSet = (field: string, value: string) => `CASE WHEN ${value} IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('${field}', ${created(value)}) END`;
/** An instant as JSON.stringify writes a Date (what the services' snapshots hold): 2026-03-01T15:04:05.000Z. */
export const iso = (column: string) => `to_jsonb(to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
const FACTOR_ORDER = `ARRAY[${FACTORS.keys.map((f) => `'${f}'`).join(', ')}]::text[]`;

/**
 * The partner timeline's entries for the seeded communications, commitments and assessment answers, as their services
 * write them: a 'create' for each communication (communicationAuditSnapshot) and commitment (commitmentAuditSnapshot,
 * as it was then: open) by its author, an 'update' for each status change by whoever made it, an 'archive' for each
 * archived one, and a 'create' for each answer (assessmentAuditSnapshot). The timeline reads these (a commitment's changes are timeline items; a communication's 'create' is
 * skipped there but lies in the same index range and its count), so a benchmark without them would measure an
 * emptier timeline than that of a library that has used the app for two years. Partners, contacts, goals and
 * agreements still get none: they are fixture data without history.
 *
 * Built by PostgreSQL from the rows just inserted (serialising ~400,000 JSON documents in Node and parsing them back
 * was most of the seed's time), one statement per kind of entry, each in time order: communications and commitments
 * were inserted oldest first, so a plain scan reads them in that order (an INSERT … SELECT never runs in parallel),
 * and a communication's entry comes before its follow-ups' as when the service writes them; status changes and
 * archiving are sorted by when they happened. large-seed.spec.ts checks the documents against the services' snapshot
 * functions.
 */
export const auditEntriesGenerator: SeedGenerator = {
  kind: 'audit entries',
  async run(ctx: SeedContext): Promise<number> {
    const partners = [ctx.partners.map((p) => p.id)];
    let count = 0;
    for (const select of ENTRIES) {
      const result = await ctx.db.query(
        `INSERT INTO audit_entries (occurred_at, actor_id, entity_type, entity_id, action, partner_id, changes) ${select}`,
        partners,
      );
      count += result.rowCount ?? 0;
    }
    return count;
  },
};

/** Each SELECT gives (occurred_at, actor_id, entity_type, entity_id, action, partner_id, changes) for the seeded partners ($1). */
const ENTRIES = [
  // A communication, as logged.
  `SELECT c.created_at, c.created_by, 'communication', c.id, 'create', c.partner_id,
          jsonb_build_object(
            'occurredAt', ${created(iso('c.occurred_at'))},
            'channel', ${created('to_jsonb(c.channel)')},
            'initiatedBy', ${created('to_jsonb(c.initiated_by)')},
            'twoWay', ${created('to_jsonb(c.two_way)')},
            'substantive', ${created('to_jsonb(c.substantive)')},
            'summary', ${created('to_jsonb(c.summary)')},
            'staffParticipantIds', ${created('to_jsonb(c.staff_participant_ids)')},
            'contactParticipantIds', ${created('to_jsonb(c.contact_participant_ids)')},
            'factorTags', ${created(`(SELECT coalesce(jsonb_agg(jsonb_build_object('factor', f.factor, 'sign', f.sign, 'note', f.note)
                                          ORDER BY array_position(${FACTOR_ORDER}, f.factor)), '[]'::jsonb)
                                       FROM communication_factor_tags f WHERE f.communication_id = c.id)`)}
          )
     FROM communications c WHERE c.partner_id = ANY($1::uuid[])`,
  // A commitment as recorded: open.
  `SELECT k.created_at, k.created_by, 'commitment', k.id, 'create', k.partner_id,
          jsonb_build_object(
            'description', ${created('to_jsonb(k.description)')},
            'ownerSide', ${created('to_jsonb(k.owner_side)')},
            'dueOn', ${created('to_jsonb(k.due_on::text)')},
            'status', ${created(`'"open"'::jsonb`)}
          ) || ${createdIfSet('ownerUserId', 'to_jsonb(k.owner_user_id)')}
            || ${createdIfSet('ownerContactId', 'to_jsonb(k.owner_contact_id)')}
            || ${createdIfSet('communicationId', 'to_jsonb(k.communication_id)')}
     FROM commitments k WHERE k.partner_id = ANY($1::uuid[])`,
  // Its status change: done (with the day), missed, or cancelled (with the reason, if one was given).
  `SELECT k.status_changed_at, k.status_changed_by, 'commitment', k.id, 'update', k.partner_id,
          jsonb_build_object('status', jsonb_build_object('before', 'open'::text, 'after', k.status))
            || ${createdIfSet('completedOn', 'to_jsonb(k.completed_on::text)')}
            || ${createdIfSet('statusReason', 'to_jsonb(k.status_reason)')}
     FROM commitments k WHERE k.partner_id = ANY($1::uuid[]) AND k.status <> 'open'
    ORDER BY k.status_changed_at, k.id`,
  // Archived ones (a communication by its author, a commitment by whoever last changed it).
  `SELECT archived_at, actor_id, entity_type, id, 'archive', partner_id, jsonb_build_object('archivedAt', ${created(iso('archived_at'))})
     FROM (SELECT c.archived_at, c.created_by AS actor_id, 'communication' AS entity_type, c.id, c.partner_id
             FROM communications c WHERE c.partner_id = ANY($1::uuid[]) AND c.archived_at IS NOT NULL
           UNION ALL
           SELECT k.archived_at, k.updated_by, 'commitment', k.id, k.partner_id
             FROM commitments k WHERE k.partner_id = ANY($1::uuid[]) AND k.archived_at IS NOT NULL) archived
    ORDER BY archived_at, id`,
  // An assessment answer (assessmentAuditSnapshot): by the staff member who answered for the library; a partner's
  // answer, given through a link, has no staff actor and is named by its contact.
  `SELECT a.answered_at, a.respondent_user_id, 'assessment', a.id, 'create', a.partner_id,
          jsonb_build_object(
            'side', ${created('to_jsonb(a.side)')},
            'waveId', ${created('to_jsonb(a.wave_id)')},
            'answeredAt', ${created(iso('a.answered_at'))}
          ) || ${createdIfSet('respondentUserId', 'to_jsonb(a.respondent_user_id)')}
            || ${createdIfSet('respondentContactId', 'to_jsonb(a.respondent_contact_id)')}
            || ${createdIfSet('respondentName', 'to_jsonb(coalesce(u.name, k.name))')}
            || ${createdIfSet('invitationId', 'to_jsonb(a.invitation_id)')}
            || ${createdIfSet('collaborationLevel', 'to_jsonb(a.collaboration_level)')}
     FROM assessments a
     LEFT JOIN users u ON u.id = a.respondent_user_id
     LEFT JOIN contacts k ON k.id = a.respondent_contact_id
    WHERE a.partner_id = ANY($1::uuid[])
    ORDER BY a.answered_at, a.id`,
];
