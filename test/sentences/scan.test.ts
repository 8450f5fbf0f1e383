import fc from 'fast-check';
import { splitSentences } from '../../src/sentences/split-sentences';
import { segmentSentences } from '../../src/sentences/segment-sentences';
import { countLineBreaks, skipWhitespace, tokenEnd } from '../../src/sentences/tokenize-whitespace';

// The splitter walks tokens with a cursor instead of token arrays; these pin the cursor to `\s`.
describe('token cursor', () => {
  it('treats exactly the characters of `\\s` as whitespace', () => {
    const text = 'a\u00a0b\u2028c\u3000d\ufeffe\u200bf';
    const tokens: string[] = [];
    for (let start = skipWhitespace(text, 0); start < text.length; start = skipWhitespace(text, tokenEnd(text, start))) {
      tokens.push(text.slice(start, tokenEnd(text, start)));
    }
    expect(tokens).toEqual(text.split(/\s+/));
  });

  it('counts CRLF as one line break and a lone CR as one', () => {
    expect(countLineBreaks(' \r\n \r \n', 0, 7)).toBe(3);
  });

  it('looks ahead across any whitespace for a spaced ellipsis', () => {
    expect(splitSentences('He stopped.\t.\u00a0. .  Then left.').map((s) => s.text)).toEqual([
      'He stopped.',
      '.\u00a0. .  Then left.',
    ]);
  });

  it('gives splitSentences the same sentences as segmentSentences (property)', () => {
    const alphabet = fc.constantFrom('a', 'The', '.', '. ', '!', ' ', '\n', '\r\n', '\u00a0', '1.', '•', 'Mr.', 'e.g.', '"');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.nat(1000), (parts, offset) => {
        const text = parts.join('');
        const plain = segmentSentences(text, { offset }).map(({ text: t, span }) => ({ text: t, span }));
        expect(splitSentences(text, { offset })).toEqual(plain);
      }),
    );
  });
});
