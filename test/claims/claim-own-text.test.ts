import { claimOwnText, claimPieces } from '../../src/claims/claim-own-text';
import { hasDate, hasFigure, hasName, hasOwnVerb } from '../../src/claims/fact-signals';
import { tokenize } from '../../src/claims/tokenize';

describe('claimOwnText', () => {
  const text = 'The envoy, who arrived on Tuesday, met the minister.';
  const claim = { text: `xx${text}`.slice(2), span: { start: 100, end: 100 + text.length }, parts: [{ start: 100, end: 109 }, { start: 135, end: 100 + text.length }] };

  it('blanks what lies outside the parts and keeps offsets', () => {
    const own = claimOwnText(claim);
    expect(own).toHaveLength(text.length);
    expect(own.replace(/\s+/g, ' ')).toBe('The envoy met the minister.');
    expect(own.slice(35)).toBe('met the minister.');
  });

  it('returns the text itself for a claim in one piece', () => {
    expect(claimOwnText({ text: 'A b c.', span: { start: 3, end: 9 } })).toBe('A b c.');
  });

  it('lists the pieces with their spans', () => {
    expect(claimPieces(claim).map((p) => p.text)).toEqual(['The envoy', 'met the minister.']);
    expect(claimPieces({ text: 'A b.', span: { start: 0, end: 4 } })).toEqual([{ text: 'A b.', span: { start: 0, end: 4 } }]);
  });
});

describe('fact signals', () => {
  const t = tokenize;
  it('finds figures but not the pronoun "one" first', () => {
    expect(hasFigure(t('who has 40 staff'))).toBe(true);
    expect(hasFigure(t('who employs two thousand people'))).toBe(true);
    expect(hasFigure(t('One can only hope'))).toBe(false);
  });
  it('finds dates, names and verbs of their own', () => {
    expect(hasDate(t('who left on Monday'))).toBe(true);
    expect(hasDate(t('who left early'))).toBe(false);
    expect(hasName(t('who met Ana Ruiz'))).toBe(true);
    expect(hasName(t('The man left'))).toBe(false);
    expect(hasOwnVerb(t('who was arrested'))).toBe(true);
    expect(hasOwnVerb(t('who is popular'))).toBe(false);
  });
});
