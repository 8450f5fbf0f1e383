import { extractQuantities } from '../../src/quantities';

/** Value, unit and subject of each figure found in `text`. */
const read = (text: string) => extractQuantities(text).map((q) => [q.value, q.unit, q.subject]);

describe('a head noun before the figure, linked by a verb', () => {
  it('reads a toll as a count of the dead, or of what its word says', () => {
    expect(read('The death toll climbed to 41 overnight.')).toEqual([[41, 'people', 'death']]);
    expect(read('By noon the toll had risen to 19.')).toEqual([[19, 'people', 'death']]);
    expect(read('The injury toll stood at 230.')).toEqual([[230, 'people', 'injury']]);
  });

  it('reads what "the number of" counts', () => {
    expect(read('The number of dead reached 88, medics said.')).toEqual([[88, 'people', 'death']]);
    expect(read('The number of refugees has now passed 12,000.')).toEqual([[12000, 'people', 'refugee']]);
    expect(read('The number of lorries stuck at the pass rose to 300.')).toEqual([[300, 'count', undefined]]);
    expect(read('The number of lorries rose to 300.')).toEqual([[300, 'count', 'lorry']]);
  });

  it('reads casualty words that count on their own', () => {
    expect(read('Casualties climbed to 75.')).toEqual([[75, 'people', 'casualty']]);
  });

  it('leaves heads that count nothing, and figures without a linking verb', () => {
    expect(read('Prices rose to 300.')).toEqual([[300, 'count', undefined]]);
    expect(read('The toll road runs 12 km.')).toEqual([[12, 'km', undefined]]);
    expect(read('The number of dead, 88, was confirmed.')).toEqual([[88, 'count', undefined]]);
  });

  it('lets a noun after the figure win', () => {
    expect(read('The toll rose to 57 people.')).toEqual([[57, 'people', 'person']]);
  });
});
