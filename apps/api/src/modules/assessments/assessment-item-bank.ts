import {
  ANSWER_OPTIONS,
  ANSWER_SCALE,
  ASSESSMENT_ITEMS,
  COLLABORATION_LEVELS,
  VALUE_ITEMS,
} from '@common-ground/domain';
import type { AssessmentItemsDto, PartnerItemBank } from './dto/assessment-items.response.dto';

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
