import { ASSESSMENT_ITEMS, VALUE_ITEMS } from '@common-ground/domain';
import type { ItemBank, PartnerAssessments, PublicAssessment } from './api/types';

const scale = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither agree nor disagree' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
];
const levels = [
  { value: 0, label: 'No interaction', description: 'We do not work together.' },
  { value: 3, label: 'Coordination', description: 'We plan some things together.' },
];

/** The item bank as GET /assessment-items answers (two levels of collaboration are enough for the tests). */
export const itemBankFixture: ItemBank = {
  items: ASSESSMENT_ITEMS.map((item) => ({ id: item.id, factor: item.factor, reverse: item.reverse, text: item.text })),
  valueItems: VALUE_ITEMS.map((item) => ({ id: item.id, dimension: item.dimension, text: item.text })),
  collaborationLevels: levels,
  answerScale: scale,
};

export const publicAssessmentFixture: PublicAssessment = {
  partnerName: 'Riverside Food Bank',
  libraryName: 'Springfield Public Library',
  contactName: 'Ana',
  expiresAt: '2026-04-14T12:00:00.000Z',
  items: ASSESSMENT_ITEMS.map((item) => ({ id: item.id, factor: item.factor, text: item.text.replace(/the other organisation/g, 'the library') })),
  valueItems: itemBankFixture.valueItems,
  collaborationLevels: levels,
  answerScale: scale,
};

export const noAssessments = (emailEnabled: boolean): PartnerAssessments => ({ waves: [], emailEnabled });
