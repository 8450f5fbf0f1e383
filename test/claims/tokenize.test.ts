import { maskOutside } from '../../src/claims/claim-own-text';
import { maskedTokenized } from '../../src/claims/masked-tokens';
import { tokenize, tokenized } from '../../src/claims/tokenize';

/** The token grammar as one regex: what the hand-driven scanner must agree with. */
const TOKEN = /([\p{L}\p{N}\p{M}]+(?:['’.,\-‐][\p{L}\p{N}\p{M}]+)*)|([^\s\p{L}\p{N}\p{M}])/gu;

function reference(text: string) {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase().replace(/’/g, "'"),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    kind: m[1] !== undefined ? 'word' : 'punct',
  }));
}

const plain = (text: string) => tokenize(text).map(({ text: t, lower, start, end, kind }) => ({ text: t, lower, start, end, kind }));

describe('tokenize', () => {
  test.each([
    'The U.S. envoy didn’t sign the 1,000-page Qala-e-Naw deal.',
    'Emoji 🚢 and flags 🇺🇳, combining e\u0301 marks, and a lone \ud800 surrogate.',
    'No-break\u00a0spaces,\u2003em spaces\u3000and tabs\tall separate words.',
    '“Quoted,” she said — (bracketed) [text] «guillemets» „low“ …',
    'Trailing joiners: end. end, end- end’ \'start',
    'ВОЗ заявила 12 мая; 北京 said ٣ people',
    // ASCII words are read by hand until a character past ASCII comes up: both sides of that hand-over.
    'café-au naïve a.é x\'é A1’ ab‐cd a--b 3.5% a,b, x.\u0301 e\u0301-z O\'Neil’s 𝐀b c𝐀 \u0000a\u007f',
  ])('matches the token pattern on %s', (text) => {
    expect(plain(text)).toEqual(reference(text));
  });

  test('random mixes of ASCII and other letters, joiners and marks match the pattern', () => {
    const alphabet = [...'aZ9\'’.,-‐ \u00a0é\u0301“”—𝐀\t;'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(plain(text)).toEqual(reference(text));
    }
  });

  test('many distinct words (the word table grows and starts afresh) still tokenise the same', () => {
    for (let n = 0; n < 60_000; n += 997) {
      const text = Array.from({ length: 40 }, (_, k) => `w${(n + k).toString(36)}Z x’${k}`).join(' ');
      expect(plain(text)).toEqual(reference(text));
    }
  });
});

describe('maskedTokenized', () => {
  const sentence = 'The envoy, who arrived on Tuesday with 40 aides, met the minister, officials said.';

  test('a clause read off the sentence tokenises like its masked text', () => {
    const tt = tokenized(sentence);
    const pieces = [
      { start: 0, end: 9 },
      { start: 49, end: 81 },
    ];
    const masked = maskedTokenized(tt, 0, 81, pieces);
    expect(masked.text).toBe(maskOutside(sentence.slice(0, 81), 0, pieces));
    expect(plain(masked.text)).toEqual(reference(masked.text));
    const later = maskedTokenized(tt, 11, 47, [{ start: 11, end: 47 }]);
    expect(later.text).toBe(sentence.slice(11, 47));
    expect(later.tokens.map((t) => [t.text, t.start, t.end])).toEqual(reference(later.text).map((t) => [t.text, t.start, t.end]));
  });

  test('a piece that cuts a word in two is scanned afresh', () => {
    const tt = tokenized(sentence);
    const start = sentence.indexOf('envoy') + 2;
    const end = sentence.indexOf('Tuesday') + 5;
    const cut = maskedTokenized(tt, start, end, [{ start, end }]);
    expect(cut.text).toBe('voy, who arrived on Tuesd');
    expect(plain(cut.text)).toEqual(reference(cut.text));
    expect(cut.tokens.map((t) => t.text)).toContain('Tuesd');
  });
});
