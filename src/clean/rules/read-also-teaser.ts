import type { LineRule } from '../types';

// "Read also:", "Read more -", "Also read:", "See also:", "Related:" introduce a link to another story.
const TEASER = /^(?:(?:read|see|watch|listen)(?: also| more| next)|also (?:read|see|watch)|related(?: story| article| news)?|recommended|suggested reading)\s*(?:[:\-–—>»|]|$)/iu;
const MAX_LENGTH = 250;

/** "Read also: <another headline>" teasers. */
export const readAlsoTeaser: LineRule = {
  name: 'read-also-teaser',
  reason: 'read-also teaser',
  test: (line) => line.text.length <= MAX_LENGTH && TEASER.test(line.text),
};
