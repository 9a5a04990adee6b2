/**
 * For single-key shortcuts ("/" search, "l" log a conversation): a key typed into a field is that character, not
 * a shortcut. Selects count too, since typing a letter there picks an option.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A shortcut must not reach past an open dialog, whose focus trap it would otherwise break. */
export function isInsideDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"]') !== null;
}
