import { extractClaims } from '../../src/claims';
import { opinionRule, opensAsOpinion } from '../../src/claims/opinion-rule';
import { guardTokens } from '../../src/claims/guarded-regions';
import { tokenize } from '../../src/claims/tokenize';

function verdict(text: string): string | null {
  const tokens = tokenize(text);
  return opinionRule.test(text, tokens, guardTokens(text, tokens));
}

describe('opinionRule', () => {
  it.each([
    'This is an outrageous waste.',
    'That was a deeply cynical move.',
    "It's absurd.",
    'We believe the plan deserves support.',
    'I doubt the ministry has learned anything.',
    'Voters should remember this.',
    'In my opinion, the club has been badly run.',
    'Surely the council can do better.',
  ])('skips "%s" as opinion', (text) => {
    expect(verdict(text)).toBe('opinion');
  });

  it.each([
    ['a figure', 'We believe the repairs will cost 2 million.'],
    ['a number word', 'This is a shameful waste of three years.'],
    ['a date', 'This is a shameful decision by the board on Monday.'],
    ['a name', 'We believe the Tern Bay plant should close.'],
    ['a quotation', '"This is shameful," said the chair.'],
    ['a third-party speaker', 'This is a shameful decision, the union said.'],
    ['no editorial voice', 'The decision is shameful to many residents.'],
    ['a plain statement', 'The ferry left the harbour at dawn.'],
  ])('keeps a sentence with %s', (_why, text) => {
    expect(verdict(text)).toBeNull();
  });

  it('recognises the openers on their own', () => {
    expect(opensAsOpinion(tokenize('Let us be clear.'))).toBe(true);
    expect(opensAsOpinion(tokenize('Lettuce prices rose.'))).toBe(false);
  });

  it('records the skip through extractClaims with the reason opinion', () => {
    const text = 'Readers deserve better than this.';
    expect(extractClaims({ text, span: { start: 5, end: 5 + text.length } })).toEqual({
      claims: [],
      skipped: [{ span: { start: 5, end: 5 + text.length }, reason: 'opinion' }],
    });
  });
});
