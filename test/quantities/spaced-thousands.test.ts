import { extractQuantities } from '../../src/quantities';

/** Text and value of each figure found in `text`. */
const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.value]);

describe('thousands set apart by spaces', () => {
  it('reads two or more groups of three digits as one number', () => {
    expect(read('The province has 2 400 000 registered voters.')).toEqual([['2 400 000', 2_400_000]]);
    expect(read('The port lost $1 250 000 in a week.')).toEqual([['$1 250 000', 1_250_000]]);
  });

  it('reads one group that starts with a zero as part of the number', () => {
    expect(read('Nearly 80 000 households lost power.')).toEqual([['Nearly 80 000', 80_000]]);
    expect(read('Between 40 000 and 60 000 fled the valley.')).toEqual([['Between 40 000 and 60 000', 50_000]]);
  });

  it('leaves one group without a leading zero as two numbers, and years alone', () => {
    expect(read('Of the 14 300 were later freed.').map(([, v]) => v)).toEqual([14, 300]);
    expect(read('In 2022 450 families moved.').map(([t]) => t)).toEqual(['2022', '450']);
  });
});
