/**
 * The array with no spare room. V8 gives an array built by `push` (or
 * `filter`, `flatMap`) room for 17 items at its first push; on the small
 * arrays a feed keeps to the end (a claim's names, figures, entity ids) that
 * room was a sixth of the heap. `slice` copies into an array of exact length;
 * the built one dies young, which costs the collector next to nothing.
 */
export function exactSize<T>(items: T[]): T[] {
  // An array that never held an item has no room to give back.
  return items.length === 0 ? items : items.slice();
}
