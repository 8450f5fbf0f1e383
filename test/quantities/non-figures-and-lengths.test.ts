import { extractQuantities } from '../../src/quantities';

const texts = (text: string) => extractQuantities(text).map((q) => q.text);
const readings = (text: string) => extractQuantities(text).map((q) => [q.text, q.value, q.unit, q.subject]);

describe('feet and a spaced "m" are lengths', () => {
  it('reads feet, foot and ft as kilometres', () => {
    const [q] = extractQuantities('The levee stood roughly 2,000 feet from the school.');
    expect([q.text, q.unit, q.value]).toEqual(['roughly 2,000 feet', 'km', 0.6096]);
    expect(readings('A 12 ft fence and a 9-foot gate.')).toEqual([
      ['12 ft', 0.0036576, 'km', undefined], ['9-foot', 0.0027432, 'km', 'gate'],
    ]);
  });

  it('reads a lone "m" after a figure as metres', () => {
    const [q] = extractQuantities('The ferry capsized some 450 m from the quay.');
    expect([q.text, q.unit, q.value]).toEqual(['some 450 m', 'km', 0.45]);
    expect(readings('A 25 m-high mast fell.')).toEqual([['25 m-high', 0.025, 'km', undefined]]);
  });

  it('keeps a glued "m" and an "m" after money or before a unit a million', () => {
    expect(readings('The town spent $7m on pumps.')).toEqual([['$7m', 7_000_000, 'USD', undefined]]);
    expect(readings('Exports reached 4m tonnes.')).toEqual([['4m tonnes', 4_000_000, 'tonne', undefined]]);
    expect(extractQuantities('They lost 300 m euros.')[0].unit).not.toBe('km');
  });
});

describe('numbers that are no figures', () => {
  it('skips house numbers before a street name', () => {
    expect(texts('The clinic at 37 Quarry Lane treated 12 patients.')).toEqual(['12']);
    expect(texts('Volunteers gathered on 8 Fenwick Road.')).toEqual([]);
    expect(texts('Regulators fined 20 Wall Street banks.')).toEqual(['20']);
  });

  it('skips phone numbers in groups', () => {
    expect(texts('Ring the depot on (617) 042-8831 for 3 forms.')).toEqual(['3']);
    expect(texts('Call 7 900 070 3131 after noon.')).toEqual([]);
  });

  it('skips radio frequencies, runway numbers and ages in apposition', () => {
    expect(texts('Listen on 96.4 FM tonight.')).toEqual([]);
    expect(texts('The jet left runway 09 after a delay.')).toEqual([]);
    expect(texts('Tomas Ferrow, 61, said 15 barns burned.')).toEqual(['15']);
    expect(texts('In March, 61, mostly farmers, signed.')).toEqual(['61']);
  });

  it('skips an age after a noun for one person, and one that ends a claim cut before its clause', () => {
    expect(texts('Police held a crane operator, 43, and seized 12 phones.')).toEqual(['12']);
    expect(texts('Arrests rose to 9, among them a Chilean national, 38')).toEqual(['9']);
    expect(texts('Exports rose to 1,200, 52 of them by sea.')).toEqual(['1,200', '52']);
  });

  it('skips a number to call after "on" when a contact verb comes shortly before', () => {
    expect(texts('Call the centre on 0800 41 552, or the harbour police on 112.')).toEqual([]);
    expect(texts('Contact the council on 5 June about the 300 homes.')).toEqual(['5', '300']);
    expect(texts('The ferry sailed on 112 routes.')).toEqual(['112']);
  });

  it('skips aircraft model numbers, with the maker before them', () => {
    expect(texts('An Airbus 330-300 carrying 210 passengers landed.')).toEqual(['210']);
    expect(texts('Boeing said a 767-300 was inspected.')).toEqual([]);
    expect(texts('A Boeing 787 MAX 9 diverted.')).toEqual([]);
    expect(extractQuantities('Some 300-400 people came.')[0].value).toBe(350);
  });

  it('skips the numbers of a list of lines, gates or routes, but not a count after them', () => {
    expect(texts('Tram lines 3, 7 and 12 were halted for 40 minutes.')).toEqual(['40 minutes']);
    expect(texts('Gates 5 or 6 will open.')).toEqual([]);
    expect(texts('Along the routes 20,000 people waited.')).toEqual(['20,000']);
  });
});

describe('what a bare figure counts by the words after it', () => {
  it('counts survivors and those taken, admitted or treated as injured', () => {
    expect(readings('Some 80 have survived.').map((r) => r[3])).toEqual(['survivor']);
    expect(readings('Eleven were taken to hospital.').map((r) => r[3])).toEqual(['injury']);
    expect(readings('Four were admitted to a local hospital.').map((r) => r[3])).toEqual(['injury']);
    expect(readings('Six were treated for burns.').map((r) => r[3])).toEqual(['injury']);
    expect(readings('Nine were hospitalised.').map((r) => r[3])).toEqual(['injury']);
  });

  it('counts those trapped or stranded as trapped, and a noun after it as itself', () => {
    expect(readings('The blast left 19 trapped below ground.').map((r) => r.slice(2))).toEqual([['people', 'trapped']]);
    expect(readings('Some 40 were stranded.').map((r) => r[3])).toEqual(['trapped']);
    expect(readings('Rescuers reached 19 trapped miners.').map((r) => r[3])).toEqual(['miner']);
  });

  it('leaves a people noun its own subject, and a treatment that is no harm alone', () => {
    expect(readings('About 900 people were taken to hospital.').map((r) => r[3])).toEqual(['person']);
    expect(readings('Six were treated for free.').map((r) => r[3])).toEqual([undefined]);
  });
});

describe('years in service are an age', () => {
  it('reads "in service for N years" as an age, like "N-year-old"', () => {
    expect(readings('The ferry had been in service for 22 years.')).toEqual([['22 years', 22, 'year', 'age']]);
    expect(readings('She served as mayor for 22 years.')[0][3]).toBeUndefined();
  });
});
