import { fireEvent } from '@testing-library/react';

/**
 * Picks the option `value` ('1'…'5' or 'dont-know') of each statement through its inputs. Role queries over the
 * form's 170 radios are slow in jsdom, so this goes by each group's name, from the first option's id.
 */
export function answerStatements(ids: readonly string[], value: string) {
  for (const id of ids) {
    const first = document.getElementById(`answer-${id}`) as HTMLInputElement | null;
    if (!first) throw new Error(`No statement ${id} on the page`);
    const option = document.querySelector<HTMLInputElement>(`input[name="${first.name}"][value="${value}"]`);
    if (!option) throw new Error(`Statement ${id} has no option ${value}`);
    fireEvent.click(option);
  }
}

export const checkedCount = (value: string) => document.querySelectorAll(`input[type="radio"][value="${value}"]:checked`).length;
