/**
 * A pure one-string function with its recent answers kept: names and words
 * recur across a feed's articles. The table is emptied when it reaches
 * `limit` entries, so memory stays bounded on any input.
 */
export function boundedMemo(fn: (key: string) => string, limit = 20_000): (key: string) => string {
  const known = new Map<string, string>();
  return (key: string): string => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = fn(key);
      known.set(key, value);
    }
    return value;
  };
}
