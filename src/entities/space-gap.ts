const SPACES_ONLY = /^[ \t\u00a0\u202f]{1,3}$/;

/**
 * Whether the text between two words is one to three spaces (or tabs, no-break
 * spaces): the words then belong to one clause. Most gaps are a single space,
 * answered without the regular expression (this is asked for many words).
 */
export function isSpaceGap(gap: string): boolean {
  return gap === ' ' || SPACES_ONLY.test(gap);
}
