import { splitSentences } from '../../src/sentences/split-sentences';

/** Sentence texts only, after checking every span against the input. */
export function sentencesOf(text: string): string[] {
  const sentences = splitSentences(text);
  for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  return sentences.map((s) => s.text);
}
