/** Records in use first, then archived ones (when shown), each group in the API's order. */
export function archivedLast<T extends { archivedAt: string | null }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null));
}
