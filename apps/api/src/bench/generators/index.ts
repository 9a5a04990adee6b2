import type { SeedGenerator } from '../seed-context';
import { agreementsGenerator } from './agreements';
import { assessmentsGenerator } from './assessments';
import { auditEntriesGenerator } from './audit-entries';
import { commitmentsGenerator } from './commitments';
import { communicationsGenerator, factorTagsGenerator } from './communications';
import { contactsGenerator } from './contacts';
import { contributionsGenerator } from './contributions';
import { goalsGenerator } from './goals';
import { impactNotesGenerator } from './impact-notes';
import { outcomeResultsGenerator } from './outcome-results';
import { partnersGenerator } from './partners';
import { programAuditEntriesGenerator } from './program-audit-entries';
import { programSessionsGenerator } from './program-sessions';
import { programRolesGenerator, programsGenerator } from './programs';
import { staffGenerator } from './staff';

/**
 * Every record kind of the large data set, in dependency order (each may read what earlier ones left in the
 * context). A capability adds one file here and one line below, e.g. assessment-responses.ts (10,000), and the
 * counts in LARGE_LIBRARY (seed-context.ts). The audit entries come last: they describe records of the kinds before
 * them.
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
  programsGenerator,
  programRolesGenerator,
  programSessionsGenerator,
  contributionsGenerator,
  outcomeResultsGenerator,
  impactNotesGenerator,
  assessmentsGenerator,
  auditEntriesGenerator,
  programAuditEntriesGenerator,
];
