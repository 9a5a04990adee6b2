import type { StaffRole } from '@common-ground/domain';

/** The demo library, whose partners demo-partners.ts describes. */
export const DEMO_LIBRARY_NAME = 'Millbrook Public Library';

/** Demo-only password, printed at start-up and listed in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'common-ground-demo';

export const DEMO_STAFF: ReadonlyArray<{ name: string; email: string; role: StaffRole }> = [
  { name: 'Dana Whitfield', email: 'admin@commonground.example', role: 'admin' },
  { name: 'Marcus Reyes', email: 'manager@commonground.example', role: 'manager' },
  { name: 'Lena Okafor', email: 'librarian@commonground.example', role: 'librarian' },
];
