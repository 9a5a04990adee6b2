import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the value view of a partner reads, kept ready.
 *
 * Summing a partner's year from its records took 60–110 ms for the partner with the most programs (577 programs,
 * 2,670 sessions): the view had to find every program where the partner has a role and aggregate their sessions,
 * outcome results, contributions and notes on each request. Here the figures are kept per partner and year by
 * triggers, so the view reads a few dozen narrow rows.
 *
 * Two levels, so that every change costs a handful of rows:
 * - per program and year (value_program_statuses, _sessions, _outcomes): recounted from the program's own records
 *   whenever one of them changes (a program has a few sessions and results), as the sessions' totals on programs are;
 * - per partner and year (value_partner_statuses, _sessions, _outcomes): the sum of the first level over the
 *   partner's programs, i.e. the programs in use where it has a role in use (value_partner_programs). A recount of
 *   a program adds the difference (new − old) to each of its partners; a partner joining or leaving a program (a
 *   role archived or restored, the program archived or restored) adds or subtracts the program's rows.
 * - a partner's own contributions (value_partner_contributions, per year, side, type and unit) are kept by adding
 *   each line's amounts when it starts counting and subtracting them when it stops;
 * - the notes a partner's view lists (value_partner_notes): one row per note and partner it belongs to (its own
 *   notes, and the notes naming no partner of its programs), with what the list sorts and filters on.
 * value_figures_rebuild() computes everything from scratch (this migration, and the large seed after its bulk load
 * with these triggers disabled); a test compares the kept figures with a rebuild after every kind of change.
 *
 * Concurrency: a program's recount and a partner joining or leaving it must not interleave (a partner joining would
 * miss a concurrent session's difference), and two recounts of one program must not either. Session writers already
 * hold the program row FOR NO KEY UPDATE, but role, outcome, contribution and note writers hold it FOR SHARE and
 * may run together; upgrading their lock would deadlock, so the triggers take a transaction-level advisory lock per
 * program instead (after the row lock the writer took first, always in that order), then read with a fresh snapshot.
 * Rows of several partners are changed in partner order, so two writers never wait on each other in a circle.
 * The kept tables have no foreign keys: they are derived data (rebuilt, not trusted), and a key check would take
 * KEY SHARE locks on partner rows inside every write of a program's records.
 */

/** The advisory lock namespace (first key) of a program's figures; the second key is a hash of its id. */
const PROGRAM_LOCK_SPACE = 1764633600;

/** The row triggers, for the large seed, which disables them for its bulk load and calls value_figures_rebuild(). */
export const VALUE_FIGURE_TRIGGERS: ReadonlyArray<{ table: string; trigger: string }> = [
  { table: 'programs', trigger: 'TRG_programs_value_figures' },
  { table: 'program_roles', trigger: 'TRG_program_roles_value_figures' },
  { table: 'program_sessions', trigger: 'TRG_program_sessions_value_figures' },
  { table: 'outcome_results', trigger: 'TRG_outcome_results_value_figures' },
  { table: 'contributions', trigger: 'TRG_contributions_value_figures' },
  { table: 'impact_notes', trigger: 'TRG_impact_notes_value_figures' },
];

/** The tables this migration makes, for the seed's VACUUM (ANALYZE) after its rebuild. */
export const VALUE_FIGURE_TABLES = [
  'value_partner_programs',
  'value_program_statuses',
  'value_program_sessions',
  'value_program_outcomes',
  'value_partner_statuses',
  'value_partner_sessions',
  'value_partner_outcomes',
  'value_partner_contributions',
  'value_partner_notes',
] as const;

/**
 * One kind of figure kept at both levels: its grouping columns (after program_id or partner_id), its summed
 * columns, and the statement that counts it afresh from the records, for the programs `where` admits (it selects
 * program_id, then the keys, then the sums, in this order).
 */
interface FigureKind {
  name: 'statuses' | 'sessions' | 'outcomes';
  keys: ReadonlyArray<{ column: string; type: string }>;
  sums: readonly string[];
  fresh: (where: (programColumn: string) => string) => string;
}

const utcYear = (instant: string) => `extract(year FROM ${instant} AT TIME ZONE 'UTC')::int`;

const KINDS: readonly FigureKind[] = [
  {
    // A program counts, by its status, in every year its dates overlap (one over New Year counts in both).
    name: 'statuses',
    keys: [
      { column: 'year', type: 'integer' },
      { column: 'status', type: 'text' },
    ],
    sums: ['programs'],
    fresh: (where) => `
      SELECT p.id AS program_id, y.year, p.status, 1::bigint AS programs
        FROM programs p
       CROSS JOIN LATERAL generate_series(extract(year FROM p.starts_on)::int, extract(year FROM p.ends_on)::int) AS y(year)
       WHERE ${where('p.id')}`,
  },
  {
    // Sessions in use on their UTC day, by format, whatever the program's status (a session on record happened).
    name: 'sessions',
    keys: [
      { column: 'year', type: 'integer' },
      { column: 'format', type: 'text' },
    ],
    sums: ['sessions', 'age_0_5', 'age_6_11', 'age_12_18', 'age_19_plus', 'general', 'recorded_views', 'audience_matched', 'audience_recorded'],
    fresh: (where) => `
      SELECT s.program_id, ${utcYear('s.starts_at')} AS year, s.format,
             count(*) AS sessions, sum(s.attendance_age_0_5) AS age_0_5, sum(s.attendance_age_6_11) AS age_6_11,
             sum(s.attendance_age_12_18) AS age_12_18, sum(s.attendance_age_19_plus) AS age_19_plus,
             sum(s.attendance_general) AS general, coalesce(sum(s.recorded_views), 0) AS recorded_views,
             count(*) FILTER (WHERE s.audience_matched) AS audience_matched, count(s.audience_matched) AS audience_recorded
        FROM program_sessions s
       WHERE s.archived_at IS NULL AND ${where('s.program_id')}
       GROUP BY 1, 2, 3`,
  },
  {
    // Results in use (a session's goes with its session), dated by collectedOn, else their session's day, else their
    // program's end date, so each counts in exactly one year.
    name: 'outcomes',
    keys: [
      { column: 'year', type: 'integer' },
      { column: 'measure', type: 'text' },
      { column: 'timing', type: 'text' },
    ],
    sums: ['results', 'respondents', 'strongly_disagree', 'disagree', 'neutral', 'agree', 'strongly_agree', 'non_responses'],
    fresh: (where) => `
      SELECT r.program_id,
             extract(year FROM coalesce(r.collected_on, (s.starts_at AT TIME ZONE 'UTC')::date, p.ends_on))::int AS year,
             r.measure, r.timing,
             count(*) AS results, sum(r.respondents) AS respondents, sum(r.strongly_disagree) AS strongly_disagree,
             sum(r.disagree) AS disagree, sum(r.neutral) AS neutral, sum(r.agree) AS agree,
             sum(r.strongly_agree) AS strongly_agree, sum(r.non_responses) AS non_responses
        FROM outcome_results r
        JOIN programs p ON p.id = r.program_id
        LEFT JOIN program_sessions s ON s.id = r.session_id
       WHERE r.archived_at IS NULL AND (r.session_id IS NULL OR s.archived_at IS NULL) AND ${where('r.program_id')}
       GROUP BY 1, 2, 3, 4`,
  },
];

const list = (columns: readonly string[], prefix = '') => columns.map((column) => `${prefix}${column}`).join(', ');
const keyColumns = (kind: FigureKind) => kind.keys.map((key) => key.column);
const addSums = (kind: FigureKind) => kind.sums.map((sum) => `${sum} = t.${sum} + excluded.${sum}`).join(', ');

function figureTables(kind: FigureKind): string[] {
  const keys = kind.keys.map((key) => `"${key.column}" ${key.type} NOT NULL`).join(', ');
  const sums = kind.sums.map((sum) => `"${sum}" bigint NOT NULL`).join(', ');
  return [
    `CREATE TABLE "value_program_${kind.name}" ("program_id" uuid NOT NULL, ${keys}, ${sums},
       CONSTRAINT "PK_value_program_${kind.name}" PRIMARY KEY ("program_id", ${list(keyColumns(kind))}))`,
    `CREATE TABLE "value_partner_${kind.name}" ("partner_id" uuid NOT NULL, ${keys}, ${sums},
       CONSTRAINT "PK_value_partner_${kind.name}" PRIMARY KEY ("partner_id", ${list(keyColumns(kind))}))`,
  ];
}

/**
 * value_recount_program_<kind>(program): counts the program's figures afresh, adds the difference to each of its
 * partners, and stores the new figures. Called with the program's advisory lock held.
 */
function recountFunction(kind: FigureKind): string {
  const keys = list(keyColumns(kind));
  const differences = kind.sums.map((sum) => `sum(${sum}) AS ${sum}`).join(', ');
  const changed = kind.sums.map((sum) => `sum(${sum}) <> 0`).join(' OR ');
  return `
    CREATE FUNCTION value_recount_program_${kind.name}(for_program uuid) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO value_partner_${kind.name} AS t (partner_id, ${keys}, ${list(kind.sums)})
      SELECT m.partner_id, ${list(keyColumns(kind), 'd.')}, ${list(kind.sums, 'd.')}
        FROM (SELECT ${keys}, ${differences}
                FROM (SELECT ${keys}, ${list(kind.sums)}
                        FROM (${kind.fresh((column) => `${column} = for_program`)}) fresh
                      UNION ALL
                      SELECT ${keys}, ${kind.sums.map((sum) => `-${sum}`).join(', ')}
                        FROM value_program_${kind.name} o WHERE o.program_id = for_program) both_counts
               GROUP BY ${keys}
              HAVING ${changed}) d
        JOIN value_partner_programs m ON m.program_id = for_program
       ORDER BY m.partner_id, ${list(keyColumns(kind), 'd.')}
      ON CONFLICT (partner_id, ${keys}) DO UPDATE SET ${addSums(kind)};
      DELETE FROM value_program_${kind.name} WHERE program_id = for_program;
      INSERT INTO value_program_${kind.name} (program_id, ${keys}, ${list(kind.sums)})
      ${kind.fresh((column) => `${column} = for_program`)};
    END $$`;
}

/** Adds (sign 1) or subtracts (−1) a program's figures of every kind to a partner's. */
function memberFiguresSql(sign: string): string {
  return KINDS.map((kind) => {
    const keys = list(keyColumns(kind));
    return `
      INSERT INTO value_partner_${kind.name} AS t (partner_id, ${keys}, ${list(kind.sums)})
      SELECT for_partner, ${list(keyColumns(kind), 'o.')}, ${kind.sums.map((sum) => `${sign} * o.${sum}`).join(', ')}
        FROM value_program_${kind.name} o WHERE o.program_id = for_program
       ORDER BY ${list(keyColumns(kind), 'o.')}
      ON CONFLICT (partner_id, ${keys}) DO UPDATE SET ${addSums(kind)};`;
  }).join('\n');
}

/** A contribution line's group and amounts (`c` a contributions row), as counted for its partner. */
const CONTRIBUTION_GROUP = `c.partner_id, extract(year FROM c.contributed_on)::int, c.side, c.type, coalesce(c.unit, '')`;
const CONTRIBUTION_UPSERT = `ON CONFLICT (partner_id, year, side, type, unit) DO UPDATE SET
  lines = t.lines + excluded.lines, money_value = t.money_value + excluded.money_value, quantity = t.quantity + excluded.quantity`;
/** Lines that count for their partner, less the program's liveness (checked apart). */
const CONTRIBUTION_COUNTS = `c.partner_id IS NOT NULL AND c.stage = 'actual' AND c.archived_at IS NULL`;

/** A note row `n` as a link to `partner`. */
const noteLink = (partner: string) => `n.id, ${partner}, n.value_dimension, n.noted_on, n.created_at`;
const NOTE_LINK_COLUMNS = 'note_id, partner_id, value_dimension, noted_on, created_at';

const LOCK_PROGRAM = `pg_advisory_xact_lock(${PROGRAM_LOCK_SPACE}, hashtext(for_program::text))`;

/** A row's columns that the figures depend on; 'in use' stands for archived_at IS NULL (archived when is no matter). */
const rowOf = (columns: readonly string[], row: 'OLD' | 'NEW') =>
  `(${columns.map((column) => (column === 'in use' ? `${row}.archived_at IS NULL` : `${row}.${column}`)).join(', ')})`;

/**
 * The start of a row trigger on a record of a program: an UPDATE that leaves `columns` as they were changes no
 * figure and returns at once; otherwise the program (old and new, when moved) is locked for the recount.
 */
function recordTriggerStart(columns: readonly string[]): string {
  return `
        IF TG_OP = 'UPDATE' THEN
          IF ${rowOf(columns, 'OLD')} IS NOT DISTINCT FROM ${rowOf(columns, 'NEW')} THEN
            RETURN NULL;
          END IF;
          PERFORM value_lock_programs(OLD.program_id, NEW.program_id);
        ELSIF TG_OP = 'INSERT' THEN
          PERFORM value_lock_programs(NEW.program_id, NULL);
        ELSE
          PERFORM value_lock_programs(OLD.program_id, NULL);
        END IF;`;
}

/** A row trigger on a program's records: the statements for the row as it was (unless inserted) and as it is now. */
interface RecordTrigger {
  table: string;
  /** Its function is value_figures_<name>_changed(). */
  name: string;
  watched: readonly string[];
  declare?: string;
  whenOld: string;
  whenNew: string;
}

function recordTriggerSql(trigger: RecordTrigger): string[] {
  return [
    `CREATE FUNCTION value_figures_${trigger.name}_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      ${trigger.declare ? `DECLARE ${trigger.declare}` : ''}
      BEGIN${recordTriggerStart(trigger.watched)}
        IF TG_OP <> 'INSERT' THEN
          ${trigger.whenOld}
        END IF;
        IF TG_OP <> 'DELETE' THEN
          ${trigger.whenNew}
        END IF;
        RETURN NULL;
      END $$`,
    `CREATE TRIGGER "TRG_${trigger.table}_value_figures" AFTER INSERT OR UPDATE OR DELETE
      ON "${trigger.table}" FOR EACH ROW EXECUTE FUNCTION value_figures_${trigger.name}_changed()`,
  ];
}

export class ValueViewFigures1764633600000 implements MigrationInterface {
  name = 'ValueViewFigures1764633600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "value_partner_programs" (
        "partner_id" uuid NOT NULL,
        "program_id" uuid NOT NULL,
        CONSTRAINT "PK_value_partner_programs" PRIMARY KEY ("partner_id", "program_id")
      )`);
    await db.query(`CREATE INDEX "IDX_value_partner_programs_program" ON "value_partner_programs" ("program_id", "partner_id")`);
    for (const kind of KINDS) for (const statement of figureTables(kind)) await db.query(statement);
    // Sums of numeric(12,2) amounts keep two decimals; unit '' stands for none (a key column cannot be null).
    await db.query(`
      CREATE TABLE "value_partner_contributions" (
        "partner_id" uuid NOT NULL,
        "year" integer NOT NULL,
        "side" text NOT NULL,
        "type" text NOT NULL,
        "unit" text NOT NULL,
        "lines" integer NOT NULL,
        "money_value" numeric(16,2) NOT NULL,
        "quantity" numeric(16,2) NOT NULL,
        CONSTRAINT "PK_value_partner_contributions" PRIMARY KEY ("partner_id", "year", "side", "type", "unit")
      )`);
    await db.query(`
      CREATE TABLE "value_partner_notes" (
        "note_id" uuid NOT NULL,
        "partner_id" uuid NOT NULL,
        "value_dimension" text NOT NULL,
        "noted_on" date NOT NULL,
        "created_at" timestamptz NOT NULL,
        CONSTRAINT "PK_value_partner_notes" PRIMARY KEY ("note_id", "partner_id")
      )`);
    // The view's order (newest first: noted_on, created_at, id), read backwards, per partner and dimension.
    await db.query(
      `CREATE INDEX "IDX_value_partner_notes_list" ON "value_partner_notes" ("partner_id", "value_dimension", "noted_on", "created_at", "note_id")`,
    );

    await db.query(`
      CREATE FUNCTION value_lock_programs(a uuid, b uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- In id order, so two writers locking the same two programs never wait on each other in a circle.
        PERFORM pg_advisory_xact_lock(${PROGRAM_LOCK_SPACE}, hashtext(id::text))
           FROM (SELECT DISTINCT id FROM unnest(ARRAY[a, b]) AS ids(id) WHERE id IS NOT NULL ORDER BY id) locked;
      END $$`);
    for (const kind of KINDS) await db.query(recountFunction(kind));

    // A partner belongs to a program in use where it has a role in use; joining adds the program's figures and
    // its notes that name no partner, leaving takes them away. Called with the program's advisory lock held.
    await db.query(`
      CREATE FUNCTION value_refresh_membership(for_partner uuid, for_program uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        belongs boolean;
        belonged boolean;
        direction bigint;
      BEGIN
        belongs := EXISTS (SELECT 1 FROM program_roles r
                            WHERE r.partner_id = for_partner AND r.program_id = for_program AND r.archived_at IS NULL)
               AND EXISTS (SELECT 1 FROM programs p WHERE p.id = for_program AND p.archived_at IS NULL);
        belonged := EXISTS (SELECT 1 FROM value_partner_programs m WHERE m.partner_id = for_partner AND m.program_id = for_program);
        IF belongs = belonged THEN
          RETURN;
        END IF;
        IF belongs THEN
          INSERT INTO value_partner_programs (partner_id, program_id) VALUES (for_partner, for_program);
          direction := 1;
          INSERT INTO value_partner_notes (${NOTE_LINK_COLUMNS})
          SELECT ${noteLink('for_partner')} FROM impact_notes n
           WHERE n.program_id = for_program AND n.partner_id IS NULL AND n.archived_at IS NULL;
        ELSE
          DELETE FROM value_partner_programs WHERE partner_id = for_partner AND program_id = for_program;
          direction := -1;
          DELETE FROM value_partner_notes l USING impact_notes n
           WHERE l.note_id = n.id AND l.partner_id = for_partner AND n.program_id = for_program AND n.partner_id IS NULL;
        END IF;
        ${memberFiguresSql('direction')}
      END $$`);

    await db.query(`
      CREATE FUNCTION value_figures_program_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        for_program uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
        direction bigint;
      BEGIN
        IF TG_OP = 'UPDATE' AND (OLD.starts_on, OLD.ends_on, OLD.status, OLD.archived_at IS NULL)
                                IS NOT DISTINCT FROM (NEW.starts_on, NEW.ends_on, NEW.status, NEW.archived_at IS NULL) THEN
          RETURN NULL;
        END IF;
        PERFORM ${LOCK_PROGRAM};
        IF TG_OP = 'DELETE' THEN
          -- Its roles, sessions and results went first (foreign keys): only its own rows are left.
          DELETE FROM value_program_statuses WHERE program_id = for_program;
          RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' OR (OLD.starts_on, OLD.ends_on, OLD.status) IS DISTINCT FROM (NEW.starts_on, NEW.ends_on, NEW.status) THEN
          PERFORM value_recount_program_statuses(for_program);
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.ends_on <> NEW.ends_on THEN
          -- Results with no date of their own are dated by the program's end.
          PERFORM value_recount_program_outcomes(for_program);
        END IF;
        IF TG_OP = 'UPDATE' AND (OLD.archived_at IS NULL) <> (NEW.archived_at IS NULL) THEN
          PERFORM value_refresh_membership(r.partner_id, for_program)
             FROM (SELECT DISTINCT partner_id FROM program_roles WHERE program_id = for_program ORDER BY partner_id) r;
          -- A program's lines and notes that name a partner stop (or start again) counting for that partner.
          direction := CASE WHEN NEW.archived_at IS NULL THEN 1 ELSE -1 END;
          INSERT INTO value_partner_contributions AS t (partner_id, year, side, type, unit, lines, money_value, quantity)
          SELECT ${CONTRIBUTION_GROUP}, direction * count(*), direction * coalesce(sum(c.money_value), 0), direction * coalesce(sum(c.quantity), 0)
            FROM contributions c
           WHERE c.program_id = for_program AND ${CONTRIBUTION_COUNTS}
           GROUP BY 1, 2, 3, 4, 5
           ORDER BY 1, 2, 3, 4, 5
          ${CONTRIBUTION_UPSERT};
          DELETE FROM value_partner_notes l USING impact_notes n
           WHERE l.note_id = n.id AND n.program_id = for_program AND n.partner_id IS NOT NULL;
          IF NEW.archived_at IS NULL THEN
            INSERT INTO value_partner_notes (${NOTE_LINK_COLUMNS})
            SELECT ${noteLink('n.partner_id')} FROM impact_notes n
             WHERE n.program_id = for_program AND n.partner_id IS NOT NULL AND n.archived_at IS NULL;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER "TRG_programs_value_figures" AFTER INSERT OR DELETE OR UPDATE OF "starts_on", "ends_on", "status", "archived_at"
      ON "programs" FOR EACH ROW EXECUTE FUNCTION value_figures_program_changed()`);

    // Per record kind, what changes when one of its rows changes. Results dated by their session's day go with it.
    const recordTriggers: RecordTrigger[] = [
      {
        table: 'program_roles',
        name: 'role',
        watched: ['partner_id', 'program_id', 'in use'],
        whenOld: 'PERFORM value_refresh_membership(OLD.partner_id, OLD.program_id);',
        whenNew: 'PERFORM value_refresh_membership(NEW.partner_id, NEW.program_id);',
      },
      {
        table: 'program_sessions',
        name: 'session',
        watched: [
          'program_id', 'starts_at', 'format', 'attendance_age_0_5', 'attendance_age_6_11', 'attendance_age_12_18',
          'attendance_age_19_plus', 'attendance_general', 'recorded_views', 'audience_matched', 'in use',
        ],
        declare: `dates_results boolean := TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND
          (OLD.program_id, OLD.starts_at, OLD.archived_at IS NULL) IS DISTINCT FROM (NEW.program_id, NEW.starts_at, NEW.archived_at IS NULL));`,
        whenOld: `PERFORM value_recount_program_sessions(OLD.program_id);
          IF dates_results THEN
            PERFORM value_recount_program_outcomes(OLD.program_id);
          END IF;`,
        whenNew: `IF TG_OP = 'INSERT' OR NEW.program_id <> OLD.program_id THEN
            PERFORM value_recount_program_sessions(NEW.program_id);
            IF dates_results THEN
              PERFORM value_recount_program_outcomes(NEW.program_id);
            END IF;
          END IF;`,
      },
      {
        table: 'outcome_results',
        name: 'outcome',
        watched: [
          'program_id', 'session_id', 'timing', 'measure', 'respondents', 'strongly_disagree', 'disagree', 'neutral',
          'agree', 'strongly_agree', 'non_responses', 'collected_on', 'in use',
        ],
        whenOld: 'PERFORM value_recount_program_outcomes(OLD.program_id);',
        whenNew: `IF TG_OP = 'INSERT' OR NEW.program_id <> OLD.program_id THEN
            PERFORM value_recount_program_outcomes(NEW.program_id);
          END IF;`,
      },
      {
        table: 'contributions',
        name: 'contribution',
        watched: ['partner_id', 'program_id', 'side', 'type', 'stage', 'unit', 'quantity', 'money_value', 'contributed_on', 'in use'],
        whenOld: 'PERFORM value_count_contribution(OLD, -1);',
        whenNew: 'PERFORM value_count_contribution(NEW, 1);',
      },
      {
        // A note in use belongs to its partner (unless its program is archived), or, naming no partner, to each
        // partner of its program.
        table: 'impact_notes',
        name: 'note',
        watched: ['partner_id', 'program_id', 'value_dimension', 'noted_on', 'created_at', 'in use'],
        whenOld: 'DELETE FROM value_partner_notes WHERE note_id = OLD.id;',
        whenNew: `IF NEW.archived_at IS NULL AND NEW.partner_id IS NOT NULL THEN
            INSERT INTO value_partner_notes (${NOTE_LINK_COLUMNS})
            SELECT NEW.id, NEW.partner_id, NEW.value_dimension, NEW.noted_on, NEW.created_at
             WHERE NEW.program_id IS NULL OR EXISTS (SELECT 1 FROM programs p WHERE p.id = NEW.program_id AND p.archived_at IS NULL);
          ELSIF NEW.archived_at IS NULL THEN
            INSERT INTO value_partner_notes (${NOTE_LINK_COLUMNS})
            SELECT NEW.id, m.partner_id, NEW.value_dimension, NEW.noted_on, NEW.created_at
              FROM value_partner_programs m WHERE m.program_id = NEW.program_id;
          END IF;`,
      },
    ];
    // A line counts for its partner while it is an actual line in use, not of an archived program.
    await db.query(`
      CREATE FUNCTION value_count_contribution(c contributions, direction bigint) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT (${CONTRIBUTION_COUNTS}) THEN
          RETURN;
        END IF;
        IF c.program_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM programs p WHERE p.id = c.program_id AND p.archived_at IS NULL) THEN
          RETURN;
        END IF;
        INSERT INTO value_partner_contributions AS t (partner_id, year, side, type, unit, lines, money_value, quantity)
        VALUES (${CONTRIBUTION_GROUP}, direction, direction * coalesce(c.money_value, 0), direction * coalesce(c.quantity, 0))
        ${CONTRIBUTION_UPSERT};
      END $$`);
    for (const trigger of recordTriggers) for (const statement of recordTriggerSql(trigger)) await db.query(statement);

    await db.query(`
      CREATE FUNCTION value_figures_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE ${VALUE_FIGURE_TABLES.join(', ')};
        INSERT INTO value_partner_programs (partner_id, program_id)
        SELECT DISTINCT r.partner_id, r.program_id
          FROM program_roles r JOIN programs p ON p.id = r.program_id AND p.archived_at IS NULL
         WHERE r.archived_at IS NULL;
        ${KINDS.map((kind) => {
          const keys = list(keyColumns(kind));
          return `
        INSERT INTO value_program_${kind.name} (program_id, ${keys}, ${list(kind.sums)}) ${kind.fresh(() => 'true')};
        INSERT INTO value_partner_${kind.name} (partner_id, ${keys}, ${list(kind.sums)})
        SELECT m.partner_id, ${list(keyColumns(kind), 'o.')}, ${kind.sums.map((sum) => `sum(o.${sum})`).join(', ')}
          FROM value_partner_programs m JOIN value_program_${kind.name} o ON o.program_id = m.program_id
         GROUP BY m.partner_id, ${list(keyColumns(kind), 'o.')};`;
        }).join('')}
        INSERT INTO value_partner_contributions (partner_id, year, side, type, unit, lines, money_value, quantity)
        SELECT ${CONTRIBUTION_GROUP}, count(*), coalesce(sum(c.money_value), 0), coalesce(sum(c.quantity), 0)
          FROM contributions c LEFT JOIN programs p ON p.id = c.program_id
         WHERE ${CONTRIBUTION_COUNTS} AND (c.program_id IS NULL OR p.archived_at IS NULL)
         GROUP BY 1, 2, 3, 4, 5;
        INSERT INTO value_partner_notes (${NOTE_LINK_COLUMNS})
        SELECT ${noteLink('n.partner_id')}
          FROM impact_notes n LEFT JOIN programs p ON p.id = n.program_id
         WHERE n.archived_at IS NULL AND n.partner_id IS NOT NULL AND (n.program_id IS NULL OR p.archived_at IS NULL)
        UNION ALL
        SELECT ${noteLink('m.partner_id')}
          FROM impact_notes n JOIN value_partner_programs m ON m.program_id = n.program_id
         WHERE n.archived_at IS NULL AND n.partner_id IS NULL;
      END $$`);
    // TRUNCATE fires no row trigger: whichever source table is emptied, everything is recounted (a fast rebuild of
    // what is left; the large seed's --force empties them all).
    await db.query(`
      CREATE FUNCTION value_figures_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM value_figures_rebuild();
        RETURN NULL;
      END $$`);
    for (const { table } of VALUE_FIGURE_TRIGGERS) {
      await db.query(`CREATE TRIGGER "TRG_${table}_value_figures_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION value_figures_truncated()`);
    }
    await db.query('SELECT value_figures_rebuild()');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { table, trigger } of VALUE_FIGURE_TRIGGERS) {
      await db.query(`DROP TRIGGER "TRG_${table}_value_figures_truncate" ON "${table}"`);
      await db.query(`DROP TRIGGER "${trigger}" ON "${table}"`);
    }
    await db.query('DROP FUNCTION value_figures_truncated()');
    await db.query('DROP FUNCTION value_figures_rebuild()');
    for (const name of ['note', 'contribution', 'outcome', 'session', 'role', 'program']) await db.query(`DROP FUNCTION value_figures_${name}_changed()`);
    await db.query('DROP FUNCTION value_count_contribution(contributions, bigint)');
    await db.query('DROP FUNCTION value_refresh_membership(uuid, uuid)');
    for (const kind of KINDS) await db.query(`DROP FUNCTION value_recount_program_${kind.name}(uuid)`);
    await db.query('DROP FUNCTION value_lock_programs(uuid, uuid)');
    for (const table of [...VALUE_FIGURE_TABLES].reverse()) await db.query(`DROP TABLE "${table}"`);
  }
}
