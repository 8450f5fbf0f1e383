import { isAsciiDigit, isAsciiLetter, isAsciiSpace } from '../../src/internal/ascii';

describe('ASCII character classes', () => {
  it('agree with the regular expressions for every code unit and past it', () => {
    // Up to 0x20000, a few negatives, and NaN (charCodeAt past the end): the unsigned comparisons must not wrap into a range.
    const codes = [...Array.from({ length: 0x20000 }, (_, c) => c), -1, -48, -97, Number.NaN];
    const mismatches = codes.filter((c) => {
      const ch = c >= 0 && c <= 0xffff ? String.fromCharCode(c) : '';
      return isAsciiLetter(c) !== /^[A-Za-z]$/.test(ch) || isAsciiDigit(c) !== /^[0-9]$/.test(ch) || isAsciiSpace(c) !== /^[\t\n\v\f\r ]$/.test(ch);
    });
    expect(mismatches).toEqual([]);
  });
});
