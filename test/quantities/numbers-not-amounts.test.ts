import { extractQuantities } from '../../src/quantities';

const texts = (text: string) => extractQuantities(text).map((q) => q.text);

describe('numbers to call and model numbers', () => {
  it('never reads a spaced phone number as counts', () => {
    expect(texts('Readers can call 0300 912 4477 for advice.')).toEqual([]);
    expect(texts('The helpline on 0845 600 is open all night, serving 400 callers a day.')).toEqual(['400']);
  });

  it('never reads a hotline or helpline number as a count', () => {
    expect(texts('Relatives may ring the hotline on 1212 for news of 30 passengers.')).toEqual(['30']);
    expect(texts('Dial 4040 to reach the helpline.')).toEqual([]);
  });

  it('reads a model number after a maker\'s code as part of the name', () => {
    const qs = extractQuantities('The port ordered five Varnholt TRX 880 gantry cranes.');
    expect(qs.map((q) => [q.text, q.value, q.subject])).toEqual([['five', 5, 'crane']]);
  });

  it('never reads a number that ends a name (an outlet, a mission) as a count', () => {
    expect(texts('The footage was first shown by Harbour 24 and then by the state broadcaster.')).toEqual([]);
    expect(texts('CityWire 9 said that 14 sailors were rescued.')).toEqual(['14']);
    expect(texts('Its crew trained for Kestrel 3 for a year.')).toEqual([]);
  });

  it('reads an acronym and a number as a name even with a noun after it, unless the noun is counted', () => {
    expect(texts('The bid values the FTSE 250 cable maker at £1.1bn.')).toEqual(['£1.1bn']);
    expect(texts('Two DAX 40 groups bid for the plant.')).toEqual(['Two']);
    expect(texts('They met the NATO 300 soldiers.')).toEqual(['300']);
  });

  it('keeps a count after a sentence opener, a quote, a month or a counted noun', () => {
    expect(texts('Only 24 voted against the plan.')).toEqual(['24']);
    expect(texts('She said: "Only 24 came back."')).toEqual(['24']);
    expect(texts('Officials in Dorhaven 24 people were missing.')).toEqual(['24']);
    expect(texts('The count hands the Farmers Union 41 seats in the chamber.')).toEqual(['41']);
  });

  it('leaves figures in an all-capitals headline alone', () => {
    expect(texts('FLOODS KILL 40 IN RIVER TOWNS')).toEqual(['40']);
  });
});

describe('a quake\'s reading after "measured"', () => {
  it('reads the figure as a magnitude when a quake is named', () => {
    const [q] = extractQuantities('The tremor, which measured 5.4 according to the institute, damaged roads.');
    expect([q.text, q.value, q.unit, q.subject]).toEqual(['5.4', 5.4, 'magnitude', 'magnitude']);
    const [r] = extractQuantities('It measured 6.3 on the Richter scale.');
    expect([r.value, r.unit]).toEqual([6.3, 'magnitude']);
  });

  it('leaves other measurements alone', () => {
    const [q] = extractQuantities('The hall measured 9 by 12.');
    expect(q.unit).not.toBe('magnitude');
    const [r] = extractQuantities('The quake hit a town whose wall measured 40 metres.');
    expect(r.unit).toBe('km');
  });
});

describe('a year that names an event', () => {
  const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.unit, q.subject]);

  it('dates "the 1998 floods" and never counts their dead with the year', () => {
    expect(read('The 1998 floods drowned 31 people along the Sava.')).toEqual([['1998', 'date', undefined], ['31', 'people', 'person']]);
    expect(read('Its 2020 census found 4,000 residents.').map(([text, unit]) => [text, unit])).toEqual([['2020', 'date'], ['4,000', 'people']]);
  });

  it('still counts what a year-like number before a known noun counts', () => {
    expect(read('The 2000 soldiers sent north were relieved.')).toEqual([['2000', 'people', 'soldier']]);
  });
});
