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
