import fc from 'fast-check';
import { splitSentences } from '../../src/sentences/split-sentences';
import { segmentSentences } from '../../src/sentences/segment-sentences';

const sample = 'Dr. Reyes said the U.S. Navy left at 6 p.m. The port reopened.\n\nHeadline Here\nA new line… ok!';

describe('span invariant and odd input', () => {
  it('returns exact, trimmed, ordered, non-overlapping spans', () => {
    const sentences = splitSentences(sample);
    expect(sentences.length).toBeGreaterThan(2);
    let last = 0;
    for (const s of sentences) {
      expect(sample.slice(s.span.start, s.span.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.span.start).toBeGreaterThanOrEqual(last);
      last = s.span.end;
    }
  });

  it('adds the offset to every span', () => {
    const prefix = 'xx\n';
    const full = prefix + sample;
    for (const s of splitSentences(sample, { offset: prefix.length })) {
      expect(full.slice(s.span.start, s.span.end)).toBe(s.text);
    }
  });

  it('names the rule that ended each sentence', () => {
    const rules = segmentSentences('First one. Second one!').map((s) => s.rule);
    expect(rules).toEqual(['sentence-end', 'end-of-text']);
  });

  it('gives empty output for empty or blank text and never throws on odd input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\u00a0 ')).toEqual([]);
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
    for (const odd of ['\u0000\u0000. A', '😀 Fine. 🎉 Great!', 'مرحبا بكم. هذا نص.', '.'.repeat(5000), 'a'.repeat(100000)]) {
      const result = splitSentences(odd);
      for (const s of result) expect(odd.slice(s.span.start, s.span.end)).toBe(s.text);
    }
    expect(splitSentences('😀 Fine. 🎉 Great!').map((s) => s.text)).toEqual(['😀 Fine.', '🎉 Great!']);
  });

  it('keeps every non-whitespace character in exactly one sentence (property)', () => {
    const alphabet = fc.constantFrom('a', 'B', '.', '!', '?', ' ', '\n', '"', ')', '1', 'U.S.', 'Mr.', '…', '•', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const sentences = splitSentences(text);
        const covered = sentences.map((s) => s.text).join('').replace(/\s/g, '');
        expect(covered).toBe(text.replace(/\s/g, ''));
        for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
      }),
    );
  });

  it('is deterministic and does not depend on call order', () => {
    expect(splitSentences(sample)).toEqual(splitSentences(sample));
  });
});
