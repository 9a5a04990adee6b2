import type { SeedContext, SeedGenerator } from '../seed-context';
import { created, createdIfSet, iso } from './audit-entries';

/** A column whose value the log holds as is (text, text[], boolean, uuid). */
const plain = (column: string) => created(`to_jsonb(${column})`);
/** A date column: the entities hold 'YYYY-MM-DD' strings. */
const day = (column: string) => `to_jsonb(${column}::text)`;
/** numeric(…, 2): the entities turn it into a JS number, which JSON writes without trailing zeros (12.5, 40). */
const amount = (column: string) => `to_jsonb(${column}::float8)`;

/**
 * The audit entries of the seeded programs and of the records that carry a partner, as the services write them,
 * because the partner timeline reads them (kind 'program'): a role's, a contribution's and a note's entries carry
 * their partner ("added to program X as presenter", "contributed 12 volunteer hours", "noted a quote"), and the
 * status changes and archiving of the programs a partner has a role in are found through its roles.
 *
 * - a 'create' for every program (partnerId null, as ProgramsService writes it), as created: status planned, no
 *   reason or note, not archived, the other fields as they are now (programAuditSnapshot);
 * - an 'update' for each program's status change (planned → held / cancelled / postponed, with the reason and
 *   note), at the time and by the person the programs generator drew;
 * - a 'create' for every role (programRoleAuditSnapshot), contribution (contributionAuditSnapshot) and impact note
 *   (impactNoteAuditSnapshot), with the record's partner (a library line or a note of no partner: null);
 * - an 'archive' for each archived program, role, contribution and note, by whoever last changed it.
 *
 * Sessions and outcome results get none: nothing reads them yet (a program page shows no history), and they carry no
 * partner. Built by PostgreSQL from the rows just inserted, like the communications' entries (audit-entries.ts);
 * large-seed.spec.ts checks the documents against the services' snapshot functions.
 */
export const programAuditEntriesGenerator: SeedGenerator = {
  kind: 'program audit entries',
  async run(ctx: SeedContext): Promise<number> {
    const partners = ctx.partners.map((p) => p.id);
    const programs = ctx.programs.map((p) => p.id);
    const changed = ctx.programs.filter((p) => p.statusChangedAt !== null);
    const statements: [string, unknown[]][] = [
      [PROGRAM_CREATED, [programs]],
      [
        PROGRAM_STATUS_CHANGED,
        [changed.map((p) => p.id), changed.map((p) => p.statusChangedAt!.toISOString()), changed.map((p) => p.statusChangedBy)],
      ],
      [ROLE_CREATED, [programs]],
      [CONTRIBUTION_CREATED, [partners, programs]],
      [NOTE_CREATED, [partners, programs]],
      [ARCHIVED, [partners, programs]],
    ];
    let count = 0;
    for (const [select, values] of statements) {
      const result = await ctx.db.query(`INSERT INTO audit_entries (occurred_at, actor_id, entity_type, entity_id, action, partner_id, changes) ${select}`, values);
      count += result.rowCount ?? 0;
    }
    return count;
  },
};

/** Each SELECT gives (occurred_at, actor_id, entity_type, entity_id, action, partner_id, changes). */
const PROGRAM_CREATED = `
  SELECT p.created_at, p.created_by, 'program', p.id, 'create', NULL::uuid,
         jsonb_build_object(
           'title', ${plain('p.title')},
           'description', ${plain('p.description')},
           'topic', ${plain('p.topic')},
           'primaryOutcome', ${plain('p.primary_outcome')},
           'developmentModel', ${plain('p.development_model')},
           'format', ${plain('p.format')},
           'location', ${plain('p.location')},
           'audienceScope', ${plain('p.audience_scope')},
           'targetGroups', ${plain('p.target_groups')},
           'ageBands', ${plain('p.age_bands')},
           'libraryRole', ${plain('p.library_role')},
           'impactAreas', ${plain('p.impact_areas')},
           'startsOn', ${created(day('p.starts_on'))},
           'endsOn', ${created(day('p.ends_on'))},
           'status', ${created(`'"planned"'::jsonb`)},
           'partnerCredited', ${plain('p.partner_credited')}
         ) || ${createdIfSet('agreementDoneOn', day('p.agreement_done_on'))}
           || ${createdIfSet('brandingApprovedOn', day('p.branding_approved_on'))}
           || ${createdIfSet('volunteersClearedOn', day('p.volunteers_cleared_on'))}
           || ${createdIfSet('spaceBookedOn', day('p.space_booked_on'))}
           || ${createdIfSet('timingConfirmedOn', day('p.timing_confirmed_on'))}
           || ${createdIfSet('outcomeSummarySharedOn', day('p.outcome_summary_shared_on'))}
    FROM programs p WHERE p.id = ANY($1::uuid[])
   ORDER BY p.created_at, p.id`;

const PROGRAM_STATUS_CHANGED = `
  SELECT x.changed_at, x.changed_by, 'program', p.id, 'update', NULL::uuid,
         jsonb_build_object('status', jsonb_build_object('before', 'planned'::text, 'after', p.status))
           || ${createdIfSet('statusReason', 'to_jsonb(p.status_reason)')}
           || ${createdIfSet('statusNote', 'to_jsonb(p.status_note)')}
    FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[]) AS x(id, changed_at, changed_by)
    JOIN programs p ON p.id = x.id
   ORDER BY x.changed_at, p.id`;

const ROLE_CREATED = `
  SELECT r.created_at, r.created_by, 'program-role', r.id, 'create', r.partner_id,
         jsonb_build_object(
           'programId', ${plain('r.program_id')},
           'partnerId', ${plain('r.partner_id')},
           'role', ${plain('r.role')},
           'responsibilities', ${plain('r.responsibilities')}
         ) || ${createdIfSet('ownerContactId', 'to_jsonb(r.owner_contact_id)')}
           || ${createdIfSet('ownerNamedOn', day('r.owner_named_on'))}
    FROM program_roles r WHERE r.program_id = ANY($1::uuid[])
   ORDER BY r.created_at, r.id`;

const CONTRIBUTION_CREATED = `
  SELECT c.created_at, c.created_by, 'contribution', c.id, 'create', c.partner_id,
         jsonb_build_object(
           'side', ${plain('c.side')},
           'type', ${plain('c.type')},
           'stage', ${plain('c.stage')},
           'description', ${plain('c.description')},
           'contributedOn', ${created(day('c.contributed_on'))}
         ) || ${createdIfSet('partnerId', 'to_jsonb(c.partner_id)')}
           || ${createdIfSet('programId', 'to_jsonb(c.program_id)')}
           || ${createdIfSet('quantity', amount('c.quantity'))}
           || ${createdIfSet('unit', 'to_jsonb(c.unit)')}
           || ${createdIfSet('moneyValue', amount('c.money_value'))}
           || ${createdIfSet('rate', amount('c.rate'))}
           || ${createdIfSet('rateSource', 'to_jsonb(c.rate_source)')}
           || ${createdIfSet('rateYear', 'to_jsonb(c.rate_year)')}
    FROM contributions c WHERE c.partner_id = ANY($1::uuid[]) OR c.program_id = ANY($2::uuid[])
   ORDER BY c.created_at, c.id`;

const NOTE_CREATED = `
  SELECT n.created_at, n.created_by, 'impact-note', n.id, 'create', n.partner_id,
         jsonb_build_object(
           'kind', ${plain('n.kind')},
           'text', ${plain('n.text')},
           'valueDimension', ${plain('n.value_dimension')},
           'consentToQuote', ${plain('n.consent_to_quote')},
           'notedOn', ${created(day('n.noted_on'))}
         ) || ${createdIfSet('attribution', 'to_jsonb(n.attribution)')}
           || ${createdIfSet('partnerId', 'to_jsonb(n.partner_id)')}
           || ${createdIfSet('programId', 'to_jsonb(n.program_id)')}
           || ${createdIfSet('sourceUrl', 'to_jsonb(n.source_url)')}
    FROM impact_notes n WHERE n.partner_id = ANY($1::uuid[]) OR n.program_id = ANY($2::uuid[])
   ORDER BY n.created_at, n.id`;

const ARCHIVED = `
  SELECT archived_at, actor_id, entity_type, id, 'archive', partner_id, jsonb_build_object('archivedAt', ${created(iso('archived_at'))})
    FROM (SELECT p.archived_at, p.updated_by AS actor_id, 'program' AS entity_type, p.id, NULL::uuid AS partner_id
            FROM programs p WHERE p.id = ANY($2::uuid[]) AND p.archived_at IS NOT NULL
          UNION ALL
          SELECT r.archived_at, r.updated_by, 'program-role', r.id, r.partner_id
            FROM program_roles r WHERE r.program_id = ANY($2::uuid[]) AND r.archived_at IS NOT NULL
          UNION ALL
          SELECT c.archived_at, c.updated_by, 'contribution', c.id, c.partner_id
            FROM contributions c WHERE (c.partner_id = ANY($1::uuid[]) OR c.program_id = ANY($2::uuid[])) AND c.archived_at IS NOT NULL
          UNION ALL
          SELECT n.archived_at, n.updated_by, 'impact-note', n.id, n.partner_id
            FROM impact_notes n WHERE (n.partner_id = ANY($1::uuid[]) OR n.program_id = ANY($2::uuid[])) AND n.archived_at IS NOT NULL) archived
   ORDER BY archived_at, id`;
