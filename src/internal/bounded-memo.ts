/**
 * A pure one-string function with its recent answers kept: words and names
 * recur across a feed's articles. The table is emptied when it reaches
 * `limit` entries, so a hostile text of unique words cannot grow it without end.
 * The function must never return undefined (that marks a key not yet seen).
 */
export function boundedMemo<T>(fn: (key: string) => T, limit = 20_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key: string): T => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = fn(key);
      known.set(key, value);
    }
    return value;
  };
}
