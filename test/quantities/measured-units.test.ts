import { extractQuantities } from '../../src/quantities';
import { crossReference } from '../../src/index';

const read = (text: string) => extractQuantities(text).map((q) => ({ text: text.slice(q.span.start, q.span.end), value: Number(q.value.toPrecision(6)), unit: q.unit }));

describe('units of data, mass, power, energy, volume, speed and temperature', () => {
  it('reads stored data in decimal bytes, glued or spelt out', () => {
    expect(read('The gang says it copied 1.8TB of files, or 1,800 gigabytes, and 500 MB of mail.')).toEqual([
      { text: '1.8TB', value: 1.8e12, unit: 'byte' },
      { text: '1,800 gigabytes', value: 1.8e12, unit: 'byte' },
      { text: '500 MB', value: 5e8, unit: 'byte' },
    ]);
  });

  it('reads kilograms, grams and pounds as tonnes', () => {
    expect(read('Officers seized 120kg of cocaine, 300 grams of heroin and 50 lbs of cannabis.')).toEqual([
      { text: '120kg', value: 0.12, unit: 'tonne' },
      { text: '300 grams', value: 0.0003, unit: 'tonne' },
      { text: '50 lbs', value: 0.0226796, unit: 'tonne' },
    ]);
  });

  it('reads power and energy in megawatts and megawatt-hours', () => {
    expect(read('The 450MW plant, 0.45 gigawatts, made 30 GWh last month.')).toEqual([
      { text: '450MW', value: 450, unit: 'MW' },
      { text: '0.45 gigawatts', value: 450, unit: 'MW' },
      { text: '30 GWh', value: 30000, unit: 'MWh' },
    ]);
  });

  it('reads centimetres, millimetres, inches and yards as lengths, glued, spelt out or hyphenated', () => {
    expect(read('About 90 centimetres of snow fell, 35cm more than forecast; rain gauges showed 120 mm.')).toEqual([
      { text: 'About 90 centimetres', value: 0.0009, unit: 'km' },
      { text: '35cm', value: 0.00035, unit: 'km' },
      { text: '120 mm', value: 0.00012, unit: 'km' },
    ]);
    expect(read('A 30-inch pipe ran 400 yards under the road.')).toEqual([
      { text: '30-inch', value: 0.000762, unit: 'km' },
      { text: '400 yards', value: 0.36576, unit: 'km' },
    ]);
  });

  it('sets 1.4 metres of snow against about 90 centimetres', () => {
    const story = [
      { id: 'wire', source: 'Alpine Wire', text: 'The weather office said 1.4 metres of fresh snow fell on the pass in the three days before the slide.' },
      { id: 'local', source: 'Valley Notes', text: 'Our weather post at the pass recorded about 90 centimetres of fresh snow in the three days before the slide.' },
    ];
    const conflicts = crossReference(story).findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflicts.map((f) => f.evidence.map((e) => e.text).sort())).toEqual([['1.4 metres', 'about 90 centimetres']]);
  });

  it('reads litres and gallons as cubic metres', () => {
    expect(read('About 2,000 litres, or 528 gallons, leaked.')).toEqual([
      { text: 'About 2,000 litres', value: 2, unit: 'm3' },
      { text: '528 gallons', value: 1.9987, unit: 'm3' },
    ]);
  });

  it('reads a distance per hour as a speed, never as a distance', () => {
    expect(read('Gusts of 150 km/h (93mph) hit the coast; 80 knots offshore, 90 miles per hour inland and 100 kilometres an hour in the hills.')).toEqual([
      { text: '150 km/h', value: 150, unit: 'km/h' },
      { text: '93mph', value: 149.669, unit: 'km/h' },
      { text: '80 knots', value: 148.16, unit: 'km/h' },
      { text: '90 miles per hour', value: 144.841, unit: 'km/h' },
      { text: '100 kilometres an hour', value: 100, unit: 'km/h' },
    ]);
    expect(read('The storm crossed a 150 km stretch of coast.').map((q) => q.unit)).toEqual(['km']);
  });

  it('reads temperatures on their own scale', () => {
    expect(read('It reached 42C (108F), or 41 degrees Celsius by another gauge, and 40°C at noon.')).toEqual([
      { text: '42C', value: 42, unit: 'celsius' },
      { text: '108F', value: 108, unit: 'fahrenheit' },
      { text: '41 degrees Celsius', value: 41, unit: 'celsius' },
      { text: '40°C', value: 40, unit: 'celsius' },
    ]);
  });

  it('leaves network generations alone', () => {
    expect(read('The 5G mast replaced a 4G one.')).toEqual([]);
  });
});

describe('figures in these units across outlets', () => {
  const leak = (id: string, source: string, amount: string) => ({
    id,
    source,
    text: `The Nightjar gang said on Monday that it had stolen ${amount} of patient records from the Orrin Valley hospital group in last week's attack.`,
  });
  const conflicts = (a: string, b: string) => crossReference([leak('a', 'Valley Wire', a), leak('b', 'Coast Herald', b)]).findings.filter((f) => f.kind === 'numeric-conflict');

  it('conflict when the amounts differ', () => {
    expect(conflicts('1.8TB', '2.8 terabytes').map((f) => f.evidence.map((e) => e.text))).toEqual([['1.8TB', '2.8 terabytes']]);
  });

  it('agree when one outlet writes the other unit', () => {
    expect(conflicts('1.8TB', '1,800 gigabytes')).toEqual([]);
    expect(conflicts('1.8 terabytes', 'nearly two terabytes')).toEqual([]);
  });
});

describe('weeks and barrels', () => {
  it('counts weeks in days, so "three weeks" meets "30 days"', () => {
    expect(read('The fishing ban will last three weeks, short of the 35-day limit.')).toEqual([
      { text: 'three weeks', value: 21, unit: 'day' },
      { text: '35-day', value: 35, unit: 'day' },
    ]);
  });

  it('reads oil barrels as cubic metres, so they meet litres', () => {
    expect(read('Some 9,000 barrels, or 1.43 million litres, leaked.')).toEqual([
      { text: 'Some 9,000 barrels', value: 1430.89, unit: 'm3' },
      { text: '1.43 million litres', value: 1430, unit: 'm3' },
    ]);
  });
});
