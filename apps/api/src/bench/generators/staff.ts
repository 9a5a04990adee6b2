import type { StaffRole } from '@common-ground/domain';
import { hashPassword } from '../../modules/auth/password-hasher';
import { bulkInsert } from '../bulk-insert';
import type { SeedContext, SeededStaff, SeedGenerator } from '../seed-context';
import { between, daysBefore } from '../seed-context';
import { FIRST_NAMES, LAST_NAMES } from '../words';

/** Shared password of every generated staff account (fixture data only; never a real installation's). */
export const BENCH_PASSWORD = 'common-ground-bench';
/** The generated administrator: the benchmark signs in as this account. */
export const BENCH_ADMIN_EMAIL = 'bench-admin@bench.commonground.example';
export const BENCH_EMAIL_DOMAIN = 'bench.commonground.example';

/**
 * Staff accounts: one administrator, about one manager in eight, the rest programming librarians (the liaisons).
 * Accounts whose email already exists are kept as they are (a re-seed with --force reuses them).
 */
export const staffGenerator: SeedGenerator = {
  kind: 'staff',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('staff');
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const used = new Set<string>();
    const rows: (SeededStaff & { createdAt: Date })[] = [];
    for (let i = 0; i < ctx.scale.staff; i++) {
      const role: StaffRole = i === 0 ? 'admin' : i % 8 === 1 ? 'manager' : 'librarian';
      let first: string;
      let last: string;
      do {
        first = rng.pick(FIRST_NAMES);
        last = rng.pick(LAST_NAMES);
      } while (used.has(`${first} ${last}`));
      used.add(`${first} ${last}`);
      const email = i === 0 ? BENCH_ADMIN_EMAIL : `${slug(first)}.${slug(last)}@${BENCH_EMAIL_DOMAIN}`;
      rows.push({ id: rng.uuid(), name: `${first} ${last}`, email, role, createdAt: between(rng, daysBefore(ctx.now, 2200), daysBefore(ctx.now, 30)) });
    }

    const inserted = await insertIgnoringExisting(ctx, rows, passwordHash);
    // Existing accounts keep their ids: read back every account by email.
    const found = await ctx.db.query<{ id: string; name: string; email: string; role: StaffRole }>(
      'SELECT id, name, email, role FROM users WHERE lower(email) = ANY($1::text[]) AND active',
      [rows.map((r) => r.email.toLowerCase())],
    );
    const byEmail = new Map(found.rows.map((r) => [r.email.toLowerCase(), r]));
    ctx.staff = rows.flatMap((r) => {
      const row = byEmail.get(r.email.toLowerCase());
      return row ? [{ id: row.id, name: row.name, email: row.email, role: row.role }] : [];
    });
    if (ctx.staff.length === 0) throw new Error('seed: no active generated staff account to act as liaison');
    return inserted;
  },
};

async function insertIgnoringExisting(ctx: SeedContext, rows: (SeededStaff & { createdAt: Date })[], passwordHash: string): Promise<number> {
  const existing = await ctx.db.query<{ email: string }>('SELECT lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[])', [
    rows.map((r) => r.email.toLowerCase()),
  ]);
  const taken = new Set(existing.rows.map((r) => r.email));
  const fresh = rows.filter((r) => !taken.has(r.email.toLowerCase()));
  return bulkInsert(ctx.db, 'users', [
    { name: 'id', type: 'uuid', value: (r) => r.id },
    { name: 'name', type: 'text', value: (r) => r.name },
    { name: 'email', type: 'text', value: (r) => r.email },
    { name: 'role', type: 'text', value: (r) => r.role },
    { name: 'active', type: 'boolean', value: () => true },
    { name: 'password_hash', type: 'text', value: () => passwordHash },
    { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt.toISOString() },
    { name: 'updated_at', type: 'timestamptz', value: (r) => r.createdAt.toISOString() },
    { name: 'version', type: 'integer', value: () => 1 },
  ], fresh);
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}
