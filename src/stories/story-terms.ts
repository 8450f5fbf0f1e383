import { entityTerm } from '../cluster/entity-term';
import type { Claim } from '../types';

/** Figures this small (ages, counts of days, "two ministers") are common to unrelated stories. */
const MIN_STORY_FIGURE = 10;

/**
 * The figure terms of a feed, made once each: a feed gives the same figures
 * in many claims, and a fresh string per sighting would be built, hashed and
 * collected every time. (Entity terms are kept by `entityTerm`.)
 */
export class FigureTerms {
  private readonly byUnit = new Map<string, Map<number, string>>();

  of(unit: string, value: number): string {
    let byValue = this.byUnit.get(unit);
    if (!byValue) this.byUnit.set(unit, (byValue = new Map()));
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
export function storyTerms(claims: readonly Claim[], idByName: Readonly<Record<string, string>>, figures = new FigureTerms()): string[] {
  const terms = new Set<string>();
  for (const claim of claims) {
    for (const m of claim.mentions) {
      // The position first: it spares the look-up in the feed's large table for sentence openers.
      if (m.span.start <= claim.span.start + 1) continue;
      const id = idByName[m.name];
      if (id !== undefined) terms.add(entityTerm(id));
    }
    for (const q of claim.quantities) {
      if (q.unit !== 'date' && Math.abs(q.value) >= MIN_STORY_FIGURE) terms.add(figures.of(q.unit, q.value));
    }
  }
  return [...terms].sort();
}
