/**
 * The synthetic feed generator: same seed, same feed; the ground truth agrees
 * with the article texts; articles are news-length; every template fills.
 */
import { generateCorpus } from '../../bench/generate-corpus';
import { EVENT_TYPES } from '../../bench/corpus/events';
import { GENERIC_FILLERS, GENERIC_QUOTES } from '../../bench/corpus/generic-fillers';
import { countWords } from '../../bench/corpus/render-article';
import { createRng } from '../../bench/corpus/prng';
import { fill } from '../../bench/corpus/template';
import { sameUnitFamily, type Unit } from '../../bench/corpus/types';
import { extractQuantities } from '../../src';

const corpus = generateCorpus({ articles: 240, stories: 30, seed: 11 });
const textOf = new Map(corpus.articles.map((a) => [a.id, a.text]));

/**
 * Values of the figures corroborate reads in an article, in the given unit.
 * Sentence by sentence, as the pipeline reads claims: on a whole text,
 * extractQuantities misses a bare figure that opens a sentence.
 */
function valuesIn(articleId: string, unit: Unit): number[] {
  return textOf
    .get(articleId)!
    .split(/(?<=[.!?"])\s+/)
    .flatMap((sentence) => extractQuantities(sentence))
    .filter((q) => sameUnitFamily(q.unit, unit))
    .map((q) => q.value);
}
const near = (xs: number[], v: number) => xs.some((x) => Math.abs(x - v) <= 0.01 * Math.max(x, v));

describe('generateCorpus', () => {
  it('gives the same feed and truth for the same seed, and a different feed for another seed', () => {
    const again = generateCorpus({ articles: 240, stories: 30, seed: 11 });
    expect(again).toEqual(corpus);
    const other = generateCorpus({ articles: 240, stories: 30, seed: 12 });
    expect(other.articles.map((a) => a.text)).not.toEqual(corpus.articles.map((a) => a.text));
  });

  it('splits the articles over the stories, with unique ids', () => {
    expect(corpus.articles).toHaveLength(240);
    expect(new Set(corpus.articles.map((a) => a.id)).size).toBe(240);
    expect(corpus.truth.stories).toHaveLength(30);
    for (const s of corpus.truth.stories) expect(s.articleIds).toHaveLength(8);
    expect(new Set(corpus.truth.stories.map((s) => s.kind)).size).toBe(EVENT_TYPES.length);
  });

  it('writes articles of about 700 words', () => {
    const originals = corpus.articles.filter((a) => !corpus.truth.copies.some((c) => c.articleId === a.id));
    for (const a of originals) {
      expect(countWords(a.text)).toBeGreaterThanOrEqual(550);
      expect(countWords(a.text)).toBeLessThanOrEqual(900);
    }
    const mean = originals.reduce((n, a) => n + countWords(a.text), 0) / originals.length;
    expect(mean).toBeGreaterThan(640);
    expect(mean).toBeLessThan(780);
  });

  it('records alterations whose values stand in the articles it names', () => {
    expect(corpus.truth.alterations.length).toBeGreaterThan(10);
    for (const alt of corpus.truth.alterations) {
      expect(alt.originalArticleIds.length).toBeGreaterThan(0);
      expect(alt.alteredArticleIds).toContain(alt.alteredBy);
      expect(alt.originalArticleIds.filter((id) => alt.alteredArticleIds.includes(id))).toEqual([]);
      const ratio = alt.alteredValue / alt.originalValue;
      expect(ratio >= 1.5 || ratio <= 0.65).toBe(true);
      for (const id of alt.originalArticleIds) expect(near(valuesIn(id, alt.unit), alt.originalValue)).toBe(true);
      for (const id of alt.alteredArticleIds) {
        expect(near(valuesIn(id, alt.unit), alt.alteredValue)).toBe(true);
        expect(near(valuesIn(id, alt.unit), alt.originalValue)).toBe(false);
      }
    }
  });

  it('records wire copies that are near-verbatim and carry the same figures as their source', () => {
    expect(corpus.truth.copies.length).toBeGreaterThan(0);
    for (const c of corpus.truth.copies) {
      const copy = textOf.get(c.articleId)!;
      const source = textOf.get(c.copyOf)!;
      const digits = (t: string) => t.match(/\d[\d,.]*/g) ?? [];
      expect(digits(copy)).toEqual(digits(source));
      const sourceParagraphs = new Set(source.split('\n\n'));
      const kept = copy.split('\n\n').filter((p) => sourceParagraphs.has(p)).length;
      expect(kept / sourceParagraphs.size).toBeGreaterThan(0.9);
      expect(c.storyId).toBe(c.articleId.slice(0, 5));
    }
  });

  it('keeps the true value of every fact in articles that are not altered', () => {
    const altered = new Set(corpus.truth.alterations.flatMap((a) => a.alteredArticleIds.map((id) => `${id}|${a.factId}`)));
    const story = corpus.truth.stories[0];
    for (const [factId, fact] of Object.entries(story.facts)) {
      for (const id of story.articleIds) {
        if (altered.has(`${id}|${factId}`)) continue;
        const values = valuesIn(id, fact.unit);
        // An outlet may skip a fact; when it states a figure for it, it is the true one.
        if (values.length > 0 && near(values, fact.value * 1.5)) expect(near(values, fact.value)).toBe(true);
      }
    }
  });

  it('fills every template of every event without an unknown slot', () => {
    const rng = createRng(5);
    const slots = new Proxy({} as Record<string, string>, { get: (_, name) => (typeof name === 'string' && /^(p[1-4](last)?|v|country|neighbour|city|town|region|river|university|weekday|date|month)$/.test(name) ? 'X' : undefined) });
    for (const event of EVENT_TYPES) {
      const cast: Record<string, string> = {};
      const withCast = new Proxy(cast, { get: (t, name) => (typeof name === 'string' && name in t ? t[name] : slots[name as string]) });
      for (const [name, template] of Object.entries(event.cast)) cast[name] = fill(template, rng, withCast, false);
      const templates = [...event.headlines, ...event.leads, ...event.fillers, ...event.quotes, ...event.facts.flatMap((f) => f.phrasings), ...GENERIC_FILLERS, ...GENERIC_QUOTES];
      for (const t of templates) for (let i = 0; i < 5; i++) expect(fill(t, rng, withCast)).not.toMatch(/[<>{}|]/);
    }
  });

  it('keeps figures out of filler paragraphs, and never lets outlets differ on a number word there', () => {
    for (const t of [...GENERIC_FILLERS, ...EVENT_TYPES.flatMap((e) => [...e.fillers, ...e.quotes, ...e.leads, ...e.headlines])]) {
      const words = t.replace(/<[a-zA-Z0-9]+>/g, '');
      expect(words).not.toMatch(/\d/);
      // Vague amounts are figures to corroborate ("several days" against "two days" is a conflict).
      expect(words).not.toMatch(/\b(several|dozens|hundreds|thousands|millions|a few|a couple)\b/i);
      // A number word inside an alternation would make one outlet state it and another not.
      for (const option of words.match(/\{[^{}]*\}/g) ?? []) expect(option).not.toMatch(/\b(one|two|three|four|five|second|third)\b/i);
    }
  });

  it('rejects impossible sizes with a RangeError', () => {
    expect(() => generateCorpus({ articles: 5, stories: 6 })).toThrow(RangeError);
    expect(() => generateCorpus({ articles: 0, stories: 1 })).toThrow(RangeError);
    expect(() => generateCorpus({ articles: 2.5, stories: 1 })).toThrow(RangeError);
  });
});
