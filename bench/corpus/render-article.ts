/**
 * One outlet's article about a story: its own headline and lead, the facts it
 * chose in its own words and order, quotes, and figure-free paragraphs until
 * the article reaches its length.
 */
import type { Rng } from './prng';
import type { EventType, FactSpec } from './types';
import { fill } from './template';
import { writeFigure } from './format';
import { GENERIC_FILLERS, GENERIC_QUOTES } from './generic-fillers';
import { reword } from './synonyms';

export interface FactStatement {
  spec: FactSpec;
  value: number;
}

/** Words as runs of non-space characters (a loop: the generator counts millions of them). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function factSentence(f: FactStatement, rng: Rng, slots: Record<string, string>): string {
  const v = writeFigure(f.value, f.spec.style, rng, f.spec.currency);
  return fill(rng.pick(f.spec.phrasings), rng, { ...slots, v });
}

/** Paragraphs: headline, lead, then facts with quotes and filler woven in. */
export function renderArticle(
  event: EventType,
  facts: readonly FactStatement[],
  slots: Record<string, string>,
  targetWords: number,
  rng: Rng,
): string {
  const paragraphs: string[] = [];
  if (rng.chance(0.7)) paragraphs.push(fill(rng.pick(event.headlines), rng, slots));
  const lead = fill(rng.pick(event.leads), rng, slots);
  const factTexts = rng.shuffle(facts).map((f) => factSentence(f, rng, slots));
  // Some outlets put the first fact in the lead paragraph, as wire copy does.
  paragraphs.push(factTexts.length > 0 && rng.chance(0.5) ? `${lead} ${factTexts.shift()}` : lead);

  const body: string[] = [...factTexts];
  const quotes = rng.sample([...event.quotes, ...GENERIC_QUOTES], rng.between(1, 3));
  for (const q of quotes) body.splice(rng.int(body.length + 1), 0, fill(q, rng, slots));

  let words = countWords(paragraphs.join(' ')) + countWords(body.join(' '));
  const fillers = [...rng.shuffle(event.fillers), ...rng.shuffle(GENERIC_FILLERS)];
  for (const template of fillers) {
    if (words >= targetWords) break;
    const text = reword(fill(template, rng, slots), rng, slots);
    words += countWords(text);
    // Background goes after the first few facts, as in most news copy.
    const at = Math.min(body.length, 1 + rng.int(body.length + 1));
    body.splice(at, 0, text);
  }
  return [...paragraphs, ...body].join('\n\n');
}

/**
 * A wire reprint: the source text nearly verbatim. Some reprints carry a
 * credit line, some drop a paragraph; none changes a figure.
 */
export function reprint(text: string, sourceName: string, rng: Rng): string {
  const paragraphs = text.split('\n\n');
  if (paragraphs.length > 6 && rng.chance(0.4)) {
    // Drop a paragraph without figures, so the copy states the same facts.
    const candidates = paragraphs.map((p, i) => i).filter((i) => i > 1 && !/\d/.test(paragraphs[i]));
    if (candidates.length > 0) paragraphs.splice(rng.pick(candidates), 1);
  }
  if (rng.chance(0.5)) {
    paragraphs.push(
      rng.pick([
        `This article was originally published by ${sourceName} and is reprinted with permission.`,
        `Originally published by ${sourceName}. Reprinted with permission.`,
      ]),
    );
  }
  return paragraphs.join('\n\n');
}
