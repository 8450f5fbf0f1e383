import { crossReference } from '../../src/index';

/** Numeric conflicts of a small story, as their evidence texts. */
function conflicts(texts: Record<string, string>): string[][] {
  const articles = Object.entries(texts).map(([id, text]) => ({ id, source: id, text }));
  return crossReference(articles)
    .findings.filter((f) => f.kind === 'numeric-conflict')
    .map((f) => f.evidence.map((e) => e.text));
}

describe('a claim that gives the other outlet\'s very number', () => {
  const story = {
    wire: 'Prime Minister Anna Brevik said on Monday that her Civic Union party holds 163 seats and will pass the budget in Ostrava.',
    paper: 'Prime Minister Anna Brevik said her Civic Union party commands a majority of 163 in the 280-seat chamber and will pass the budget in Ostrava.',
  };

  it('answers with that number, so the chamber\'s size is set against nothing', () => {
    expect(conflicts(story)).toEqual([]);
  });

  it('still sets a different number against it when the claim gives no agreeing one', () => {
    const other = { ...story, paper: 'Prime Minister Anna Brevik said her Civic Union party holds 136 seats and will pass the budget in Ostrava.' };
    expect(conflicts(other)).toEqual([expect.arrayContaining([expect.stringContaining('163'), expect.stringContaining('136')])]);
  });
});

describe('a claim that gives a part and the whole', () => {
  it('answers the other outlet\'s part with its part, not the whole', () => {
    const found = conflicts({
      east: 'Seventeen of the 26 workers cut off by the flood in the Harlow tunnel have been brought to the surface alive, rescuers in Dunmore said.',
      west: 'Seventeen workers were brought to the surface alive from the Harlow tunnel on Friday after the flood, rescuers in Dunmore said.',
    });
    expect(found).toEqual([]);
  });
});
