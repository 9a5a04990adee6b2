import type { SeedGenerator } from '../seed-context';
import { agreementsGenerator } from './agreements';
import { auditEntriesGenerator } from './audit-entries';
import { commitmentsGenerator } from './commitments';
import { communicationsGenerator, factorTagsGenerator } from './communications';
import { contactsGenerator } from './contacts';
import { goalsGenerator } from './goals';
import { partnersGenerator } from './partners';
import { staffGenerator } from './staff';

/**
 * Every record kind of the large data set, in dependency order (each may read what earlier ones left in the
 * context). A capability adds one file here and one line below, e.g. programs.ts (20,000), sessions.ts (100,000),
 * assessment-responses.ts (10,000), and the counts in LARGE_LIBRARY (seed-context.ts). The audit entries come last:
 * they describe records of the kinds before them.
 */
export const GENERATORS: readonly SeedGenerator[] = [
  staffGenerator,
  partnersGenerator,
  contactsGenerator,
  goalsGenerator,
  agreementsGenerator,
  communicationsGenerator,
  factorTagsGenerator,
  commitmentsGenerator,
  auditEntriesGenerator,
];
