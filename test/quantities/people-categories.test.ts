import { extractQuantities, subjectsCompatible } from '../../src/quantities';

/** Value, unit and subject of each figure found in `text`. */
const read = (text: string) => extractQuantities(text).map((q) => [q.value, q.unit, q.subject]);

describe('people nouns the category table does not list', () => {
  it('reads compounds of worker, person and man as people', () => {
    expect(read('Roughly 2,300 shipworkers stopped work at Vellmar.')).toEqual([[2300, 'people', 'worker']]);
    expect(read('Some 900 townspeople gathered in the square.')).toEqual([[900, 'people', 'person']]);
    expect(read('About 160 fishermen stayed ashore.')).toEqual([[160, 'people', 'fisherman']]);
  });

  it('reads agent nouns in -ist and the listed -ee nouns as people', () => {
    expect(read('Police held 35 activists overnight.')).toEqual([[35, 'people', 'activist']]);
    expect(read('The firm took on 60 trainees.')).toEqual([[60, 'people', 'trainee']]);
  });

  it('leaves look-alike nouns that name no people', () => {
    expect(read('The panel drew up 12 checklists.')).toEqual([[12, 'count', 'checklist']]);
    expect(read('The council cut 40 fees.')).toEqual([[40, 'count', 'fee']]);
    expect(read('He had 14 assists this season.')).toEqual([[14, 'count', 'assist']]);
  });

  it('compares such nouns with counts of people', () => {
    expect(subjectsCompatible('person', 'fisherman')).toBe(true);
    expect(subjectsCompatible('fisherman', 'person')).toBe(true);
    expect(subjectsCompatible('fisherman', 'checklist')).toBe(false);
  });
});

describe('the displaced and the missing', () => {
  it('reads "displaced" and "homeless" after a figure as a count of the displaced', () => {
    expect(read('The storm left over 8,000 displaced in the delta.')).toEqual([[8000, 'people', 'displaced']]);
    expect(read('Nearly 500 were left homeless.')).toEqual([[500, 'people', 'displaced']]);
    expect(read('Some 3,000 displaced people reached the camps.')).toEqual([[3000, 'people', 'displaced']]);
  });

  it('reads a bare figure before "missing" as a count of the missing', () => {
    expect(read('Seven were missing after the bus fell into the river.')).toEqual([[7, 'people', 'missing']]);
    expect(read('At least 14 were still missing late on Friday.')).toEqual([[14, 'people', 'missing']]);
    expect(read('Eleven remain unaccounted for.')).toEqual([[11, 'people', 'missing']]);
    expect(read('Six missing people were found alive.')).toEqual([[6, 'people', 'missing']]);
  });

  it('keeps the missing and the displaced apart from the dead, but within people', () => {
    expect(subjectsCompatible('missing', 'death')).toBe(false);
    expect(subjectsCompatible('displaced', 'death')).toBe(false);
    expect(subjectsCompatible('missing', 'casualty')).toBe(false);
    expect(subjectsCompatible('missing', 'person')).toBe(true);
  });

  it('lets a noun after "missing" be the head', () => {
    expect(read('Two missing trawlers were found.')).toEqual([[2, 'count', 'trawler']]);
  });
});

describe('lives', () => {
  it('reads lives taken or lost as deaths', () => {
    expect(read('The landslide claimed 23 lives.')).toEqual([[23, 'people', 'death']]);
    expect(read('The epidemic cost more than 400 lives.')).toEqual([[400, 'people', 'death']]);
  });

  it('reads lives saved, and the rescued, as survivors, not the dead', () => {
    expect(read('Lifeguards saved 18 lives over the weekend.')).toEqual([[18, 'people', 'survivor']]);
    expect(read('The new barrier spared more than 50 lives.')).toEqual([[50, 'people', 'survivor']]);
    expect(read('Twelve were rescued by fishermen.')).toEqual([[12, 'people', 'survivor']]);
  });
});
