/**
 * Positional parameters for node-postgres, named as they are added: SQL assembled from parts adds each value where it
 * uses it, so the $n always match and none is left unused.
 */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A timestamptz column as the API writes times (Date#toISOString: UTC, milliseconds, "Z"; PostgreSQL's MS truncates
 * microseconds as node-postgres's Date does). Text from PostgreSQL costs the API no Date to parse and format again:
 * a list's few hundred times took ~0.3 ms of its CPU per request.
 */
export const isoTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A page size written into the statement's text instead of passed as a parameter. With LIMIT a parameter, PostgreSQL
 * costs the partner list's generic plan for an unknown number of rows, finds it dearer than planning each run for
 * its values, and so plans every run: ~1 ms of a ~3.5 ms statement. With the number in the text it keeps the generic
 * plan (median 3.5 → 2.1 ms, large data set, one connection). A different page size is another statement, and there
 * are few (the pages the web app asks for). Measured per query: the timeline and the sessions list gained nothing or
 * lost, so they keep the parameter. Only for whole numbers already validated as a page size.
 */
export function literalLimit(limit: number): string {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`Not a page size: ${limit}`);
  return String(limit);
}
