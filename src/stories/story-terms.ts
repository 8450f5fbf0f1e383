import type { Claim } from '../types';

/** Figures this small (ages, counts of days, "two ministers") are common to unrelated stories. */
const MIN_STORY_FIGURE = 10;

/**
 * What marks an article as telling one story rather than another: the names
 * it uses inside sentences (canonical entity ids, so spellings meet), and the
 * exact figures it gives. A name that only ever opens a sentence is left out:
 * capitalised openers ("Schools", "Members") are often common words.
 */
export function storyTerms(claims: readonly Claim[], idByName: Readonly<Record<string, string>>): string[] {
  const terms = new Set<string>();
  for (const claim of claims) {
    for (const m of claim.mentions) {
      const id = idByName[m.name];
      if (id !== undefined && m.span.start > claim.span.start + 1) terms.add(`e:${id}`);
    }
    for (const q of claim.quantities) {
      if (q.unit !== 'date' && Math.abs(q.value) >= MIN_STORY_FIGURE) terms.add(`n:${q.unit}:${q.value}`);
    }
  }
  return [...terms].sort();
}
