/**
 * Anything that runs a parameterised statement: a node-postgres client (the large seed) or a TypeORM EntityManager
 * inside a transaction (the demo's history, which needs the same multi-row inserts).
 */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/** One column of a bulk insert: its SQL name, its PostgreSQL type, and how to read it from a generated row. */
export interface ColumnSpec<R> {
  name: string;
  /** e.g. 'uuid', 'text', 'date', 'timestamptz', 'integer', 'smallint', 'boolean', 'text[]'. */
  type: string;
  value: (row: R) => unknown;
}

/** Rows per statement: large enough to be fast, small enough to keep each parameter array modest. */
const DEFAULT_CHUNK = 5_000;

/**
 * Multi-row INSERT … SELECT FROM unnest($1::type[], $2::type[], …): one round trip per chunk, whatever the number
 * of columns. unnest cannot take an array of arrays (a text[][] is flattened), so array-typed columns travel as
 * array literals ('{"a","b"}') in a text[] and are cast back per row.
 */
export async function bulkInsert<R>(
  db: Queryable,
  table: string,
  columns: ReadonlyArray<ColumnSpec<R>>,
  rows: readonly R[],
  chunkSize = DEFAULT_CHUNK,
): Promise<number> {
  if (rows.length === 0) return 0;
  const names = columns.map((c) => quote(c.name)).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const params = columns.map((c, i) => (isArrayType(c.type) ? `$${i + 1}::text[]` : `$${i + 1}::${c.type}[]`)).join(', ');
  const selects = columns.map((c, i) => (isArrayType(c.type) ? `${aliases[i]}::${c.type}` : aliases[i])).join(', ');
  const sql = `INSERT INTO ${quote(table)} (${names}) SELECT ${selects} FROM unnest(${params}) AS u(${aliases.join(', ')})`;

  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const values = columns.map((c) =>
      chunk.map((row) => {
        const value = c.value(row);
        return isArrayType(c.type) && value !== null && value !== undefined ? pgArrayLiteral(value as readonly string[]) : (value ?? null);
      }),
    );
    await db.query(sql, values);
  }
  return rows.length;
}

/** '{"a","b \"c\""}': every element quoted and escaped, so spaces, commas and quotes survive. */
export function pgArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function isArrayType(type: string): boolean {
  return type.endsWith('[]');
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** What every partnership record carries (TrackedRecord), as generated fixture rows hold it. */
export interface GeneratedRecord {
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  /** Defaults to createdBy: generated records were last changed by whoever made them. */
  updatedBy?: string;
  archivedAt: Date | null;
  /** Defaults to 1 (a record never changed); one more for each change its audit entries describe. */
  version?: number;
}

/** The bookkeeping columns of a tracked record (a first version unless the row says otherwise). */
export function trackedRecordColumns<R extends GeneratedRecord>(): ColumnSpec<R>[] {
  return [
    { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt.toISOString() },
    { name: 'updated_at', type: 'timestamptz', value: (r) => r.updatedAt.toISOString() },
    { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
    { name: 'updated_by', type: 'uuid', value: (r) => r.updatedBy ?? r.createdBy },
    { name: 'version', type: 'integer', value: (r) => r.version ?? 1 },
    { name: 'archived_at', type: 'timestamptz', value: (r) => r.archivedAt?.toISOString() ?? null },
  ];
}
