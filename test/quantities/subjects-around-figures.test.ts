import { extractQuantities, subjectsCompatible } from '../../src/quantities';

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

  it('reads past a participle after the head and a number inside its phrase', () => {
    expect(read('The number of people arrested in the three towns had risen to 52.')).toEqual([[3, 'count', 'town'], [52, 'people', 'person']]);
    expect(read('The number of homes flooded has reached 640.')).toEqual([[640, 'count', 'home']]);
  });

  it('reads past up to two words describing the head after "the number of"', () => {
    expect(read('A leaked memo puts the number of affected passengers at more than 480,000.')).toEqual([[480000, 'people', 'passenger']]);
    expect(read('The agency estimated the number of newly displaced people at 20,000.')).toEqual([[20000, 'people', 'person']]);
    expect(read('The number of flooded homes has reached 640.')).toEqual([[640, 'count', 'home']]);
  });

  it('reads a crowd as a count of people, behind phrases after an estimating verb', () => {
    expect(read('Police put the crowd at about 9,000.')).toEqual([[9000, 'people', 'crowd']]);
    expect(read('Police put the crowd in the main square at about 9,000.')).toEqual([[9000, 'people', 'crowd']]);
    expect(read('Officials put the death toll from the fire at 45.')).toEqual([[45, 'people', 'death']]);
  });

  it('reads the head before a "who" clause ("the number of people who fell ill")', () => {
    expect(read('The number of people who fell ill rose to 187 on Thursday.')).toEqual([[187, 'people', 'person']]);
    expect(read('The number of people who have been evacuated has risen to 4,300.')).toEqual([[4300, 'people', 'person']]);
  });

  it('reads a participle made a noun by an adverb as the head ("the number of the newly infected")', () => {
    const [[value, , subject]] = read('The ministry put the number of the newly infected at 340.') as [number, string, string][];
    expect([value, subject]).toEqual([340, read('The number of infected rose to 12.')[0]![2]]);
    expect(subject).toBeTruthy();
    // A participle after a noun still opens a phrase: "people detained" counts people.
    expect(read('The number of people detained rose to 41.')).toEqual([[41, 'people', 'person']]);
  });

  it('reads a count that doubled, tripled or halved to a figure', () => {
    expect(read('The number of cases doubled to 400.')).toEqual([[400, 'count', 'case']]);
    expect(read('The death toll tripled to 90 overnight.')).toEqual([[90, 'people', 'death']]);
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

describe('a verb of infection before a bare figure', () => {
  it('counts cases, as "cases" after a figure does', () => {
    expect(read('The fever has infected 2,310 in the district.')).toEqual([[2310, 'count', 'case']]);
    expect(read('Clinics have logged 2,130 suspected cases.')).toEqual([[2130, 'count', 'case']]);
  });

  it('gives way to a noun after the figure', () => {
    expect(read('The fever has infected 2,310 people.')).toEqual([[2310, 'people', 'person']]);
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

  it('steps over a longer chain: "from Friday\'s collapse of the Orlen viaduct in the north"', () => {
    expect(read("The death toll from Friday's collapse of the Orlen viaduct in the north rose to 23.")).toEqual([[23, 'people', 'death']]);
  });
});

describe('a head with an appositive or a future before its verb', () => {
  it('reads past an appositive between the head and its verb', () => {
    expect(read('The death toll, the worst since the 1990s, rose to 57.')).toEqual([[57, 'people', 'death']]);
    expect(read('Inflation, the bank\'s main worry, eased to 4.1%.')).toEqual([[4.1, 'percent', 'inflation']]);
    expect(read('Prices, officials said, rose to 300.')).toEqual([[300, 'count', undefined]]);
  });

  it('reads "will rise to" and "goes up to" as linking verbs, and a tax rate by its tax', () => {
    expect(read('The standard rate of VAT will rise to 21 percent.')).toEqual([[21, 'percent', 'vat']]);
    expect(read('The VAT rate, the tax on almost everything, goes up to 22 per cent.')).toEqual([[22, 'percent', 'vat']]);
  });
});

describe('a rate named before a percent', () => {
  it('reads what the percent measures from the rate before its verb', () => {
    expect(read('Voter turnout was 61.8 percent, the board said.')).toEqual([[61.8, 'percent', 'turnout']]);
    expect(read('The jobless rate has climbed to 7.4%.')).toEqual([[7.4, 'percent', 'unemployment']]);
    expect(read('The mayor\'s approval rating dropped to 29 percent.')).toEqual([[29, 'percent', 'approval']]);
    expect(read('The electoral board put turnout at 48 percent.')).toEqual([[48, 'percent', 'turnout']]);
    expect(read('The board reported turnout at 77 percent.')).toEqual([[77, 'percent', 'turnout']]);
  });

  it('reads a rate before "of", behind a short place phrase, and after "averaged"', () => {
    expect(read('Wages lag behind inflation of eleven per cent.')).toEqual([[11, 'percent', 'inflation']]);
    expect(read('The poll found a turnout of 38 percent.')).toEqual([[38, 'percent', 'turnout']]);
    expect(read('Unemployment in the southern provinces has averaged 12% this decade.')).toEqual([[12, 'percent', 'unemployment']]);
    expect(read('The jobless rate in Varnel stood at 6.5 percent.')).toEqual([[6.5, 'percent', 'unemployment']]);
  });

  it('names no subject for other heads, and lets an "of" phrase win', () => {
    expect(read('Fuel prices rose 9% in a month.')).toEqual([[9, 'percent', undefined]]);
    expect(read('Fuel prices in the north averaged 9% more.')).toEqual([[9, 'percent', undefined]]);
    expect(read('A levy of 4% applies.')).toEqual([[4, 'percent', undefined]]);
    expect(read('Turnout reached 52 percent of the roll.')).toEqual([[52, 'percent', 'roll']]);
  });

  it('ends an "of" phrase before a present-tense verb after its head', () => {
    expect(read('About 40% of the population lives in the capital.')).toEqual([[40, 'percent', 'population']]);
    expect(read('Some 12% of the district relies on food aid.')).toEqual([[12, 'percent', 'district']]);
    expect(read('The landslide cost 14 lives.')).toEqual([[14, 'people', 'death']]);
  });

  it('ends an "of" phrase before a verb with its object', () => {
    expect(read('Some 61% of the electorate cast a ballot.')).toEqual([[61, 'percent', 'electorate']]);
    expect(read('They sent 40 riot police the next morning.')).toEqual([[40, 'people', 'police']]);
  });

  it('keeps turnout apart from other shares, but not from shares of voters', () => {
    const [turnout] = extractQuantities('Turnout was 54 percent.');
    const [vote] = extractQuantities('The party won 41 percent of the vote.');
    const [voters] = extractQuantities('Some 54 percent of voters cast a ballot.');
    const [electorate] = extractQuantities('Some 54 percent of the electorate voted.');
    expect(subjectsCompatible(turnout.subject, electorate.subject)).toBe(true);
    expect(subjectsCompatible(turnout.subject, vote.subject)).toBe(false);
    expect(subjectsCompatible(turnout.subject, voters.subject)).toBe(true);
  });
});

describe('the noun phrase after "of"', () => {
  it('ends at an irregular past verb, as at a regular one', () => {
    expect(read('About 60 metres of the sea wall fell into the harbour.')).toEqual([[0.06, 'km', 'wall']]);
    expect(read('Some 40 per cent of the wheat crop froze overnight.')).toEqual([[40, 'percent', 'crop']]);
    expect(read('Nearly 300 tonnes of grain sank with the barge.')).toEqual([[300, 'tonne', 'grain']]);
  });
});
