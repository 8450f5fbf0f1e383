import { mayHoldQuantity } from '../../src/quantities/may-hold-quantity';
import { extractQuantities } from '../../src/quantities/extract-quantities';

describe('mayHoldQuantity (the quick check before the parsers)', () => {
  test.each([
    'The talks ended without a statement.',
    'Officials of the ministry declined to comment.',
    'A spokesman said the border was calm.',
  ])('rules out a sentence with no figure: %s', (text) => {
    expect(mayHoldQuantity(text)).toBe(false);
    expect(extractQuantities(text)).toEqual([]);
  });

  test.each([
    ['Some 40 people fled.', 'Some 40'],
    ['Several hundred people fled.', 'Several hundred'],
    ['Two-thirds of the border is closed.', 'Two-thirds'],
    ['Half of the staff stayed home.', 'Half'],
    ['The vote is due in March.', 'March'],
    ['They met on Tuesday.', 'Tuesday'],
    ['The fund holds €3bn.', '€3bn'],
    ['Tens of thousands marched.', 'Tens of thousands'],
    ['It took a decade to build.', 'a decade'],
  ])('lets through a sentence with a quantity: %s', (text, figure) => {
    expect(mayHoldQuantity(text)).toBe(true);
    expect(extractQuantities(text, { publishedAt: '2024-05-10' }).map((q) => q.text)).toContain(figure);
  });

  // The quick pass hands text with other characters to the full check: words are whole letter runs.
  test.each([
    ['Cinqé hundredé marched.', false],
    ['“Five” – said the envoy.', true],
    ['The café opened in Şırnak.', false],
    ['Ünf years; then five more.', true],
    ['Costs rose to £3bn.', true],
  ])('reads words as whole letter runs in any script: %s', (text, expected) => {
    expect(mayHoldQuantity(text)).toBe(expected);
  });
});

describe('mayHoldQuantity at the edges of the quick pass', () => {
  test.each([
    ['five', true],
    ['FIVE.', true],
    ['fiveé', false], // one letter run "fiveé", not the word "five"
    ['éfive', false],
    ['five\u00a0days', true], // the no-break space ends the run
    ['fives', false],
    ['fiv', false],
    ['Cost: $ later', true], // a currency symbol alone lets the text through
    ['Nothing here at all', false],
    ['٣ in Arabic digits', true],
    // Trigger words that are prefixes of other words and of each other, at run ends of every kind.
    ['The mayor spoke', false],
    ['due in Sept, then', true],
    ['septembers', false],
    ['thirteenth', false],
    ['fourteen', true],
    ['fourte', false],
    ['fift5', true], // no trigger word, but a digit
    ['non-five', true],
    ['twenty_one', true],
    ['xsix six', true],
  ])('%j -> %s', (text, expected) => {
    expect(mayHoldQuantity(text)).toBe(expected);
  });
});
