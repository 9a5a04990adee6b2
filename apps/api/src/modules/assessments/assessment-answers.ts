import {
  type Answer,
  ASSESSMENT_ITEMS,
  assessmentItem,
  FACTORS,
  type Factor,
  isAnswerValue,
  isAssessmentItemId,
  isValueItemId,
  itemsForFactor,
  MIN_ANSWERED_ITEMS_PER_FACTOR,
  ANSWER_MAX,
  ANSWER_MIN,
} from '@common-ground/domain';
import type { FieldError } from '../../common/problem/domain-error';

/** Item id → 1–5 or null ("don't know"): the 25 statements, plus any value statements answered. */
export type StoredAnswers = Record<string, Answer>;

export type AnswersCheck = { ok: true; answers: StoredAnswers } | { ok: false; errors: FieldError[]; missing: string[] };

const outOfRange = (id: string) =>
  `Choose an answer from ${ANSWER_MIN} (strongly disagree) to ${ANSWER_MAX} (strongly agree), or “Don’t know”, for statement ${id}.`;

/**
 * Checks both answer maps item by item, so each problem names its statement: an unknown id, a value outside 1–5
 * (null is "don't know"), and every one of the 25 statements left out. Value statements (V1–V3) are optional.
 */
export function checkAnswers(answers: Record<string, unknown>, valueAnswers: Record<string, unknown> | null | undefined): AnswersCheck {
  const errors: FieldError[] = [];
  const stored: StoredAnswers = {};
  const read = (map: Record<string, unknown>, field: string, known: (id: string) => boolean, what: string) => {
    for (const [id, value] of Object.entries(map)) {
      if (!known(id)) errors.push({ field: `${field}.${id}`, message: `“${id}” is not ${what} of this assessment. Remove it.` });
      else if (value !== null && !isAnswerValue(value)) errors.push({ field: `${field}.${id}`, message: outOfRange(id) });
      else stored[id] = value as Answer;
    }
  };
  read(answers, 'answers', isAssessmentItemId, 'a statement');
  read(valueAnswers ?? {}, 'valueAnswers', isValueItemId, 'a value statement');
  const missing = ASSESSMENT_ITEMS.map((item) => item.id).filter((id) => !Object.hasOwn(answers, id));
  for (const id of missing) {
    errors.push({ field: `answers.${id}`, message: `Answer statement ${id} (“${assessmentItem(id).text}”), or choose “Don’t know”.` });
  }
  return errors.length > 0 ? { ok: false, errors, missing } : { ok: true, answers: stored };
}

/** The problem's one-line detail: the missing statements listed when that is the problem, else a count. */
export function answersProblemDetail(errors: readonly FieldError[], missing: readonly string[]): string {
  if (missing.length > 0 && missing.length === errors.length) {
    return `Answer all ${ASSESSMENT_ITEMS.length} statements (“Don’t know” counts as an answer). Missing: ${missing.join(', ')}.`;
  }
  return errors.length === 1 ? errors[0]!.message : `There are ${errors.length} problems with the answers. Each is listed with its statement.`;
}

/**
 * A respondent's mean per factor on the 1–5 scale, reverse-worded statements scored 6 − x; null when fewer than the
 * required statements of the factor were answered (SCORING.md: "don't know" carries no evidence).
 */
export function factorMeans(answers: StoredAnswers): Record<Factor, number | null> {
  const means = {} as Record<Factor, number | null>;
  for (const factor of FACTORS.keys) {
    const scored = itemsForFactor(factor).flatMap((item) => {
      const answer = answers[item.id];
      return isAnswerValue(answer) ? [item.reverse ? ANSWER_MIN + ANSWER_MAX - answer : answer] : [];
    });
    means[factor] =
      scored.length >= MIN_ANSWERED_ITEMS_PER_FACTOR ? Math.round((scored.reduce((sum, x) => sum + x, 0) / scored.length) * 100) / 100 : null;
  }
  return means;
}
