/**
 * The partnership assessment's item bank (SCORING.md "Assessment units"). The same wording goes to both sides:
 * "the other organisation" is the partner for library staff and the library for the partner contact.
 * Item ids are stored with every answer, so they never change; a reworded item would need a new id.
 */
import type { AnswerOption, Factor, ValueDimension } from './vocabulary';

interface HealthItem {
  readonly id: string;
  readonly factor: Factor;
  /** Reverse-worded: agreeing is a bad sign, so the model scores it 6 − x. */
  readonly reverse: boolean;
  readonly text: string;
}

export const ASSESSMENT_ITEMS = [
  { id: 'SA1', factor: 'SA', reverse: false, text: 'Our two organisations describe the community we serve, and what it needs, in much the same way.' },
  { id: 'SA2', factor: 'SA', reverse: false, text: 'The goals of this partnership are written down and both organisations have agreed to them.' },
  { id: 'SA3', factor: 'SA', reverse: false, text: 'What we do together supports my organisation’s own mission and current priorities.' },
  { id: 'SA4', factor: 'SA', reverse: false, text: 'Our joint programs reach the people we set out to reach.' },
  { id: 'SA5', factor: 'SA', reverse: true, text: 'I am unsure what this partnership is ultimately trying to achieve.' },
  { id: 'TW1', factor: 'TW', reverse: false, text: 'Work is divided so that each organisation does the parts it is best at.' },
  { id: 'TW2', factor: 'TW', reverse: false, text: 'Each organisation’s limits (staff, time, rules) are taken into account when tasks are assigned.' },
  { id: 'TW3', factor: 'TW', reverse: false, text: 'For each joint program it is clear who is responsible for what.' },
  { id: 'TW4', factor: 'TW', reverse: false, text: 'The skills and knowledge my organisation brings are put to good use here.' },
  { id: 'TW5', factor: 'TW', reverse: true, text: 'One organisation ends up carrying more of the work than was agreed.' },
  { id: 'CE1', factor: 'CE', reverse: false, text: 'We are in touch often enough to keep our joint work on track.' },
  { id: 'CE2', factor: 'CE', reverse: false, text: 'Problems and changes of plan are raised early and openly.' },
  { id: 'CE3', factor: 'CE', reverse: false, text: 'Each organisation knows what the other expects it to contribute.' },
  { id: 'CE4', factor: 'CE', reverse: false, text: 'When I contact the other organisation, I get a reply in reasonable time.' },
  { id: 'CE5', factor: 'CE', reverse: true, text: 'I sometimes learn about decisions affecting our joint work only after they are made.' },
  { id: 'IR1', factor: 'IR', reverse: false, text: 'People at the other organisation do what they say they will do.' },
  { id: 'IR2', factor: 'IR', reverse: false, text: 'I trust the other organisation to act in the interest of our shared work.' },
  { id: 'IR3', factor: 'IR', reverse: false, text: 'When plans have to change, both sides adapt and find a compromise.' },
  { id: 'IR4', factor: 'IR', reverse: false, text: 'Each organisation’s contributions are recognised, both publicly and between us.' },
  { id: 'IR5', factor: 'IR', reverse: false, text: 'I would feel comfortable asking the other organisation for help.' },
  { id: 'OC1', factor: 'OC', reverse: false, text: 'Both organisations can set aside enough staff time to do what we planned together.' },
  { id: 'OC2', factor: 'OC', reverse: false, text: 'Money and materials for our joint programs are adequate, or we have a realistic plan to get them.' },
  {
    id: 'OC3',
    factor: 'OC',
    reverse: false,
    text: 'Practical requirements on either side (branding rules, volunteers, scheduling, a formal agreement) are sorted out before they cause problems.',
  },
  { id: 'OC4', factor: 'OC', reverse: false, text: 'We gather what we need to show our leaders, boards or funders what the partnership achieves.' },
  { id: 'OC5', factor: 'OC', reverse: true, text: 'Approvals, contracts or internal policies have delayed or blocked our joint work.' },
] as const satisfies readonly HealthItem[];
export type AssessmentItem = (typeof ASSESSMENT_ITEMS)[number];
export type AssessmentItemId = AssessmentItem['id'];

/** The three value items: asked with the assessment, but they feed the value view, never health. */
export const VALUE_ITEMS = [
  { id: 'V1', dimension: 'better-programs', text: 'Working together made our programs better than either could offer alone.' },
  { id: 'V2', dimension: 'deeper-impacts', text: 'Our joint programs make a more lasting difference for participants.' },
  {
    id: 'V3',
    dimension: 'expanded-capacities',
    text: 'Because of this partnership my organisation reaches people or does things it otherwise could not.',
  },
] as const satisfies readonly { id: string; dimension: ValueDimension; text: string }[];
export type ValueItem = (typeof VALUE_ITEMS)[number];
export type ValueItemId = ValueItem['id'];

/** An answer on the 1–5 agreement scale; "don't know" is stored and passed as null. */
export const ANSWER_SCALE = [
  { value: 1, option: 'strongly-disagree' },
  { value: 2, option: 'disagree' },
  { value: 3, option: 'neutral' },
  { value: 4, option: 'agree' },
  { value: 5, option: 'strongly-agree' },
] as const satisfies readonly { value: number; option: AnswerOption }[];
export type AnswerValue = (typeof ANSWER_SCALE)[number]['value'];
/** null is "don't know": it is an answer, but it carries no evidence either way. */
export type Answer = AnswerValue | null;
export const DONT_KNOW_LABEL = 'Don’t know';
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 5;

export const ITEMS_PER_FACTOR = 5;
/** A respondent's factor mean needs this many answered items (not "don't know") of the factor's five. */
export const MIN_ANSWERED_ITEMS_PER_FACTOR = 3;

const ITEMS_BY_ID: ReadonlyMap<string, AssessmentItem> = new Map(ASSESSMENT_ITEMS.map((item) => [item.id, item]));
const VALUE_ITEM_IDS: ReadonlySet<string> = new Set(VALUE_ITEMS.map((item) => item.id));

export function isAssessmentItemId(value: unknown): value is AssessmentItemId {
  return typeof value === 'string' && ITEMS_BY_ID.has(value);
}

export function isValueItemId(value: unknown): value is ValueItemId {
  return typeof value === 'string' && VALUE_ITEM_IDS.has(value);
}

export function assessmentItem(id: AssessmentItemId): AssessmentItem {
  return ITEMS_BY_ID.get(id) as AssessmentItem;
}

export function itemsForFactor(factor: Factor): readonly AssessmentItem[] {
  return ASSESSMENT_ITEMS.filter((item) => item.factor === factor);
}

export function isAnswerValue(value: unknown): value is AnswerValue {
  return Number.isInteger(value) && (value as number) >= ANSWER_MIN && (value as number) <= ANSWER_MAX;
}

export function answerOption(value: AnswerValue): AnswerOption {
  return ANSWER_SCALE[value - ANSWER_MIN]!.option;
}
