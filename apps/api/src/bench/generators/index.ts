import type { SeedGenerator } from '../seed-context';
import { agreementsGenerator } from './agreements';
import { contactsGenerator } from './contacts';
import { goalsGenerator } from './goals';
import { partnersGenerator } from './partners';
import { staffGenerator } from './staff';

/**
 * Every record kind of the large data set, in dependency order (each may read what earlier ones left in the
 * context). A capability adds one file here and one line below, e.g. programs.ts (20,000), sessions.ts (100,000),
 * communications.ts (300,000), commitments.ts (50,000), assessment-responses.ts (10,000), and the counts in
 * LARGE_LIBRARY (seed-context.ts).
 */
export const GENERATORS: readonly SeedGenerator[] = [
  staffGenerator,
  partnersGenerator,
  contactsGenerator,
  goalsGenerator,
  agreementsGenerator,
];
