import { FACTORS, type Factor } from '@common-ground/domain';
import type { FormField } from '../../lib/form-problems';
import type { AnswerAssessmentBody, FormItemBank } from './api/types';

/** A radio group's value: '' unanswered, 'dont-know', or '1'…'5'. */
export type AnswerChoice = string;
export const DONT_KNOW = 'dont-know';

/**
 * The form's values, keyed as the API names its fields (answers.SA1, valueAnswers.V1, collaborationLevel, comments),
 * so a problem from the server lands on its field without translation.
 */
export interface AssessmentFormValues {
  answers: Record<string, AnswerChoice>;
  valueAnswers: Record<string, AnswerChoice>;
  collaborationLevel: string;
  comments: string;
}

export const COMMENTS_MAX_LENGTH = 4000;

export function emptyAssessmentValues(bank: FormItemBank): AssessmentFormValues {
  return {
    answers: Object.fromEntries(bank.items.map((item) => [item.id, ''])),
    valueAnswers: Object.fromEntries(bank.valueItems.map((item) => [item.id, ''])),
    collaborationLevel: '',
    comments: '',
  };
}

/** The id of a statement's first option: what the error summary links to and focuses. */
export const answerFieldId = (itemId: string) => `answer-${itemId}`;

/** Every field the summary can name, in the order they appear on screen. */
export function assessmentFields(bank: FormItemBank): FormField<string>[] {
  return [
    ...bank.items.map((item) => ({ name: `answers.${item.id}`, id: answerFieldId(item.id) })),
    ...bank.valueItems.map((item) => ({ name: `valueAnswers.${item.id}`, id: answerFieldId(item.id) })),
    { name: 'collaborationLevel', id: 'assessment-collaboration-level' },
    { name: 'comments', id: 'assessment-comments' },
  ];
}

/** The statements grouped by factor, in SCORING.md's order, with the factor's name as NILPPA writes it. */
export function itemsByFactor(bank: FormItemBank): { factor: Factor; name: string; items: FormItemBank['items'] }[] {
  return FACTORS.keys.map((factor) => ({ factor, name: FACTORS.labels[factor], items: bank.items.filter((item) => item.factor === factor) }));
}

/** The form's own check before sending: each statement needs an answer ("Don't know" is one). */
export function validateAssessment(values: AssessmentFormValues, bank: FormItemBank): Record<string, string> {
  const errors: Record<string, string> = {};
  bank.items.forEach((item, index) => {
    if (values.answers[item.id] === '') errors[`answers.${item.id}`] = `Answer statement ${index + 1}, or choose “Don’t know”`;
  });
  if (values.comments.length > COMMENTS_MAX_LENGTH) errors.comments = `Keep comments to ${COMMENTS_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`;
  return errors;
}

export function answeredCount(values: AssessmentFormValues): number {
  return Object.values(values.answers).filter((choice) => choice !== '').length;
}

const toAnswer = (choice: AnswerChoice): number | null => (choice === DONT_KNOW ? null : Number(choice));

export function toAnswerBody(values: AssessmentFormValues): AnswerAssessmentBody {
  const valueAnswers = Object.fromEntries(
    Object.entries(values.valueAnswers)
      .filter(([, choice]) => choice !== '')
      .map(([id, choice]) => [id, toAnswer(choice)]),
  );
  const comments = values.comments.trim();
  return {
    answers: Object.fromEntries(Object.entries(values.answers).map(([id, choice]) => [id, toAnswer(choice)])),
    ...(Object.keys(valueAnswers).length > 0 ? { valueAnswers } : {}),
    collaborationLevel: values.collaborationLevel === '' ? null : Number(values.collaborationLevel),
    comments: comments === '' ? null : comments,
  } as AnswerAssessmentBody;
}
