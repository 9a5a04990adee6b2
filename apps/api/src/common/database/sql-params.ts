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
