/**
 * Checks a scoring policy before it is saved or used. Every problem names the setting by its path (for a form to
 * point at) and says in words what is wrong, with the value that was given.
 */
import type { ScoringPolicy } from './policy';
import { DEFAULT_POLICY, SIGNAL_KEYS } from './policy';

export interface PolicyProblem {
  /** Dotted path into the policy, e.g. "prior.strength" or "behaviour.signals.recency.weight". */
  readonly path: string;
  readonly message: string;
}

type Rule = (policy: ScoringPolicy) => PolicyProblem | null;

function valueAt(policy: ScoringPolicy, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], policy);
}

/** A rule on one number; a missing or non-finite number is reported once, by `shapeProblems`, not by every rule. */
function numberRule(path: string, label: string, test: (n: number) => boolean, expectation: string): Rule {
  return (policy) => {
    const value = valueAt(policy, path);
    if (typeof value !== 'number' || !Number.isFinite(value) || test(value)) return null;
    return { path, message: `${label} must be ${expectation}; it is ${value}.` };
  };
}

const positive = (path: string, label: string) => numberRule(path, label, (n) => n > 0, 'greater than 0');
const nonNegative = (path: string, label: string) => numberRule(path, label, (n) => n >= 0, '0 or more (a weight cannot be negative)');
const onScale = (path: string, label: string) => numberRule(path, label, (n) => n >= 1 && n <= 5, 'on the 1–5 scale');
const fraction = (path: string, label: string) => numberRule(path, label, (n) => n >= 0 && n <= 1, 'between 0 and 1');
const wholeAtLeast = (path: string, label: string, min: number) =>
  numberRule(path, label, (n) => Number.isInteger(n) && n >= min, `a whole number of at least ${min}`);

/** `path` must be greater than (or, with `orEqual`, at least) `otherPath`. */
function ordered(path: string, label: string, otherPath: string, otherLabel: string, orEqual = false): Rule {
  return (policy) => {
    const [a, b] = [valueAt(policy, path), valueAt(policy, otherPath)];
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) return null;
    if (orEqual ? a >= b : a > b) return null;
    const relation = orEqual ? 'at least' : 'greater than';
    return { path, message: `${label} (${a}) must be ${relation} ${otherLabel} (${b}).` };
  };
}

/**
 * Compares the policy with the defaults' shape, so a setting that is missing, misspelt or not a finite number
 * is reported (a policy read back from stored settings is only as typed as what was stored).
 */
function shapeProblems(template: unknown, actual: unknown, path: string, problems: PolicyProblem[]): void {
  if (template !== null && typeof template === 'object') {
    if (actual === null || typeof actual !== 'object') {
      problems.push({ path, message: `The settings group "${path}" is missing.` });
      return;
    }
    for (const [key, child] of Object.entries(template)) {
      shapeProblems(child, (actual as Record<string, unknown>)[key], path ? `${path}.${key}` : key, problems);
    }
    return;
  }
  if (typeof template === 'string') {
    if (typeof actual !== 'string' || actual.trim() === '') problems.push({ path, message: `The setting "${path}" must be some text.` });
    return;
  }
  // A signal's sufficiency m may be none (null): its weight then does not depend on the number of events.
  if (actual === null && (template === null || path.endsWith('.sufficiency'))) return;
  if (typeof actual !== 'number' || !Number.isFinite(actual)) {
    problems.push({ path, message: `The setting "${path}" must be a finite number; it is ${String(actual)}.` });
  }
}

function signalRules(): Rule[] {
  return SIGNAL_KEYS.flatMap((key) => [
    nonNegative(`behaviour.signals.${key}.weight`, `The weight of the "${key}" signal`),
    (policy: ScoringPolicy) => {
      const m = policy.behaviour.signals[key]?.sufficiency;
      if (m === null || m === undefined || !Number.isFinite(m) || m > 0) return null;
      return {
        path: `behaviour.signals.${key}.sufficiency`,
        message: `The sufficiency m of the "${key}" signal must be greater than 0, or none; it is ${m}.`,
      };
    },
  ]);
}

const RULES: readonly Rule[] = [
  onScale('prior.mean', 'The prior mean μ0'),
  positive('prior.strength', 'The prior strength k0'),
  positive('prior.sigma', 'The spread σ'),
  positive('intervalZ', 'The z of the 80% interval'),
  nonNegative('assessment.baseWeight', 'The base weight of an assessment side'),
  nonNegative('assessment.sideSizeBonus', 'The bonus per extra respondent'),
  wholeAtLeast('assessment.maxExtraRespondents', 'The number of extra respondents that count', 0),
  positive('assessment.halfLifeMonths', 'The half-life of an assessment in months'),
  wholeAtLeast('assessment.windowMonths', 'The assessment window in months', 1),
  numberRule('assessment.minAnsweredItems', 'The minimum answered items per factor', (n) => Number.isInteger(n) && n >= 1 && n <= 5, 'a whole number from 1 to 5'),
  positive('assessment.perceptionGap', 'The perception gap'),
  wholeAtLeast('behaviour.windowMonths', 'The behaviour window in months', 1),
  ...signalRules(),
  wholeAtLeast('behaviour.sharedGoals.reviewMonths', 'The months within which a goal review is current', 1),
  onScale('behaviour.sharedGoals.currentBoth', 'The value of a current goal agreed by both'),
  onScale('behaviour.sharedGoals.olderBoth', 'The value of an older goal agreed by both'),
  onScale('behaviour.sharedGoals.oneSide', 'The value of a goal agreed by one side'),
  ordered('behaviour.sharedGoals.currentBoth', 'The value of a current goal agreed by both', 'behaviour.sharedGoals.olderBoth', 'the value of an older one', true),
  nonNegative('behaviour.rolesFilled.leadDays', 'The days before a program by which a role needs an owner'),
  numberRule('behaviour.divisionOfLabour.tolerance', 'The division-of-labour tolerance', (n) => n >= 0 && n < 0.5, 'from 0 up to (not including) 0.5'),
  positive('behaviour.divisionOfLabour.span', 'The division-of-labour span'),
  nonNegative('behaviour.recency.graceCadences', 'The grace period of recency, in cadences'),
  positive('behaviour.recency.spanCadences', 'The span of recency, in cadences'),
  numberRule('behaviour.initiation.tolerance', 'The initiation-balance tolerance', (n) => n >= 0 && n < 0.5, 'from 0 up to (not including) 0.5'),
  positive('behaviour.initiation.span', 'The initiation-balance span'),
  wholeAtLeast('behaviour.expectations.reviewMonths', 'The months within which an agreement review is current', 1),
  onScale('behaviour.expectations.current', 'The value of a current agreement'),
  onScale('behaviour.expectations.older', 'The value of an older agreement'),
  ordered('behaviour.expectations.current', 'The value of a current agreement', 'behaviour.expectations.older', 'the value of an older one', true),
  fraction('behaviour.commitmentsKept.lateCredit', 'The credit for a late commitment'),
  positive('behaviour.disruptions.fullAt', 'The disruption share that gives the lowest value'),
  nonNegative('behaviour.impactShown.withinDays', 'The days within which an outcome summary counts'),
  onScale('bands.strength', 'The strength threshold'),
  onScale('bands.borderline', 'The borderline threshold'),
  ordered('bands.strength', 'The strength threshold', 'bands.borderline', 'the borderline threshold'),
  nonNegative('bands.minOmega', 'The evidence needed for a band'),
  nonNegative('confidence.lowOmega', 'The evidence below which confidence is low'),
  ordered('confidence.highOmega', 'The evidence for high confidence', 'confidence.lowOmega', 'the evidence below which confidence is low'),
  ordered('confidence.oneSideLowOmega', 'The evidence below which one side alone is low confidence', 'confidence.lowOmega', 'the low-confidence evidence', true),
  wholeAtLeast('confidence.recentMonths', 'The months within which answers count as recent', 1),
  wholeAtLeast('staleMonths', 'The months after which an assessment is stale', 1),
  positive('trend.realChangeZ', 'The z for a real change'),
  nonNegative('trend.decliningDrop', 'The drop that counts as declining'),
  numberRule('trend.decliningSlopePerYear', 'The declining slope per year', (n) => n < 0, 'below 0'),
  wholeAtLeast('trend.minSnapshots', 'The snapshots needed for a slope', 2),
  wholeAtLeast('trend.windowMonths', 'The trend window in months', 1),
  nonNegative('trend.minSpanDays', 'The days a slope must span'),
  wholeAtLeast('defaultCadenceDays', 'The default contact cadence in days', 1),
  nonNegative('volunteerHourRate.rate', 'The volunteer-hour rate'),
  wholeAtLeast('volunteerHourRate.year', 'The year of the volunteer-hour rate', 1900),
];

/** Every problem with the policy; an empty list means it may be used. */
export function validatePolicy(policy: ScoringPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  shapeProblems(DEFAULT_POLICY, policy, '', problems);
  for (const rule of RULES) {
    const problem = rule(policy);
    if (problem) problems.push(problem);
  }
  return problems;
}
