import { extractClaims } from '../../src/claims';
import type { ClaimDraft } from '../../src/types';
import { CLAIM_SET, type ExpectedClaim } from './fixtures/claim-set';

/** Places the sentence inside a longer article so spans are tested in article coordinates. */
function inArticle(sentence: string) {
  const before = 'Earlier paragraph text.\r\n\r\n  ';
  const article = `${before}${sentence}  \nLater text follows.`;
  return { article, sentence: { text: sentence, span: { start: before.length, end: before.length + sentence.length } } };
}

function summary(c: ClaimDraft, article: string) {
  return {
    text: c.text,
    parts: c.parts?.map((p) => article.slice(p.start, p.end)),
    antecedent: c.antecedent?.text,
    speaker: c.attribution?.speaker,
    verb: c.attribution?.verb,
    negated: c.negated,
    rejects: c.rejects,
    hedges: c.hedges,
    quoted: c.quoted,
  };
}

function expected(e: ExpectedClaim) {
  return {
    text: e.text,
    parts: e.parts,
    antecedent: e.antecedent,
    speaker: e.speaker,
    verb: e.verb,
    negated: e.negated ?? false,
    rejects: e.rejects ?? false,
    hedges: e.hedges ?? [],
    quoted: e.quoted ?? false,
  };
}

describe('claim set', () => {
  test('holds at least 100 sentences', () => {
    expect(CLAIM_SET.length).toBeGreaterThanOrEqual(100);
  });

  test.each(CLAIM_SET.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { article, sentence } = inArticle(c.sentence);
    const result = extractClaims(sentence);
    expect(result.claims.map((claim) => summary(claim, article))).toEqual(c.claims.map(expected));
    expect(result.skipped.map((s) => s.reason)).toEqual(c.skipped ? [c.skipped] : []);
    for (const claim of result.claims) {
      expect(article.slice(claim.span.start, claim.span.end)).toBe(claim.text);
      for (const part of claim.parts ?? []) {
        expect(part.start).toBeGreaterThanOrEqual(claim.span.start);
        expect(part.end).toBeLessThanOrEqual(claim.span.end);
      }
      if (claim.antecedent) expect(article.slice(claim.antecedent.span.start, claim.antecedent.span.end)).toBe(claim.antecedent.text);
      if (claim.attribution?.span) {
        expect(article.slice(claim.attribution.span.start, claim.attribution.span.end)).toBe(claim.attribution.speaker);
      }
    }
    for (const s of result.skipped) expect(article.slice(s.span.start, s.span.end)).toBe(c.sentence.trim());
  });
});
