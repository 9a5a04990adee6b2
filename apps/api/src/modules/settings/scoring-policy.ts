import { DEFAULT_POLICY, type ScoringPolicy, validatePolicy } from '@common-ground/scoring';
import type { FieldError } from '../../common/problem/domain-error';

/** The policy a score is computed with, and the model version it gives (stored on every snapshot). */
export interface EffectivePolicy {
  policy: ScoringPolicy;
  modelVersion: string;
}

/** Settings a policy may hold that the defaults do not know (a typo would otherwise be stored and silently ignored). */
function unknownKeys(template: unknown, actual: unknown, path: string, found: string[]): void {
  if (template === null || typeof template !== 'object' || actual === null || typeof actual !== 'object' || Array.isArray(actual)) return;
  for (const [key, child] of Object.entries(actual as Record<string, unknown>)) {
    const childPath = path ? `${path}.${key}` : key;
    if (!(key in (template as Record<string, unknown>))) found.push(childPath);
    else unknownKeys((template as Record<string, unknown>)[key], child, childPath, found);
  }
}

/**
 * Every problem with a policy sent to PATCH /settings, as field errors on "scoringPolicy.<path>": validatePolicy's
 * (missing, out of range, out of order) and settings the model does not have.
 */
export function scoringPolicyProblems(policy: ScoringPolicy): FieldError[] {
  const unknown: string[] = [];
  unknownKeys(DEFAULT_POLICY, policy, '', unknown);
  return [
    ...validatePolicy(policy).map((p) => ({ field: `scoringPolicy.${p.path}`, message: p.message })),
    ...unknown.map((path) => ({ field: `scoringPolicy.${path}`, message: `The scoring policy has no setting "${path}".` })),
  ];
}
