/**
 * Plain code-unit order for ids, keys and ISO days. Not localeCompare: the order must be the same on every machine
 * and in every browser, or the same evidence could give different results.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const byId = (a: { readonly id: string }, b: { readonly id: string }) => compareText(a.id, b.id);
