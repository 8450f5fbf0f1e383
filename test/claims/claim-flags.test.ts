import { claimFlags } from '../../src/claims/claim-flags';
import { findHedges } from '../../src/claims/find-hedges';
import { hasDirectQuote } from '../../src/claims/has-direct-quote';
import { isNegated } from '../../src/claims/is-negated';
import { isRejection } from '../../src/claims/is-rejection';
import { tokenized } from '../../src/claims/tokenize';
import { guardTokens, readGuardedTokens } from '../../src/claims/guarded-regions';
import { maskedTokenized } from '../../src/claims/masked-tokens';

describe('claimFlags', () => {
  // Its one-pass filter may only skip rules that would find nothing: it must agree with each rule run alone.
  test.each([
    'The council met residents on Tuesday.',
    'The ministry did not confirm the figure.',
    'Officials said they couldn’t reach the village.',
    'The army denied that troops crossed the border.',
    'The company rejected the claim as false.',
    'The figures were disputed by the union.',
    'The envoy may visit the capital, reportedly with 40 aides.',
    'The dam is believed to hold 3 million cubic metres.',
    'He said: “We will rebuild the bridge.”',
    'She called it «a disgrace».',
    'No. 3 was not only late but no doubt costly.',
    'The minister, speaking in May, was denied entry.',
  ])('matches the flag rules on %s', (text) => {
    expect(claimFlags(tokenized(text))).toEqual({
      negated: isNegated(text),
      hedges: findHedges(text),
      quoted: hasDirectQuote(text),
      rejects: isRejection(text),
    });
  });
});

describe('readGuardedTokens', () => {
  test('shares one all-false answer between texts of the same length that guard nothing', () => {
    const a = tokenized('The envoy met the minister.');
    const b = tokenized('The mayor saw the river.');
    expect(readGuardedTokens(a.text, a.tokens)).toBe(readGuardedTokens(b.text, b.tokens));
    expect(readGuardedTokens(a.text, a.tokens)).toEqual(new Array(a.tokens.length).fill(false));
  });

  test('marks quoted tokens as guardTokens does', () => {
    const t = tokenized('He said “we will stay” on Monday.');
    expect(readGuardedTokens(t.text, t.tokens)).toEqual(t.tokens.map((tok) => tok.start >= 8 && tok.end <= 22));
  });
});

describe('guarded tokens of a clause', () => {
  // A clause of a sentence that guards nothing is marked unguarded without a look: check that a look agrees.
  test.each([
    ['The envoy met the minister, and the talks — long delayed resumed.', 27],
    ['The envoy met the minister, and the talks (long delayed) resumed.', 27],
    ['The envoy said "we stay", and the talks resumed.', 25],
  ])('agree with guardTokens on the clause text of %s', (text, cut) => {
    const clause = maskedTokenized(tokenized(text), cut, text.length, [{ start: cut, end: text.length }]);
    expect(clause.guarded()).toEqual(guardTokens(clause.text, clause.tokens));
    expect(clause.guarded(false)).toEqual(guardTokens(clause.text, clause.tokens, { dashes: false }));
  });
});
