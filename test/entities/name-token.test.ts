import { describeTokens } from '../../src/entities/name-token';
import { WordShapes } from '../../src/entities/word-shapes';
import { TokenTable } from '../../src/entities/token-table';

/** One value per word of the table, in order. */
function each<T>(tokens: TokenTable, read: (i: number) => T): T[] {
  return Array.from({ length: tokens.count }, (_, i) => read(i));
}

describe('describeTokens', () => {
  it('cuts each word, its lower case and the gap before it from the text', () => {
    const text = 'Gen. Ali al-Assad,  of Iran\u2019s U.S. office  said: Z\u00fcrich';
    const tokens = describeTokens(text);
    expect(each(tokens, (i) => tokens.text(i))).toEqual(['Gen', 'Ali', 'al-Assad', 'of', 'Iran\u2019s', 'U.S.', 'office', 'said', 'Z\u00fcrich']);
    expect(each(tokens, (i) => tokens.lower(i))).toEqual(['gen', 'ali', 'al-assad', 'of', 'iran\u2019s', 'u.s.', 'office', 'said', 'z\u00fcrich']);
    expect(each(tokens, (i) => tokens.gapBefore(i))).toEqual(['', '. ', ' ', ',  ', ' ', ' ', ' ', '  ', ': ']);
    for (let i = 0; i < tokens.count; i += 1) expect(text.slice(tokens.start(i), tokens.end(i))).toBe(tokens.text(i));
  });

  it('marks a word ASCII only when every code unit of it is', () => {
    const tokens = describeTokens('Kabul Z\u00fcrich O\u2019Brien U.S. caf\u00e9');
    expect(each(tokens, (i) => tokens.ascii(i))).toEqual([true, false, false, true, false]);
  });

  it('describes a text into a reused table as into a new one', () => {
    const long = Array.from({ length: 1500 }, (_, k) => (k % 7 === 0 ? `Word${k}.` : `word${k}`)).join(' ');
    const short = 'Ministers met. Security forces said';
    const table = new TokenTable();
    describeTokens(long, table);
    expect(table.count).toBe(1500);
    for (const text of [short, long]) {
      const fresh = describeTokens(text);
      describeTokens(text, table);
      expect(table.count).toBe(fresh.count);
      const read = (t: TokenTable) =>
        each(t, (i) => [t.text(i), t.lower(i), t.nameStart(i), t.nameEnd(i), t.capitalised(i), t.sentenceStart(i), t.spaceGapBefore(i)]);
      expect(read(table)).toEqual(read(fresh));
    }
  });

  it('keeps a sentence going after an abbreviation\u2019s lone full stop, whatever white space is around it', () => {
    const starts = (text: string) => {
      const tokens = describeTokens(text);
      return each(tokens, (i) => tokens.sentenceStart(i));
    };
    for (const gap of ['. ', ' . ', '.\u00a0', '.\t', ' .\u2003', '.\n']) expect(starts(`Gen${gap}Ali`)).toEqual([true, false]);
    for (const gap of ['.. ', '. . ', '.,', '! ']) expect(starts(`Gen${gap}Ali`)).toEqual([true, true]);
    expect(starts('Then. Ali')).toEqual([true, true]);
  });

  it('tells capitalised stop words from names, whether or not their lower case is made', () => {
    const tokens = describeTokens('The THE However Its Kabul Kelvin Z\u00fcrich March Marches');
    expect(each(tokens, (i) => tokens.capitalised(i))).toEqual([false, false, false, false, true, true, true, false, true]);
  });
});

describe('WordShapes', () => {
  it('answers for a token as it would for the token\u2019s lower case', () => {
    // The Kelvin sign lower-cases to an ASCII k: a non-ASCII word may share an opener's lower case.
    const filter = new WordShapes();
    filter.add('kelvin');
    filter.add('istanbul');
    const tokens = describeTokens('the \u212Aelvin KELVIN Kelvins \u0130stanbul ISTANBUL');
    expect(each(tokens, (i) => filter.mayHoldToken(tokens, i))).toEqual([false, true, true, false, false, true]);
  });

  it('rules out a word of an opener\u2019s length and first letter when its last letter differs', () => {
    const filter = new WordShapes();
    filter.add('kabul');
    const tokens = describeTokens('Kabul kebab KABUL kabuk');
    expect(each(tokens, (i) => filter.mayHoldToken(tokens, i))).toEqual([true, false, true, false]);
  });

  it('rules out a word whose first and last letters never meet in one word added', () => {
    // "said" has the length and first letter of "supt" and the length and last letter of "lord".
    const filter = WordShapes.of(['supt', 'lord']);
    const tokens = describeTokens('said Lord supt lost');
    expect(each(tokens, (i) => filter.mayHoldToken(tokens, i))).toEqual([false, true, true, false]);
  });

  it('holds nothing once cleared', () => {
    const filter = WordShapes.of(['kabul']);
    filter.clear();
    const tokens = describeTokens('kabul');
    expect(filter.mayHoldToken(tokens, 0)).toBe(false);
  });
});
