import fc from 'fast-check';
import { labelHeads, mayOpenWith } from '../../src/clean/rules/label-heads';
import { normalizeLabel } from '../../src/clean/rules/normalize-label';

const LABELS = ['leave a reply', 'sign up now', 'subscribe', 'add comment'];
const HEADS = labelHeads(LABELS);

/** Lines made of the characters a label check meets: bullets, spaces of several kinds, letters, digits, other scripts. */
const lineArb = fc
  .array(fc.constantFrom('*', '•', '-', '>', ' ', '  ', '\t', '\u00a0', 'l', 'L', 'e', 'a', 'v', ' ', 's', 'u', 'b', 'ſ', 'é', '1', ':', 'x'), { maxLength: 14 })
  .map((parts) => parts.join(''));

describe('mayOpenWith', () => {
  it('says no only when the normalised label cannot open like any label of the list', () => {
    fc.assert(
      fc.property(fc.oneof(lineArb, fc.constantFrom(...LABELS).chain((l) => lineArb.map((pre) => pre + l))), (line) => {
        if (mayOpenWith(line, HEADS)) return;
        const label = normalizeLabel(line);
        for (const known of LABELS) expect(label.startsWith(known.slice(0, 3))).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('passes prompts written with bullets, capitals and trailing marks, and rules out prose', () => {
    expect(mayOpenWith('* Leave a Reply:', HEADS)).toBe(true);
    expect(mayOpenWith('SUBSCRIBE!', HEADS)).toBe(true);
    expect(mayOpenWith('The minister said the border would stay shut.', HEADS)).toBe(false);
  });

  it('rules out a label opening with neither a letter nor a digit, but not one a capital İ or K may open', () => {
    expect(mayOpenWith('“Leave a reply,” she said.', HEADS)).toBe(false);
    expect(mayOpenWith('(Subscribe)', HEADS)).toBe(false);
    expect(mayOpenWith('12 comments', HEADS)).toBe(true);
    expect(mayOpenWith('\u0130nfo desk', HEADS)).toBe(true);
    expect(mayOpenWith('\u212Aeep reading', HEADS)).toBe(true);
  });

  it('refuses at load a list entry it cannot index', () => {
    expect(() => labelHeads(['1 comment'])).toThrow(/does not open with 3 letters/);
  });
});
