import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { VALUE_FIGURE_TRIGGERS } from '../../../../migrations/1764633600000-value-view-figures';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { keptAndRebuiltValueFigures } from '../../test/factories/value-world';
import { auditChanges } from '../modules/audit/audit-diff';
import { assessmentAuditSnapshot } from '../modules/assessments/assessments.mapper';
import { commitmentAuditSnapshot } from '../modules/commitments/commitment.mapper';
import { communicationAuditSnapshot } from '../modules/communications/communication.mapper';
import { contributionAuditSnapshot } from '../modules/contributions/contribution.mapper';
import { valueAtRate } from '../modules/contributions/money';
import { impactNoteAuditSnapshot } from '../modules/impact-notes/impact-note.mapper';
import { programRoleAuditSnapshot } from '../modules/program-roles/program-role.mapper';
import { programAuditSnapshot } from '../modules/programs/program.mapper';
import { volunteerRateFor } from './generators/contributions';
import { BENCH_ADMIN_EMAIL } from './generators/staff';
import { runLargeSeed, SeedRefusedError } from './large-seed';
import { apportion, mulberry32, Rng } from './random';
import { LARGE_LIBRARY, scaled } from './seed-context';

describe('the seeded PRNG', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('forks independent streams per record kind and makes valid v4-shaped uuids', () => {
    const root = new Rng(7);
    expect(root.fork('partners').uuid()).toBe(new Rng(7).fork('partners').uuid());
    expect(root.fork('partners').uuid()).not.toBe(root.fork('contacts').uuid());
    expect(root.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('apportions an exact total with a minimum per part', () => {
    const parts = apportion(100, [1, 5, 0.5, 3], 1);
    expect(parts.reduce((x, y) => x + y, 0)).toBe(100);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
  });
});

describe('the large seed (at 2% scale)', () => {
  const scale = scaled(LARGE_LIBRARY, 0.02);
  const now = new Date('2026-03-02T00:00:00Z');
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  async function query<T>(db: TestDatabase, sql: string): Promise<T[]> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  const fingerprint = (db: TestDatabase) =>
    query<{ f: string }>(db, `SELECT md5(string_agg(p.id || p.name || p.stage || array_to_string(p.tags, ','), '|' ORDER BY p.id)) ||
      (SELECT md5(string_agg(c.id || c.name || coalesce(c.email, ''), '|' ORDER BY c.id)) FROM contacts c) ||
      (SELECT md5(string_agg(m.id::text || m.occurred_at::text || m.summary || array_to_string(m.contact_participant_ids, ','), '|' ORDER BY m.id)) FROM communications m) ||
      (SELECT md5(string_agg(k.id::text || k.due_on::text || k.status || coalesce(k.completed_on::text, ''), '|' ORDER BY k.id)) FROM commitments k) ||
      (SELECT md5(string_agg(g.id::text || g.title || g.starts_on::text || g.status || g.attendance_total, '|' ORDER BY g.id)) FROM programs g) ||
      (SELECT md5(string_agg(r.id::text || r.partner_id || r.role, '|' ORDER BY r.id)) FROM program_roles r) ||
      (SELECT md5(string_agg(s.id::text || s.starts_at::text || s.attendance_general || coalesce(s.recorded_views, -1), '|' ORDER BY s.id)) FROM program_sessions s) ||
      (SELECT md5(string_agg(c.id::text || c.type || coalesce(c.money_value::text, ''), '|' ORDER BY c.id)) FROM contributions c) ||
      (SELECT md5(string_agg(o.id::text || o.measure || o.agree, '|' ORDER BY o.id)) FROM outcome_results o) ||
      (SELECT md5(string_agg(n.id::text || n.text, '|' ORDER BY n.id)) FROM impact_notes n) AS f
      FROM partners p`).then((r) => r[0]!.f);

  it('fills exact partner and contact counts, with goals, agreements and staff, consistently', async () => {
    const result = await runLargeSeed(first.url, { seed: 42, scale, now });
    const byKind = Object.fromEntries(result.rows.map((r) => [r.kind, r.count]));
    expect(byKind).toMatchObject({
      staff: scale.staff,
      partners: scale.partners,
      contacts: scale.contacts,
      communications: scale.communications,
      commitments: scale.commitments,
      programs: scale.programs,
      'program roles': scale.programRoles,
      sessions: scale.sessions,
      contributions: scale.contributions,
      'outcome results': scale.outcomeResults,
      'impact notes': scale.impactNotes,
    });
    expect(byKind.goals).toBeGreaterThan(scale.partners);
    expect(byKind.agreements).toBeGreaterThan(scale.partners / 2);

    const checks = await query<Record<string, number>>(first, `SELECT
      (SELECT count(*)::int FROM partners p WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.partner_id = p.id AND c.is_primary AND c.archived_at IS NULL)) AS without_primary,
      (SELECT count(*)::int FROM partners WHERE version <> 1 OR created_by IS NULL OR updated_by IS NULL) AS untracked,
      (SELECT count(DISTINCT stage)::int FROM partners) AS stages,
      (SELECT count(*)::int FROM audit_entries
        WHERE entity_type NOT IN ('communication', 'commitment', 'program', 'program-role', 'contribution', 'impact-note', 'assessment')) AS other_audit_entries,
      (SELECT count(*)::int FROM users WHERE lower(email) = lower('${BENCH_ADMIN_EMAIL}') AND role = 'admin') AS admins,
      (SELECT count(*)::int FROM partners WHERE updated_at > '${now.toISOString()}' OR created_at > updated_at) AS bad_times`);
    expect(checks[0]).toEqual({ without_primary: 0, untracked: 0, stages: 6, other_audit_entries: 0, admins: 1, bad_times: 0 });
  });

  it('logs communications and follow-ups that obey the API’s rules, unevenly, with some partners quiet and some follow-ups overdue', async () => {
    const [c] = await query<Record<string, number>>(first, `SELECT
      -- Participants are this partner's contacts and staff users; owners likewise.
      (SELECT count(*)::int FROM communications m, unnest(m.contact_participant_ids) AS x(id)
        WHERE NOT EXISTS (SELECT 1 FROM contacts k WHERE k.id = x.id AND k.partner_id = m.partner_id)) AS foreign_participants,
      (SELECT count(*)::int FROM communications m, unnest(m.staff_participant_ids) AS x(id)
        WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = x.id)) AS unknown_staff,
      (SELECT count(*)::int FROM commitments k JOIN contacts o ON o.id = k.owner_contact_id WHERE o.partner_id <> k.partner_id) AS foreign_owners,
      (SELECT count(*)::int FROM commitments k JOIN communications m ON m.id = k.communication_id
        WHERE m.partner_id <> k.partner_id OR k.due_on < (m.occurred_at AT TIME ZONE 'UTC')::date) AS bad_follow_ups,
      -- Nothing happens after now; done on a day between recording and yesterday.
      (SELECT count(*)::int FROM communications WHERE occurred_at > '${now.toISOString()}' OR created_at > '${now.toISOString()}') AS future_communications,
      (SELECT count(*)::int FROM commitments WHERE completed_on >= '${now.toISOString().slice(0, 10)}' OR status_changed_at > '${now.toISOString()}'
         OR (status = 'open') <> (status_changed_at IS NULL)) AS bad_status_changes,
      (SELECT round(100.0 * count(DISTINCT communication_id) / (SELECT count(*) FROM communications))::int FROM communication_factor_tags) AS tagged_percent,
      (SELECT round(100.0 * count(*) FILTER (WHERE communication_id IS NOT NULL) / count(*))::int FROM commitments) AS from_communications_percent,
      (SELECT count(DISTINCT status)::int FROM commitments) AS statuses,
      (SELECT count(*)::int FROM commitments WHERE status = 'done' AND completed_on > due_on) AS done_late,
      (SELECT count(*)::int FROM commitments WHERE status = 'open' AND due_on < '${now.toISOString().slice(0, 10)}') AS overdue,
      (SELECT max(n)::int FROM (SELECT count(*) AS n FROM communications GROUP BY partner_id) x) AS busiest,
      (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n)::int FROM (SELECT count(*) AS n FROM communications GROUP BY partner_id) x) AS median,
      (SELECT count(*)::int FROM partners p WHERE p.archived_at IS NULL AND p.stage IN ('active', 'sustaining')) AS engaged,
      (SELECT count(*)::int FROM partners p WHERE p.archived_at IS NULL AND p.stage IN ('active', 'sustaining')
         AND '${now.toISOString().slice(0, 10)}'::date - p.contact_cadence_days > coalesce((SELECT max(m.occurred_at AT TIME ZONE 'UTC')::date FROM communications m
               WHERE m.partner_id = p.id AND m.two_way AND m.substantive AND m.archived_at IS NULL), p.created_at::date)) AS quiet,
      (SELECT count(*)::int FROM audit_entries WHERE entity_type = 'communication' AND action = 'create') AS communication_entries,
      (SELECT count(*)::int FROM audit_entries WHERE entity_type = 'commitment' AND action = 'update') AS status_entries,
      (SELECT count(*)::int FROM commitments WHERE status <> 'open') AS closed`);
    expect(c).toMatchObject({ foreign_participants: 0, unknown_staff: 0, foreign_owners: 0, bad_follow_ups: 0, future_communications: 0, bad_status_changes: 0, statuses: 4 });
    expect(c!.tagged_percent).toBeGreaterThanOrEqual(12);
    expect(c!.tagged_percent).toBeLessThanOrEqual(18);
    expect(c!.from_communications_percent).toBe(85);
    expect(c!.done_late).toBeGreaterThan(0);
    expect(c!.overdue).toBeGreaterThan(0);
    // Uneven: the busiest partner has several times the median.
    expect(c!.busiest).toBeGreaterThan(c!.median! * 3);
    // Some engaged partners have gone quiet, most have not.
    expect(c!.quiet).toBeGreaterThan(0);
    expect(c!.quiet).toBeLessThan(c!.engaged! / 3);
    // The timeline's entries: one per communication, one per status change.
    expect(c!.communication_entries).toBe(scale.communications);
    expect(c!.status_entries).toBe(c!.closed);
  });

  it('writes the audit entries the services would have written (their own snapshot functions, compared field by field)', async () => {
    const communications = await query<{
      occurred_at: Date; channel: string; initiated_by: string; two_way: boolean; substantive: boolean; summary: string;
      staff_participant_ids: string[]; contact_participant_ids: string[]; tags: { factor: string; sign: string; note: string | null }[];
      changes: unknown; actor_ok: boolean;
    }>(first, `SELECT c.occurred_at, c.channel, c.initiated_by, c.two_way, c.substantive, c.summary,
        c.staff_participant_ids::text[] AS staff_participant_ids, c.contact_participant_ids::text[] AS contact_participant_ids,
        coalesce((SELECT json_agg(json_build_object('factor', f.factor, 'sign', f.sign, 'note', f.note) ORDER BY array_position(ARRAY['SA','TW','CE','IR','OC'], f.factor))
           FROM communication_factor_tags f WHERE f.communication_id = c.id), '[]') AS tags,
        a.changes, a.actor_id = c.created_by AND a.occurred_at = c.created_at AND a.partner_id = c.partner_id AS actor_ok
        FROM communications c JOIN audit_entries a ON a.entity_id = c.id AND a.action = 'create'
       WHERE EXISTS (SELECT 1 FROM communication_factor_tags f WHERE f.communication_id = c.id) OR c.id::text < '1'
       ORDER BY c.id LIMIT 200`);
    expect(communications.length).toBeGreaterThan(50);
    for (const c of communications) {
      const snapshot = communicationAuditSnapshot(
        {
          occurredAt: c.occurred_at, channel: c.channel as never, initiatedBy: c.initiated_by as never, twoWay: c.two_way, substantive: c.substantive,
          summary: c.summary, staffParticipantIds: c.staff_participant_ids, contactParticipantIds: c.contact_participant_ids, archivedAt: null,
        },
        c.tags as never,
      );
      expect({ changes: c.changes, actor: c.actor_ok }).toEqual({ changes: auditChanges(undefined, snapshot), actor: true });
    }

    const commitments = await query<{
      description: string; owner_side: string; owner_user_id: string | null; owner_contact_id: string | null; due_on: string; status: string;
      completed_on: string | null; status_reason: string | null; communication_id: string | null; created: unknown; updated: unknown | null;
    }>(first, `SELECT k.description, k.owner_side, k.owner_user_id, k.owner_contact_id, k.due_on::text AS due_on, k.status,
        k.completed_on::text AS completed_on, k.status_reason, k.communication_id,
        (SELECT a.changes FROM audit_entries a WHERE a.entity_id = k.id AND a.action = 'create' AND a.actor_id = k.created_by AND a.occurred_at = k.created_at) AS created,
        (SELECT a.changes FROM audit_entries a WHERE a.entity_id = k.id AND a.action = 'update' AND a.actor_id = k.status_changed_by AND a.occurred_at = k.status_changed_at) AS updated
        FROM commitments k ORDER BY md5(k.id::text) LIMIT 500`);
    for (const k of commitments) {
      const now = {
        description: k.description, ownerSide: k.owner_side as never, ownerUserId: k.owner_user_id, ownerContactId: k.owner_contact_id, dueOn: k.due_on,
        status: k.status as never, completedOn: k.completed_on, statusReason: k.status_reason, communicationId: k.communication_id, archivedAt: null,
      };
      const opened = commitmentAuditSnapshot({ ...now, status: 'open', completedOn: null, statusReason: null });
      expect(k.created).toEqual(auditChanges(undefined, opened));
      expect(k.updated).toEqual(k.status === 'open' ? null : auditChanges(opened, commitmentAuditSnapshot(now)));
    }
    expect(new Set(commitments.map((k) => k.status)).size).toBe(4);
    expect(commitments.some((k) => k.status_reason !== null) && commitments.some((k) => k.owner_contact_id !== null)).toBe(true);

    const answers = await query<{
      partner_id: string; wave_id: string; side: string; respondent_user_id: string | null; respondent_contact_id: string | null;
      invitation_id: string | null; answered_at: Date; collaboration_level: number | null; name: string; changes: unknown; entry_ok: boolean;
    }>(first, `SELECT s.partner_id, s.wave_id, s.side, s.respondent_user_id, s.respondent_contact_id, s.invitation_id, s.answered_at,
        s.collaboration_level, coalesce(u.name, k.name) AS name, a.changes,
        a.actor_id IS NOT DISTINCT FROM s.respondent_user_id AND a.occurred_at = s.answered_at AND a.partner_id = s.partner_id AS entry_ok
        FROM assessments s JOIN audit_entries a ON a.entity_type = 'assessment' AND a.entity_id = s.id AND a.action = 'create'
        LEFT JOIN users u ON u.id = s.respondent_user_id LEFT JOIN contacts k ON k.id = s.respondent_contact_id
       ORDER BY md5(s.id::text) LIMIT 200`);
    expect(answers.length).toBeGreaterThan(50);
    expect(new Set(answers.map((a) => a.side))).toEqual(new Set(['library', 'partner']));
    for (const a of answers) {
      const snapshot = assessmentAuditSnapshot(
        {
          partnerId: a.partner_id, waveId: a.wave_id, side: a.side as never, respondentUserId: a.respondent_user_id,
          respondentContactId: a.respondent_contact_id, invitationId: a.invitation_id, answeredAt: a.answered_at, collaborationLevel: a.collaboration_level,
        },
        a.name,
      );
      expect({ changes: a.changes, entry: a.entry_ok }).toEqual({ changes: auditChanges(undefined, snapshot), entry: true });
    }
    const [counted] = await query<{ answers: number; entries: number }>(first, `SELECT (SELECT count(*) FROM assessments)::int AS answers,
        (SELECT count(*) FROM audit_entries WHERE entity_type = 'assessment')::int AS entries`);
    expect(counted!.entries).toBe(counted!.answers);
  });

  it('keeps every program’s session totals equal to its live sessions’ (one UPDATE for the load), the list’s totals equal to the programs’, and the totals triggers on', async () => {
    const [t] = await query<Record<string, number | string>>(first, `SELECT
      (SELECT count(*)::int FROM programs p
         LEFT JOIN (SELECT s.program_id, count(*) AS sessions,
                           sum(s.attendance_age_0_5 + s.attendance_age_6_11 + s.attendance_age_12_18 + s.attendance_age_19_plus + s.attendance_general) AS attendance,
                           sum(s.recorded_views) AS views
                      FROM program_sessions s WHERE s.archived_at IS NULL GROUP BY s.program_id) t ON t.program_id = p.id
        WHERE (p.session_count, p.attendance_total, p.recorded_views_total)
              IS DISTINCT FROM (coalesce(t.sessions, 0)::int, coalesce(t.attendance, 0)::int, coalesce(t.views, 0)::int)) AS mismatched,
      (SELECT count(*)::int FROM programs WHERE session_count > 0) AS with_sessions,
      (SELECT count(*)::int FROM programs WHERE recorded_views_total > 0) AS with_views,
      (SELECT count(*)::int FROM program_sessions WHERE archived_at IS NOT NULL) AS archived_sessions,
      (SELECT tgenabled::text FROM pg_trigger WHERE tgname = 'TRG_program_sessions_totals') AS trigger_enabled,
      (SELECT tgenabled::text FROM pg_trigger WHERE tgname = 'TRG_programs_totals') AS list_totals_trigger_enabled,
      (SELECT (sum(programs), sum(sessions), sum(attendance))::text FROM program_totals) AS list_totals_kept,
      (SELECT (count(*), coalesce(sum(session_count), 0), coalesce(sum(attendance_total), 0))::text FROM programs WHERE archived_at IS NULL) AS list_totals_counted`);
    expect(t).toMatchObject({ mismatched: 0, trigger_enabled: 'O', list_totals_trigger_enabled: 'O' });
    // The list's totals over every live program (its trigger off for the load, then rebuilt).
    expect(t!.list_totals_kept).toBe(t!.list_totals_counted);
    expect(t!.with_sessions).toBeGreaterThan(scale.programs / 2);
    expect(t!.with_views).toBeGreaterThan(0);
    expect(t!.archived_sessions).toBeGreaterThanOrEqual(0);

    // And the trigger keeps them afterwards: a new session on a program updates its row.
    const client = new Client({ connectionString: first.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; starts_on: string; attendance_total: number }>(
        "SELECT id, starts_on::text AS starts_on, attendance_total FROM programs WHERE session_count > 0 ORDER BY id LIMIT 1",
      );
      const program = rows[0]!;
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO program_sessions (program_id, starts_at, format, attendance_general, version) VALUES ($1, ($2::date)::timestamp AT TIME ZONE 'UTC' + interval '15 hours', 'in-person-onsite', 7, 1)`,
        [program.id, program.starts_on],
      );
      const after = await client.query<{ attendance_total: number }>('SELECT attendance_total FROM programs WHERE id = $1', [program.id]);
      await client.query('ROLLBACK');
      expect(after.rows[0]!.attendance_total).toBe(program.attendance_total + 7);
    } finally {
      await client.end();
    }
  });

  it('sets every partner’s last contact and contact document as their triggers would (set at once for the load) and leaves the triggers on', async () => {
    const [t] = await query<Record<string, number | string>>(first, `SELECT
      (SELECT count(*)::int FROM partners p
        WHERE p.last_contact_at IS DISTINCT FROM (SELECT max(m.occurred_at) FROM communications m
                                                   WHERE m.partner_id = p.id AND m.two_way AND m.substantive AND m.archived_at IS NULL)) AS wrong_last_contact,
      (SELECT count(*)::int FROM partners WHERE last_contact_at IS NOT NULL) AS contacted,
      (SELECT count(*)::int FROM partners p
        WHERE (SELECT d.document FROM partner_contact_documents d WHERE d.partner_id = p.id) IS DISTINCT FROM
              (SELECT array_to_tsvector(array_agg(DISTINCT x.lexeme)) FROM contacts c CROSS JOIN LATERAL unnest(c.search_document) x
                WHERE c.partner_id = p.id AND c.archived_at IS NULL)) AS wrong_documents,
      (SELECT string_agg(tgenabled::text, '' ORDER BY tgname) FROM pg_trigger
        WHERE tgname LIKE 'TRG_communications_last_contact_%' OR tgname LIKE 'TRG_contacts_partner_document_%') AS triggers_enabled`);
    expect(t).toMatchObject({ wrong_last_contact: 0, wrong_documents: 0, triggers_enabled: 'OOOOOO' });
    expect(t!.contacted).toBeGreaterThan(scale.partners / 2);

    // And the triggers keep them afterwards: a later conversation moves the partner's last contact, a new contact
    // joins its document.
    const client = new Client({ connectionString: first.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>('SELECT id FROM partners WHERE last_contact_at IS NOT NULL ORDER BY id LIMIT 1');
      const partner = rows[0]!;
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO communications (partner_id, occurred_at, channel, initiated_by, two_way, substantive, version) VALUES ($1, $2, 'call', 'partner', true, true, 1)`,
        [partner.id, now],
      );
      await client.query(`INSERT INTO contacts (partner_id, name, version) VALUES ($1, 'Xanthippe Quillfeather', 1)`, [partner.id]);
      // The contact document's triggers run at commit; this transaction is rolled back, so run them now.
      await client.query('SET CONSTRAINTS ALL IMMEDIATE');
      const after = await client.query<{ last_contact_at: Date; found: boolean }>(
        `SELECT p.last_contact_at, d.document @@ to_tsquery('simple', 'quillfeather') AS found
           FROM partners p JOIN partner_contact_documents d ON d.partner_id = p.id WHERE p.id = $1`,
        [partner.id],
      );
      await client.query('ROLLBACK');
      expect(after.rows[0]).toEqual({ last_contact_at: now, found: true });
    } finally {
      await client.end();
    }
  });

  it('leaves the value view’s figures as their triggers would have kept them (one rebuild for the load), and the triggers on', async () => {
    const source = new DataSource({ type: 'postgres', url: first.url });
    await source.initialize();
    try {
      const { kept, rebuilt } = await keptAndRebuiltValueFigures(source);
      expect(kept).toEqual(rebuilt);
      expect(kept.value_partner_sessions!.length).toBeGreaterThan(0);
      expect(kept.value_partner_notes!.length).toBeGreaterThan(0);
      const triggers = (await source.query(
        `SELECT tgname, tgenabled::text AS enabled FROM pg_trigger WHERE tgname = ANY($1::text[]) ORDER BY tgname`,
        [VALUE_FIGURE_TRIGGERS.map((t) => t.trigger)],
      )) as { tgname: string; enabled: string }[];
      expect(triggers).toHaveLength(VALUE_FIGURE_TRIGGERS.length);
      expect(triggers.every((t) => t.enabled === 'O')).toBe(true);
    } finally {
      await source.destroy();
    }
  });

  it('makes programs, roles, sessions, contributions, outcomes and notes that obey the API’s rules, unevenly spread over partners', async () => {
    const today = now.toISOString().slice(0, 10);
    const [c] = await query<Record<string, number>>(first, `SELECT
      -- Sessions: on a UTC day within the program's dates, before today; views only when recorded; only for
      -- programs that had started.
      (SELECT count(*)::int FROM program_sessions s JOIN programs p ON p.id = s.program_id
        WHERE (s.starts_at AT TIME ZONE 'UTC')::date NOT BETWEEN p.starts_on AND p.ends_on
           OR s.starts_at >= '${today}' OR (s.recorded_views IS NOT NULL AND s.format <> 'recorded')) AS bad_sessions,
      (SELECT count(*)::int FROM program_sessions s JOIN programs p ON p.id = s.program_id WHERE p.status = 'postponed' OR p.starts_on >= '${today}') AS sessions_not_started,
      (SELECT count(*)::int FROM program_sessions WHERE format = 'recorded' AND recorded_views IS NOT NULL) AS recorded_with_views,
      (SELECT round(100.0 * count(audience_matched) / count(*))::int FROM program_sessions) AS audience_set_percent,
      -- Attendance in the program's age bands (a few people outside them now and then).
      (SELECT round(100.0 * count(*) FILTER (WHERE s.attendance_age_0_5 > 0 AND NOT 'age-0-5' = ANY(p.age_bands)) / count(*))::int
         FROM program_sessions s JOIN programs p ON p.id = s.program_id) AS outside_bands_percent,
      (SELECT count(*)::int FROM programs WHERE format = 'storytime' AND NOT age_bands @> ARRAY['age-0-5']) AS storytime_without_children,
      -- Target groups exactly when the audience is specific groups (the API's rule).
      (SELECT count(*)::int FROM programs WHERE (audience_scope = 'specific-groups') <> (cardinality(target_groups) > 0)) AS bad_audiences,
      (SELECT count(DISTINCT status)::int FROM programs) AS statuses,
      (SELECT count(*)::int FROM programs WHERE status = 'held' AND ends_on >= '${today}') AS held_in_future,
      (SELECT count(*)::int FROM programs WHERE created_at > starts_on + 1 AND starts_on < '${today}'::date - 1) AS planned_after_start,
      (SELECT count(*)::int FROM programs WHERE created_at > '${now.toISOString()}' OR updated_at > '${now.toISOString()}' OR updated_at < created_at) AS bad_times,
      -- Roles: 1-3 partners a program; the partner existed, an owner is a live contact of that partner.
      (SELECT max(n)::int FROM (SELECT count(DISTINCT partner_id) AS n FROM program_roles GROUP BY program_id) x) AS most_partners,
      (SELECT count(*)::int FROM programs p WHERE NOT EXISTS (SELECT 1 FROM program_roles r WHERE r.program_id = p.id)) AS without_partners,
      (SELECT count(*)::int FROM program_roles r JOIN contacts k ON k.id = r.owner_contact_id WHERE k.partner_id <> r.partner_id OR k.archived_at IS NOT NULL) AS foreign_owners,
      (SELECT count(*)::int FROM program_roles r JOIN partners pa ON pa.id = r.partner_id JOIN programs p ON p.id = r.program_id
        WHERE pa.created_at >= p.created_at) AS partner_too_new,
      (SELECT max(n)::int FROM (SELECT count(DISTINCT program_id) AS n FROM program_roles GROUP BY partner_id) x) AS busiest,
      (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n)::int FROM (SELECT count(DISTINCT program_id) AS n FROM program_roles GROUP BY partner_id) x) AS median,
      -- Contributions: a partner's line names a partner of the program; volunteer hours valued with rate, source and year.
      (SELECT count(*)::int FROM contributions c WHERE c.side = 'partner' AND c.program_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM program_roles r WHERE r.program_id = c.program_id AND r.partner_id = c.partner_id)) AS foreign_lines,
      (SELECT count(*)::int FROM contributions WHERE type = 'volunteers' AND unit = 'hours' AND (rate IS NULL OR rate_source IS NULL OR money_value IS NULL)) AS unvalued_hours,
      (SELECT count(*)::int FROM contributions WHERE rate IS NOT NULL) AS valued_lines,
      (SELECT count(DISTINCT side || type || stage)::int FROM contributions) AS line_kinds,
      (SELECT count(*)::int FROM contributions WHERE stage = 'actual' AND contributed_on >= '${today}') AS future_actuals,
      -- Outcome results: a session's belongs to its program; at least someone answered.
      (SELECT count(*)::int FROM outcome_results o JOIN program_sessions s ON s.id = o.session_id WHERE s.program_id <> o.program_id) AS foreign_sessions,
      (SELECT count(*)::int FROM outcome_results WHERE session_id IS NOT NULL) AS session_results,
      (SELECT count(*)::int FROM outcome_results WHERE timing = 'follow-up') AS follow_ups,
      (SELECT count(*)::int FROM outcome_results WHERE respondents < 1 OR collected_on >= '${today}') AS bad_results,
      -- Notes: quotes mostly consented, media mentions mostly with a link; nothing noted today or later.
      (SELECT count(DISTINCT kind)::int FROM impact_notes) AS note_kinds,
      (SELECT count(*)::int FROM impact_notes WHERE kind = 'quote' AND consent_to_quote) AS consented_quotes,
      (SELECT count(*)::int FROM impact_notes WHERE source_url IS NOT NULL AND (kind <> 'media-mention' OR source_url NOT LIKE 'https://%')) AS bad_urls,
      (SELECT count(*)::int FROM impact_notes WHERE noted_on >= '${today}') AS future_notes,
      (SELECT count(*)::int FROM impact_notes WHERE program_id IS NULL) AS partner_only_notes`);
    expect(c).toMatchObject({
      bad_sessions: 0, sessions_not_started: 0, storytime_without_children: 0, bad_audiences: 0, statuses: 4, held_in_future: 0,
      planned_after_start: 0, bad_times: 0, without_partners: 0, foreign_owners: 0, partner_too_new: 0, foreign_lines: 0,
      unvalued_hours: 0, future_actuals: 0, foreign_sessions: 0, bad_results: 0, note_kinds: 5, bad_urls: 0, future_notes: 0,
    });
    expect(c!.recorded_with_views).toBeGreaterThan(0);
    expect(c!.audience_set_percent).toBeGreaterThanOrEqual(70);
    expect(c!.audience_set_percent).toBeLessThanOrEqual(90);
    expect(c!.outside_bands_percent).toBeLessThan(5);
    expect(c!.most_partners).toBe(3);
    // Uneven: the busiest partner is in several times as many programs as the median one.
    expect(c!.busiest).toBeGreaterThan(c!.median! * 3);
    expect(c!.valued_lines).toBeGreaterThan(0);
    expect(c!.line_kinds).toBeGreaterThan(15);
    expect(c!.session_results).toBeGreaterThan(0);
    expect(c!.follow_ups).toBeGreaterThan(0);
    expect(c!.consented_quotes).toBeGreaterThan(0);
    expect(c!.partner_only_notes).toBe(scale.impactNotes - Math.round(scale.impactNotes * 0.7));

    // Volunteer hours are valued as the API values them, at the rate of their year.
    const lines = await query<{ quantity: string; rate: string; money_value: string; rate_year: number; contributed_on: string }>(
      first,
      "SELECT quantity, rate, money_value, rate_year, contributed_on::text AS contributed_on FROM contributions WHERE rate IS NOT NULL ORDER BY id LIMIT 200",
    );
    for (const line of lines) {
      expect(Number(line.money_value)).toBe(valueAtRate(Number(line.quantity), Number(line.rate)));
      expect({ rate: Number(line.rate), year: line.rate_year }).toEqual(volunteerRateFor(line.contributed_on));
    }
  });

  it('writes the program records’ audit entries the services would have written', async () => {
    const programs = await query<Record<string, unknown> & { created: unknown; updated: unknown; archived: unknown; status: string; archived_at: Date | null }>(
      first,
      `SELECT p.title, p.description, p.topic, p.primary_outcome, p.development_model, p.format, p.location, p.audience_scope, p.target_groups,
              p.age_bands, p.library_role, p.impact_areas, p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, p.status, p.status_reason,
              p.status_note, p.agreement_done_on::text AS agreement_done_on, p.branding_approved_on::text AS branding_approved_on,
              p.volunteers_cleared_on::text AS volunteers_cleared_on, p.space_booked_on::text AS space_booked_on,
              p.timing_confirmed_on::text AS timing_confirmed_on, p.partner_credited, p.outcome_summary_shared_on::text AS outcome_summary_shared_on,
              p.archived_at, p.version,
              (SELECT a.changes FROM audit_entries a WHERE a.entity_id = p.id AND a.action = 'create' AND a.partner_id IS NULL
                  AND a.actor_id = p.created_by AND a.occurred_at = p.created_at) AS created,
              (SELECT a.changes FROM audit_entries a WHERE a.entity_id = p.id AND a.action = 'update' AND a.partner_id IS NULL AND a.occurred_at <= p.updated_at) AS updated,
              (SELECT a.changes FROM audit_entries a WHERE a.entity_id = p.id AND a.action = 'archive' AND a.occurred_at = p.archived_at) AS archived
         FROM programs p
        WHERE p.archived_at IS NOT NULL OR p.status <> 'planned' OR p.id::text < '2'
        ORDER BY p.archived_at IS NULL, p.id LIMIT 300`,
    );
    expect(new Set(programs.map((p) => p.status)).size).toBe(4);
    for (const p of programs) {
      const now = {
        title: p.title, description: p.description, topic: p.topic, primaryOutcome: p.primary_outcome, developmentModel: p.development_model,
        format: p.format, location: p.location, audienceScope: p.audience_scope, targetGroups: p.target_groups, ageBands: p.age_bands,
        libraryRole: p.library_role, impactAreas: p.impact_areas, startsOn: p.starts_on, endsOn: p.ends_on, status: p.status,
        statusReason: p.status_reason, statusNote: p.status_note, agreementDoneOn: p.agreement_done_on, brandingApprovedOn: p.branding_approved_on,
        volunteersClearedOn: p.volunteers_cleared_on, spaceBookedOn: p.space_booked_on, timingConfirmedOn: p.timing_confirmed_on,
        partnerCredited: p.partner_credited, outcomeSummarySharedOn: p.outcome_summary_shared_on, archivedAt: null,
      };
      const planned = programAuditSnapshot({ ...now, status: 'planned', statusReason: null, statusNote: null } as never);
      expect(p.created).toEqual(auditChanges(undefined, planned));
      expect(p.updated).toEqual(p.status === 'planned' ? null : auditChanges(planned, programAuditSnapshot(now as never)));
      expect(p.archived).toEqual(p.archived_at ? { archivedAt: { before: null, after: p.archived_at.toISOString() } } : null);
      expect(p.version).toBe(1 + (p.status === 'planned' ? 0 : 1) + (p.archived_at ? 1 : 0));
    }

    const roles = await query<{ program_id: string; partner_id: string; role: string; responsibilities: string; owner_contact_id: string | null; owner_named_on: string | null; changes: unknown }>(
      first,
      `SELECT r.program_id, r.partner_id, r.role, r.responsibilities, r.owner_contact_id, r.owner_named_on::text AS owner_named_on, a.changes
         FROM program_roles r JOIN audit_entries a ON a.entity_id = r.id AND a.action = 'create' AND a.partner_id = r.partner_id
              AND a.actor_id = r.created_by AND a.occurred_at = r.created_at AND a.entity_type = 'program-role'
        ORDER BY md5(r.id::text) LIMIT 300`,
    );
    expect(roles.length).toBe(300);
    for (const r of roles) {
      const snapshot = programRoleAuditSnapshot({
        programId: r.program_id, partnerId: r.partner_id, role: r.role, responsibilities: r.responsibilities, ownerContactId: r.owner_contact_id,
        ownerNamedOn: r.owner_named_on, archivedAt: null,
      } as never);
      expect(r.changes).toEqual(auditChanges(undefined, snapshot));
    }
    expect(roles.some((r) => r.owner_contact_id !== null) && roles.some((r) => r.owner_contact_id === null)).toBe(true);

    const lines = await query<Record<string, unknown> & { changes: unknown; partner_ok: boolean }>(
      first,
      `SELECT c.side, c.partner_id, c.program_id, c.type, c.stage, c.description, c.quantity::float8 AS quantity, c.unit, c.money_value::float8 AS money_value,
              c.rate::float8 AS rate, c.rate_source, c.rate_year, c.contributed_on::text AS contributed_on, a.changes,
              a.partner_id IS NOT DISTINCT FROM c.partner_id AS partner_ok
         FROM contributions c JOIN audit_entries a ON a.entity_id = c.id AND a.action = 'create' AND a.entity_type = 'contribution'
              AND a.actor_id = c.created_by AND a.occurred_at = c.created_at
        ORDER BY md5(c.id::text) LIMIT 400`,
    );
    expect(lines.length).toBe(400);
    for (const c of lines) {
      const snapshot = contributionAuditSnapshot({
        side: c.side, partnerId: c.partner_id, programId: c.program_id, type: c.type, stage: c.stage, description: c.description,
        quantity: c.quantity, unit: c.unit, moneyValue: c.money_value, rate: c.rate, rateSource: c.rate_source, rateYear: c.rate_year,
        contributedOn: c.contributed_on, archivedAt: null,
      } as never);
      expect({ changes: c.changes, partner: c.partner_ok }).toEqual({ changes: auditChanges(undefined, snapshot), partner: true });
    }
    expect(lines.some((c) => c.rate !== null) && lines.some((c) => c.partner_id === null)).toBe(true);

    const notes = await query<Record<string, unknown> & { changes: unknown; partner_ok: boolean }>(
      first,
      `SELECT n.kind, n.text, n.attribution, n.value_dimension, n.consent_to_quote, n.partner_id, n.program_id, n.noted_on::text AS noted_on,
              n.source_url, a.changes, a.partner_id IS NOT DISTINCT FROM n.partner_id AS partner_ok
         FROM impact_notes n JOIN audit_entries a ON a.entity_id = n.id AND a.action = 'create' AND a.entity_type = 'impact-note'
              AND a.actor_id = n.created_by AND a.occurred_at = n.created_at
        ORDER BY md5(n.id::text) LIMIT 300`,
    );
    expect(notes.length).toBe(300);
    for (const n of notes) {
      const snapshot = impactNoteAuditSnapshot({
        kind: n.kind, text: n.text, attribution: n.attribution, valueDimension: n.value_dimension, consentToQuote: n.consent_to_quote,
        partnerId: n.partner_id, programId: n.program_id, notedOn: n.noted_on, sourceUrl: n.source_url, archivedAt: null,
      } as never);
      expect({ changes: n.changes, partner: n.partner_ok }).toEqual({ changes: auditChanges(undefined, snapshot), partner: true });
    }

    // One create per record, one archive per archived one.
    const [counts] = await query<Record<string, number>>(first, `SELECT
      (SELECT count(*)::int FROM audit_entries WHERE entity_type = 'program-role' AND action = 'create') AS role_entries,
      (SELECT count(*)::int FROM audit_entries WHERE entity_type = 'contribution' AND action = 'create') AS contribution_entries,
      (SELECT count(*)::int FROM audit_entries WHERE entity_type = 'impact-note' AND action = 'create') AS note_entries,
      (SELECT count(*)::int FROM audit_entries WHERE entity_type IN ('program', 'program-role', 'contribution', 'impact-note') AND action = 'archive') AS archive_entries,
      (SELECT (SELECT count(*) FROM programs WHERE archived_at IS NOT NULL) + (SELECT count(*) FROM program_roles WHERE archived_at IS NOT NULL)
            + (SELECT count(*) FROM contributions WHERE archived_at IS NOT NULL) + (SELECT count(*) FROM impact_notes WHERE archived_at IS NOT NULL))::int AS archived`);
    expect(counts).toEqual({
      role_entries: scale.programRoles, contribution_entries: scale.contributions, note_entries: scale.impactNotes,
      archive_entries: counts!.archived, archived: counts!.archived,
    });
  });

  it('leaves the indexes and foreign keys it set aside for the load exactly as the migrations made them', async () => {
    const schema = (db: TestDatabase) =>
      query<{ d: string }>(db, `SELECT string_agg(d, E'\n' ORDER BY d) AS d FROM (
          SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public'
          UNION ALL
          SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        ) x`).then((r) => r[0]!.d);
    const fresh = await createTestDatabase();
    try {
      const expected = await schema(fresh);
      expect(expected).toContain('IDX_communications_last_contact');
      expect(expected).toContain('FK_commitments_owner_contact');
      expect(expected).toContain('UQ_outcome_results_live');
      expect(expected).toContain('FK_program_sessions_program');
      expect(await schema(first)).toBe(expected);
    } finally {
      await fresh.drop();
    }
  });

  it('gives the same records for the same seed and date', async () => {
    await runLargeSeed(second.url, { seed: 42, scale, now });
    expect(await fingerprint(second)).toBe(await fingerprint(first));
  });

  it('refuses a database that has partners above the limit, or this seed’s records, unless forced', async () => {
    await expect(runLargeSeed(first.url, { seed: 7, scale, now, refuseAbovePartners: 10 })).rejects.toThrow(/already has 40 partners/);
    // Under the limit, the same seed again would make the same ids: refused in words, nothing written.
    await expect(runLargeSeed(first.url, { seed: 42, scale, now })).rejects.toBeInstanceOf(SeedRefusedError);
    await runLargeSeed(first.url, { seed: 7, scale, now, force: true, refuseAbovePartners: 10 });
    const counts = await query<{ partners: number; staff: number; programs: number; program_entries: number }>(
      first,
      `SELECT (SELECT count(*)::int FROM partners) AS partners, (SELECT count(*)::int FROM users) AS staff, (SELECT count(*)::int FROM programs) AS programs,
              (SELECT count(*)::int FROM audit_entries WHERE entity_type = 'program' AND action = 'create') AS program_entries`,
    );
    // Same number of partners and programs (the old ones are gone, with their audit entries); staff accounts with the
    // same emails are reused, not doubled.
    expect(counts[0]!.partners).toBe(scale.partners);
    expect(counts[0]!).toMatchObject({ programs: scale.programs, program_entries: scale.programs });
    expect(counts[0]!.staff).toBeLessThanOrEqual(scale.staff * 2);
    expect(await fingerprint(first)).not.toBe(await fingerprint(second));
  });
});
