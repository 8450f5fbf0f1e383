import { extractQuantities } from '../../src/quantities';

const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.unit, q.subject ?? null]);

describe('a bare number after "from" that follows a figure', () => {
  it('takes the unit and subject of the figure before it', () => {
    expect(read('A bus ride now costs 2,800 dinars, up from 2,000 before the vote.')).toEqual([
      ['2,800 dinars', 'dinar', null],
      ['2,000', 'dinar', null],
    ]);
    expect(read('Inflation rose to 8.4%, up from 7.9 in May.')).toEqual([
      ['8.4%', 'percent', 'inflation'],
      ['7.9', 'percent', 'inflation'],
    ]);
    expect(read('The quake killed 40, up from 23.')).toEqual([
      ['40', 'people', 'death'],
      ['23', 'people', 'death'],
    ]);
  });

  it('takes the unit of the figure right after "to" in "from ... to ..."', () => {
    expect(read('The duty on fuel goes from 18 to 21 percent.')).toEqual([
      ['18', 'percent', null],
      ['21 percent', 'percent', null],
    ]);
    expect(read('Buses ran from 40 to 60 times a day.').map((r) => r[1])).toEqual(['count', 'count']);
  });

  it('is left alone when it says what it counts, or stands in another clause', () => {
    expect(read('Aid came from 12 countries.')).toEqual([['12', 'count', 'country']]);
    expect(read('The fare rose to 2,800 dinars. Buses came from 40, officials said.')).toEqual([
      ['2,800 dinars', 'dinar', null],
      ['40', 'count', null],
    ]);
    expect(read('The fare rose to 2,800 dinars; inspectors came from 40 towns.')).toEqual([
      ['2,800 dinars', 'dinar', null],
      ['40', 'count', 'town'],
    ]);
  });
});
