import { tokenize } from '../../src/quantities/tokens/tokenize';
import { AMOUNT_START, MONTH_START, NEAR_NUMBER, WEEKDAY_START, startFlags } from '../../src/quantities/parsers/start-flags';
import { AMOUNT_WORD_STARTS, MONTH_STARTS, WEEKDAY_STARTS } from '../../src/quantities/parsers/start-words';

/** The bits as the word sets say, looked up by lower-case text: the trie walk must agree. */
function expectedBits(text: string): number[] {
  const tokens = tokenize(text);
  const bits = tokens.map((t) => {
    if (t.kind === 'num') return AMOUNT_START;
    if (t.kind !== 'word') return ['$', '€', '£'].includes(t.text) ? AMOUNT_START : 0;
    return (MONTH_STARTS.has(t.lower) ? MONTH_START : 0) | (WEEKDAY_STARTS.has(t.lower) ? WEEKDAY_START : 0)
      | (AMOUNT_WORD_STARTS.has(t.lower) ? AMOUNT_START : 0);
  });
  tokens.forEach((t, i) => {
    if (t.kind !== 'num') return;
    for (let k = Math.max(0, i - 2); k <= i; k++) bits[k] |= NEAR_NUMBER;
  });
  return bits;
}

describe('startFlags (which parsers may start at each token)', () => {
  test.each([
    'Late on Monday, MID-March, a DOZEN ships and Twenty-five boats left.',
    'Between 300 and 400 fighters crossed in early July 2021.',
    'USD 300, $5 and €3bn were pledged last Friday.',
    'Mayday, Marchers, Lately, ones, halfway, anew: words that only begin like start words.',
    'Café déjà vu: non-ASCII words, and the Kelvin sign in \u212Aelvin or mi\u212A.',
    '',
  ])('%s', (text) => {
    expect(Array.from(startFlags(text, tokenize(text)))).toEqual(expectedBits(text));
  });
});
