import { describeTokens } from '../../src/entities/name-token';
import { OpenerFilter } from '../../src/entities/opener-filter';

describe('describeTokens', () => {
  it('cuts each word, its lower case and the gap before it from the text', () => {
    const text = 'Gen. Ali al-Assad,  of Iran\u2019s U.S. office  said: Z\u00fcrich';
    const tokens = describeTokens(text);
    expect(tokens.map((t) => t.text)).toEqual(['Gen', 'Ali', 'al-Assad', 'of', 'Iran\u2019s', 'U.S.', 'office', 'said', 'Z\u00fcrich']);
    expect(tokens.map((t) => t.lower)).toEqual(['gen', 'ali', 'al-assad', 'of', 'iran\u2019s', 'u.s.', 'office', 'said', 'z\u00fcrich']);
    expect(tokens.map((t) => t.gapBefore)).toEqual(['', '. ', ' ', ',  ', ' ', ' ', ' ', '  ', ': ']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks a word ASCII only when every code unit of it is', () => {
    const tokens = describeTokens('Kabul Z\u00fcrich O\u2019Brien U.S. caf\u00e9');
    expect(tokens.map((t) => t.ascii)).toEqual([true, false, false, true, false]);
  });
});

describe('OpenerFilter', () => {
  it('answers for a token as it would for the token\u2019s lower case', () => {
    // The Kelvin sign lower-cases to an ASCII k: a non-ASCII word may share an opener's lower case.
    const filter = new OpenerFilter();
    filter.add('kelvin');
    filter.add('istanbul');
    const tokens = describeTokens('the \u212Aelvin KELVIN Kelvins \u0130stanbul ISTANBUL');
    expect(tokens.map((t) => filter.mayHoldToken(t))).toEqual([false, true, true, false, false, true]);
  });

  it('rules out a word of an opener\u2019s length and first letter when its last letter differs', () => {
    const filter = new OpenerFilter();
    filter.add('kabul');
    const tokens = describeTokens('Kabul kebab KABUL kabuk');
    expect(tokens.map((t) => filter.mayHoldToken(t))).toEqual([true, false, true, false]);
  });
});
