// The scanner first: the traits' word lists import rule modules that use it (a cycle the library enters this way).
import { scanTokens } from '../../src/claims/scan-tokens';
import { LexemeTable } from '../../src/claims/lexeme-table';
import { readKey, SHORT_WORD } from '../../src/claims/lexeme-key';

const keyOf = (word: string) => {
  const out = new Int32Array(3);
  return readKey(word, 0, word.length, out, 0) ? [...out].join(',') : undefined;
};

describe('readKey', () => {
  test('short ASCII words have keys, and no two words share one', () => {
    const words = ['a', 'b', 'aa', 'ab', 'ba', 'aaa', "don't", '1,000', 'U.S', 'Qala-e-Naw', 'abcdefgh', 'abcdefghi', 'xbcdefghi', 'abcdefghijkl', 'bbcdefghijkl', 'abcdefghijkz'];
    const keys = words.map(keyOf);
    expect(keys.every((k) => k !== undefined)).toBe(true);
    expect(new Set(keys).size).toBe(words.length);
  });

  test('longer words and words past ASCII have none', () => {
    expect(keyOf('a'.repeat(SHORT_WORD + 1))).toBeUndefined();
    expect(keyOf('café')).toBeUndefined();
    expect(keyOf('a\u0000')).toBeUndefined();
  });
});

describe('LexemeTable', () => {
  test('a stretch gives one lexeme for its text, wherever it is read from', () => {
    const table = new LexemeTable();
    const a = table.find('say report now', 4, 10, 'word');
    expect(a.text).toBe('report');
    expect(table.find('report', 0, 6, 'word')).toBe(a);
    expect(table.find('reports', 0, 6, 'word')).toBe(a);
    expect(table.find('reports', 0, 7, 'word')).not.toBe(a);
    const long = table.find('an internationally known', 3, 18, 'word');
    expect(long.text).toBe('internationally');
    expect(table.find('internationally', 0, 15, 'word')).toBe(long);
  });

  test('words one character apart at any place are told apart', () => {
    const table = new LexemeTable();
    for (let len = 1; len <= SHORT_WORD + 3; len++) {
      for (let at = 0; at < len; at++) {
        const base = 'm'.repeat(len);
        const other = base.slice(0, at) + 'n' + base.slice(at + 1);
        expect(table.find(base, 0, len, 'word').text).toBe(base);
        expect(table.find(other, 0, len, 'word').text).toBe(other);
      }
    }
  });
});

describe('scanTokens and the shared table', () => {
  test('a word read by hand and the same word read by the pattern share text and traits', () => {
    // "said" after a curly apostrophe falls to the pattern; plain, it is read by hand.
    const [byHand] = scanTokens('said');
    const byPattern = scanTokens('said’ x').find((t) => t.text === 'said');
    expect(byPattern).toEqual({ ...byHand, start: 0, end: 4 });
  });
});
