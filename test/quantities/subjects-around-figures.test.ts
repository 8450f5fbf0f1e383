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

  it('reads past a short phrase after the head, and "put ... at" without a linking verb', () => {
    expect(read('The death toll from the landslide rose to 26.')).toEqual([[26, 'people', 'death']]);
    expect(read('The number of dead in the floods has risen to 80.')).toEqual([[80, 'people', 'death']]);
    expect(read('Medics put the death toll at 45.')).toEqual([[45, 'people', 'death']]);
    expect(read('Prices in the port rose to 300.')).toEqual([[300, 'count', undefined]]);
    expect(read('The toll at 45 was a shock.')).toEqual([[45, 'count', undefined]]);
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

describe('a casualty word after a bare figure', () => {
  it('says whether it counts the dead or the injured', () => {
    expect(read('More than 300 were injured.')).toEqual([[300, 'people', 'injury']]);
    expect(read('Twelve have been killed.')).toEqual([[12, 'people', 'death']]);
    expect(read('One died and two were hurt.')).toEqual([[1, 'people', 'death'], [2, 'people', 'injury']]);
  });

  it('gives way to a noun after the figure, and counts nobody in "no one"', () => {
    expect(read('Some 300 people were injured.')).toEqual([[300, 'people', 'person']]);
    expect(read('No one was hurt.')).toEqual([]);
  });
});

describe('a toll behind chained phrases', () => {
  it('steps over "from Monday\'s quake in the hills"', () => {
    expect(read("The death toll from Monday's quake in the Varnel hills rose to 57 overnight.")).toEqual([[57, 'people', 'death']]);
    expect(read("Prices of rice in the capital's markets rose to 300.")).toEqual([[300, 'count', undefined]]);
  });
});
