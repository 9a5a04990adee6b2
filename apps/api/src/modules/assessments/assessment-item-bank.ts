import {
  ANSWER_OPTIONS,
  ANSWER_SCALE,
  ASSESSMENT_ITEMS,
  VALUE_ITEMS,
} from '@common-ground/domain';
import type { AssessmentItemsDto, PartnerItemBank } from './dto/assessment-items.response.dto';

/**
 * The level-of-collaboration question's answers: Frey et al.'s Levels of Collaboration Scale (0 = no interaction),
 * in the same words as the partner page (apps/web features/partners/partner-labels.ts). Both belong in libs/domain.
 */
export const COLLABORATION_LEVELS = [
  { value: 0, label: 'No interaction', description: 'We do not work together yet' },
  { value: 1, label: 'Networking', description: 'Aware of each other; little communication' },
  { value: 2, label: 'Cooperation', description: 'We share information and refer people to each other' },
  { value: 3, label: 'Coordination', description: 'We share information and resources; roles are defined' },
  { value: 4, label: 'Coalition', description: 'We share ideas and resources; frequent, planned communication' },
  { value: 5, label: 'Collaboration', description: 'We work as one team, with mutual trust and shared decisions' },
] as const satisfies readonly { value: number; label: string; description: string }[];

// The bank names "the other organisation" for both sides; the partner's form says which one that is.
const OTHER_ORGANISATION = /the other organisation/g;

/** The item bank as staff read it: "the other organisation" is the partner. */
export function staffItemBank(): AssessmentItemsDto {
  return {
    items: ASSESSMENT_ITEMS.map((item) => ({ id: item.id, factor: item.factor, reverse: item.reverse, text: item.text })),
    ...sharedParts((text) => text),
  };
}

/**
 * The item bank as the partner reads it: "the other organisation" is the library. Without `reverse`, which is the
 * model's business, not the respondent's.
 */
export function partnerItemBank(): PartnerItemBank {
  const word = (text: string) => text.replace(OTHER_ORGANISATION, 'the library');
  return {
    items: ASSESSMENT_ITEMS.map((item) => ({ id: item.id, factor: item.factor, text: word(item.text) })),
    ...sharedParts(word),
  };
}

function sharedParts(word: (text: string) => string): Omit<AssessmentItemsDto, 'items'> {
  return {
    valueItems: VALUE_ITEMS.map((item) => ({ id: item.id, dimension: item.dimension, text: word(item.text) })),
    collaborationLevels: COLLABORATION_LEVELS.map((level) => ({ ...level })),
    answerScale: ANSWER_SCALE.map((step) => ({ value: step.value, label: ANSWER_OPTIONS.labels[step.option] })),
  };
}
