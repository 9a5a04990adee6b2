/**
 * @common-ground/scoring: the partnership health model of SCORING.md (version 1) as pure functions.
 * Start with scorePartnership; the pieces are exported for tests, the settings page and the explanation UI.
 */
export { scorePartnership } from './score-partnership';
export type { FactorHealth, PartnershipHealth, ScoreOptions } from './score-partnership';
export { DEFAULT_POLICY, MODEL_VERSION, SIGNAL_KEYS, modelVersionOf } from './policy';
export type { ScoringPolicy, SignalKey, SignalWeight } from './policy';
export { validatePolicy } from './policy-validation';
export type { PolicyProblem } from './policy-validation';
export type * from './evidence';
export { DAYS_PER_YEAR, addMonths, monthsBetween, windowStart } from './dates';
export type { IsoDate } from './dates';
export { assessFactor, respondentFactorMean, sideSizeFactor } from './assessment-units';
export type { FactorAssessment, SideAssessment } from './assessment-units';
export { behaviourUnits } from './behaviour-signals';
export { bandOfScore, bandVerdict, combine, confidenceOf, flagsOf } from './combine';
export type { Band, BandVerdict, Combination, Confidence, FlagKey, ScoredBand } from './combine';
export { compareSnapshots, slopePerYear, trendOf } from './trend';
export type { ScoreChange, Trend } from './trend';
export { describeFlag, describeUnit, rankUnits, whatWouldChange } from './explain';
export type { Flag, Suggestion, SuggestionKind } from './explain';
export { profileOf } from './profile';
export type { HealthProfile } from './profile';
export type { EvidenceUnit, ScoredUnit, UnitFacts, UnitKey } from './units';
