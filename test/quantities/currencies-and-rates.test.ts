import { extractQuantities } from '../../src/quantities';

/** Text, value and unit of each figure found in `text`. */
const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.value, q.unit]);

describe('currencies written as words or codes', () => {
  it('reads a currency named after the amount', () => {
    expect(read('The board approved 450 million shillings for clinics.')).toEqual([['450 million shillings', 450e6, 'shilling']]);
    expect(read('The fund holds 1.4 trillion tenge.')).toEqual([['1.4 trillion tenge', 1.4e12, 'KZT']]);
    expect(read('Tickets rose to 900 naira.')).toEqual([['900 naira', 900, 'NGN']]);
    expect(read('The bridge cost 2.1 billion yuan.')).toEqual([['2.1 billion yuan', 2.1e9, 'CNY']]);
    expect(read('He was fined 12,000 zlotys.')).toEqual([['12,000 zlotys', 12000, 'PLN']]);
    expect(read('A loan of 300 million roubles was agreed.')).toEqual([['300 million roubles', 300e6, 'ruble']]);
    expect(read('The deal is worth 6 billion kronor.')).toEqual([['6 billion kronor', 6e9, 'krone']]);
  });

  it('reads a scale abbreviation written apart from a sum of money as its scale', () => {
    expect(read('The port paid out $300 m in claims.')).toEqual([['$300 m', 300e6, 'USD']]);
    expect(read('Losses reached \u20AC2 bn and then 450 m euros more.')).toEqual([['\u20AC2 bn', 2e9, 'EUR'], ['450 m euros', 450e6, 'EUR']]);
    expect(read('Each family received $40 k.')).toEqual([['$40 k', 40e3, 'USD']]);
  });

  it('keeps a spaced "m" away from money as metres', () => {
    expect(read('The crane stood 120 m over the dock and cost $3 m.')).toEqual([['120 m', 0.12, 'km'], ['$3 m', 3e6, 'USD']]);
  });

  it('reads a currency written before the amount, with or without a full stop', () => {
    expect(read('The state set aside Rs 3 billion for relief.')).toEqual([['Rs 3 billion', 3e9, 'rupee']]);
    expect(read('Each family gets Rs. 50,000 in aid.')).toEqual([['Rs. 50,000', 50000, 'rupee']]);
    expect(read('The bill came to \u20A6250,000.')).toEqual([['\u20A6250,000', 250000, 'NGN']]);
  });

  it('reads a currency spelt like a common word only after a scale word', () => {
    expect(read('The regulator imposed 40 billion won in fines.')).toEqual([['40 billion won', 40e9, 'KRW']]);
    expect(read('Of the 12 races, 8 won by a wide margin.').map((r) => r[2])).toEqual(['count', 'count']);
  });
});

describe('whose dollar, pound or shilling', () => {
  it('reads the letters glued before "$" as the country whose dollar it is', () => {
    expect(read('The port cost A$5 billion, C$2bn, HK$3m, NZ$40m and US$4m.')).toEqual([
      ['A$5 billion', 5e9, 'AUD'], ['C$2bn', 2e9, 'CAD'], ['HK$3m', 3e6, 'HKD'], ['NZ$40m', 40e6, 'NZD'], ['US$4m', 4e6, 'USD'],
    ]);
    expect(read('A bare $7m is still the US dollar.')).toEqual([['$7m', 7e6, 'USD']]);
  });

  it('reads a nationality before a currency word: its code for dollars and pounds, the family otherwise', () => {
    expect(read('The fine was 824 million Kenyan shillings.')).toEqual([['824 million Kenyan shillings', 824e6, 'shilling']]);
    expect(read('It raised 5 billion Australian dollars and 3 million Hong Kong dollars.')).toEqual([
      ['5 billion Australian dollars', 5e9, 'AUD'], ['3 million Hong Kong dollars', 3e6, 'HKD'],
    ]);
    expect(read('Bread rose to 2 million Egyptian pounds a tonne.')).toEqual([['2 million Egyptian pounds', 2e6, 'EGP']]);
    // A dollar of a country not listed is never the US dollar.
    expect(read('The mine earned 9 million Zambian dollars.')).toEqual([['9 million Zambian dollars', 9e6, 'dollar']]);
  });

  it('leaves capitalised words that name no currency to the subject', () => {
    expect(extractQuantities('He met 40 Kenyan police officers.').map((q) => [q.value, q.unit, q.subject])).toEqual([[40, 'people', 'police']]);
  });

  it('reads "Sh" before an amount as shillings, spaced or glued', () => {
    expect(read('The county paid Sh412 million, then Sh 1.36bn more.')).toEqual([['Sh412 million', 412e6, 'shilling'], ['Sh 1.36bn', 1.36e9, 'shilling']]);
  });

  it('reads lei, leva and other currencies of the region, and pounds only after a scale word', () => {
    expect(read('The cabinet set aside 50 million lei for the flood.')).toEqual([['50 million lei', 50e6, 'RON']]);
    expect(read('Sofia pledged 12 million leva.')).toEqual([['12 million leva', 12e6, 'BGN']]);
    expect(read('The takeover is worth 1.4 billion pounds.')).toEqual([['1.4 billion pounds', 1.4e9, 'GBP']]);
    expect(read('The sack weighed 200 pounds.').map(([, , unit]) => unit)).not.toContain('GBP');
  });
});

describe('lakhs and crores', () => {
  it('reads South Asian scale words, and the taka written Tk or with its sign', () => {
    expect(read('The ministry paid Tk 36 crore for the work.')).toEqual([['Tk 36 crore', 36e7, 'BDT']]);
    expect(read('Each family gets Tk 3 lakh, and the fund holds ৳420 million.')).toEqual([['Tk 3 lakh', 3e5, 'BDT'], ['৳420 million', 420e6, 'BDT']]);
    expect(read('The state set aside Rs 12 crore.')).toEqual([['Rs 12 crore', 12e7, 'rupee']]);
    expect(read('Some 2.5 lakh people marched.')).toEqual([['Some 2.5 lakh', 2.5e5, 'people']]);
  });
});

describe('volumes', () => {
  it('reads cubic metres and cubic feet as one unit', () => {
    expect(read('The dam released 1,250 cubic metres a second, or 44,000 cubic feet.')).toEqual([
      ['1,250 cubic metres', 1250, 'm3'], ['44,000 cubic feet', 1245.94125005, 'm3'],
    ]);
  });
});

describe('pence', () => {
  it('reads pence, written out or glued as "p", as hundredths of a pound', () => {
    expect(read('The bid values each share at 412 pence.')).toEqual([['412 pence', 4.12, 'GBP']]);
    expect(read('Shares closed at 403p, up from 307.5p.')).toEqual([['403p', 4.03, 'GBP'], ['307.5p', 3.075, 'GBP']]);
  });

  it('leaves a capital P, a lone p and a time alone', () => {
    expect(read('The plant makes the 5P model.')).toEqual([]);
    expect(read('They met at 5p.m. on Monday.')).toEqual([]);
  });
});

describe('nautical miles', () => {
  it('converts nautical miles to kilometres', () => {
    const [q] = extractQuantities('The trawler sank some 30 nautical miles off Cape Harl.');
    expect(q.text).toBe('some 30 nautical miles');
    expect(q.unit).toBe('km');
    expect(q.value).toBeCloseTo(55.56, 6);
  });
});

describe('percentage points and basis points', () => {
  it('reads basis points as hundredths of a percentage point', () => {
    expect(read('The central bank cut its rate by 75 basis points.')).toEqual([['75 basis points', 0.75, 'percentage point']]);
    expect(read('It added 50bp in March and 25 bps in May.')).toEqual([['50bp', 0.5, 'percentage point'], ['25 bps', 0.25, 'percentage point']]);
  });

  it('reads a fraction of a percentage point as percentage points, not percent', () => {
    expect(read('Yields rose by a quarter of a percentage point.')).toEqual([['a quarter of a percentage point', 0.25, 'percentage point']]);
    expect(read('The rate fell three-quarters of a percentage point.')).toEqual([['three-quarters of a percentage point', 0.75, 'percentage point']]);
    expect(read('Two-thirds of voters agreed.')).toEqual([['Two-thirds', 66.7, 'percent']]);
  });

  it('reads "a third" or "one quarter" with no noun after it as a share', () => {
    expect(read('Bread prices rose by nearly a third in a month.')).toEqual([['nearly a third', 33.3, 'percent']]);
    expect(read('Turnout fell by one quarter, officials said.')).toEqual([['one quarter', 25, 'percent']]);
    expect(read('Talks resumed for a third time, backed by a third party.')).toEqual([]);
    expect(read('Margins were thinner than a quarter earlier.')).toEqual([]);
  });

  it('reads "half a percentage point" as 0.5 percentage point, and no other "half a"', () => {
    expect(read('The bank lifted its rate by half a percentage point on Thursday.')).toEqual([['half a percentage point', 0.5, 'percentage point']]);
    expect(read('Growth slowed by half a mile of road works.')).toEqual([]);
  });

  it('reads "of gross domestic product" as GDP', () => {
    const [q] = extractQuantities('The deficit reached 5.2% of gross domestic product.');
    expect([q.value, q.unit, q.subject]).toEqual([5.2, 'percent', 'gdp']);
  });
});
