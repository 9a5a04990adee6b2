import userEvent from '@testing-library/user-event';

/** Replaces a field's text in one go: typing key by key re-renders the form each time, which is slow in jsdom. */
export async function fill(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  await userEvent.click(field);
  await userEvent.paste(text);
}
