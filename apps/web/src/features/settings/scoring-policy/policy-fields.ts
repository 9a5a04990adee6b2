/**
 * The scoring policy's settings as the form shows them: grouped as SCORING.md explains them, each named in words.
 * The API sends the policy as an opaque object (ScoringPolicy of libs/scoring); settings not listed here are kept
 * as they are when the policy is saved.
 */
/** The policy as the contract types it: an open object (ScoringPolicy of libs/scoring), read by path. */
export type PolicyObject = { [key: string]: unknown };

export interface PolicyField {
  /** Dotted path into the policy, as the API names it in a problem ("prior.strength"). */
  path: string;
  label: string;
  description?: string;
  /** May be left empty (none): a signal's sufficiency m. */
  nullable?: boolean;
  /** Whole numbers only. */
  whole?: boolean;
}

export interface PolicyGroup {
  key: string;
  title: string;
  description: string;
  fields: PolicyField[];
}

const SIGNALS: { key: string; label: string }[] = [
  { key: 'shared-goals', label: 'Shared goals current (Strategic Alignment)' },
  { key: 'public-reached', label: 'Intended public reached (Strategic Alignment)' },
  { key: 'roles-filled', label: 'Roles filled in time (Effective Teamwork)' },
  { key: 'division-of-labour', label: 'Division of labour (Effective Teamwork)' },
  { key: 'recency', label: 'Recency of contact (Communication)' },
  { key: 'coverage', label: 'Coverage of contact (Communication)' },
  { key: 'initiation', label: 'Initiation balance (Communication)' },
  { key: 'expectations', label: 'Expectations documented (Communication)' },
  { key: 'commitments-kept', label: 'Commitments kept (Relationship)' },
  { key: 'acknowledgement', label: 'Acknowledgement (Relationship)' },
  { key: 'tags', label: 'Factor tags on communications (each factor)' },
  { key: 'disruptions', label: 'Resource disruptions (Operational Concerns)' },
  { key: 'admin-readiness', label: 'Admin readiness (Operational Concerns)' },
  { key: 'impact-shown', label: 'Impact demonstrated (Operational Concerns)' },
];

export const POLICY_GROUPS: PolicyGroup[] = [
  {
    key: 'prior',
    title: 'Starting point',
    description: 'Thin evidence is pulled toward this midpoint rather than trusted.',
    fields: [
      { path: 'prior.mean', label: 'Prior mean μ0', description: 'On the 1–5 scale' },
      { path: 'prior.strength', label: 'Prior strength k0', description: 'In votes of evidence' },
      { path: 'prior.sigma', label: 'Spread σ', description: 'For the standard error' },
      { path: 'intervalZ', label: 'z of the 80% interval' },
    ],
  },
  {
    key: 'assessment',
    title: 'Assessments',
    description: 'How much each side’s answers count, and how fast they age.',
    fields: [
      { path: 'assessment.baseWeight', label: 'Weight of one side’s answers', description: 'Votes, before age and respondents' },
      { path: 'assessment.sideSizeBonus', label: 'Bonus per extra respondent' },
      { path: 'assessment.maxExtraRespondents', label: 'Extra respondents that count', whole: true },
      { path: 'assessment.halfLifeMonths', label: 'Half-life of answers, in months' },
      { path: 'assessment.windowMonths', label: 'Answers count for, in months', whole: true },
      { path: 'assessment.minAnsweredItems', label: 'Items a respondent must answer per factor', whole: true },
      { path: 'assessment.perceptionGap', label: 'Difference between sides that is a perception gap' },
    ],
  },
  {
    key: 'signals',
    title: 'Logged activity',
    description:
      'Each signal’s weight in votes, and its m: with m, the weight grows with the events it rests on (n / (n + m)); leave m empty for none.',
    fields: [
      { path: 'behaviour.windowMonths', label: 'Activity counts for, in months', whole: true },
      { path: 'defaultCadenceDays', label: 'Default contact cadence, in days', whole: true },
      ...SIGNALS.flatMap(({ key, label }) => [
        { path: `behaviour.signals.${key}.weight`, label: `${label}: weight` },
        { path: `behaviour.signals.${key}.sufficiency`, label: `${label}: m`, nullable: true },
      ]),
    ],
  },
  {
    key: 'bands',
    title: 'Bands and confidence',
    description: 'Where strength and borderline begin, and how much evidence makes a score confident.',
    fields: [
      { path: 'bands.strength', label: 'Strength from' },
      { path: 'bands.borderline', label: 'Borderline from' },
      { path: 'bands.minOmega', label: 'Evidence a band needs, in votes' },
      { path: 'confidence.lowOmega', label: 'Low confidence below, in votes' },
      { path: 'confidence.oneSideLowOmega', label: 'One side only is low confidence below, in votes' },
      { path: 'confidence.highOmega', label: 'High confidence from, in votes' },
      { path: 'confidence.recentMonths', label: 'Answers are recent within, in months', whole: true },
      { path: 'staleMonths', label: 'Assessment is out of date after, in months', whole: true },
    ],
  },
  {
    key: 'trend',
    title: 'Trend',
    description: 'When a change between snapshots is real, and when a factor is declining.',
    fields: [
      { path: 'trend.realChangeZ', label: 'z for a real change' },
      { path: 'trend.decliningDrop', label: 'Drop that is declining' },
      { path: 'trend.decliningSlopePerYear', label: 'Slope per year that is declining', description: 'Below 0' },
      { path: 'trend.minSnapshots', label: 'Snapshots needed for a slope', whole: true },
      { path: 'trend.windowMonths', label: 'Slope looks back, in months', whole: true },
      { path: 'trend.minSpanDays', label: 'Days a slope must span' },
    ],
  },
];

export const POLICY_FIELDS: PolicyField[] = POLICY_GROUPS.flatMap((group) => group.fields);

const isObject = (value: unknown): value is PolicyObject => value !== null && typeof value === 'object' && !Array.isArray(value);

export function valueAt(policy: PolicyObject, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), policy);
}

/** A copy of the policy with one setting changed (the rest shared, as it is never mutated). */
export function withValueAt(policy: PolicyObject, path: string, value: unknown): PolicyObject {
  const [key = '', ...rest] = path.split('.');
  if (rest.length === 0) return { ...policy, [key]: value };
  const child = policy[key];
  return { ...policy, [key]: withValueAt(isObject(child) ? child : {}, rest.join('.'), value) };
}

/** The API names a policy setting "scoringPolicy.<path>" in its problems. */
export const POLICY_FIELD_PREFIX = 'scoringPolicy.';
