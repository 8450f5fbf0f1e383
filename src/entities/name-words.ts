import { boundedMemo } from '../internal/bounded-memo';

const WORD_BREAKS = /[\s.]+/;

/**
 * Lower-case words of a name, split at spaces and full stops ("U.S. Army" ->
 * u, s, army). Kept per name: a feed repeats its names thousands of times.
 * The arrays are shared, so callers must not change them.
 */
export const nameWords: (name: string) => readonly string[] = boundedMemo((name) =>
  name.toLowerCase().split(WORD_BREAKS).filter(Boolean),
);
