import type { Claim } from '../types';

/** Figures this small (ages, counts of days, "two ministers") are common to unrelated stories. */
const MIN_STORY_FIGURE = 10;

/**
 * The term strings of a feed, made once each: a feed names the same
 * entities and figures in many claims, and a fresh string per sighting
 * would be built, hashed and collected every time.
 */
export class StoryTermCache {
  private readonly entities = new Map<string, string>();
  private readonly figures = new Map<string, Map<number, string>>();

  entity(id: string): string {
    let term = this.entities.get(id);
    if (term === undefined) this.entities.set(id, (term = `e:${id}`));
    return term;
  }

  figure(unit: string, value: number): string {
    let byValue = this.figures.get(unit);
    if (!byValue) this.figures.set(unit, (byValue = new Map()));
    let term = byValue.get(value);
    if (term === undefined) byValue.set(value, (term = `n:${unit}:${value}`));
    return term;
  }
}

/**
 * What marks an article as telling one story rather than another: the names
 * it uses inside sentences (canonical entity ids, so spellings meet), and the
 * exact figures it gives. A name that only ever opens a sentence is left out:
 * capitalised openers ("Schools", "Members") are often common words.
 */
export function storyTerms(claims: readonly Claim[], idByName: Readonly<Record<string, string>>, cache = new StoryTermCache()): string[] {
  const terms = new Set<string>();
  for (const claim of claims) {
    for (const m of claim.mentions) {
      // The position first: it spares the look-up in the feed's large table for sentence openers.
      if (m.span.start <= claim.span.start + 1) continue;
      const id = idByName[m.name];
      if (id !== undefined) terms.add(cache.entity(id));
    }
    for (const q of claim.quantities) {
      if (q.unit !== 'date' && Math.abs(q.value) >= MIN_STORY_FIGURE) terms.add(cache.figure(q.unit, q.value));
    }
  }
  return [...terms].sort();
}
