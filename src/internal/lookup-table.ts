/**
 * A word table safe to index with any word of an article: no prototype, so
 * "constructor" or "toString" read as absent instead of as Object's methods,
 * and frozen, so no caller can change a shared table.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
