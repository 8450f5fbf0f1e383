import { crossReference, type ArticleInput } from '../../src/index';
import { figureOutcome } from '../../src/compare/figure-outcome';
import { extractQuantities } from '../../src/quantities/extract-quantities';
import { makeClaim } from '../helpers/make-claim';

/** A hand-made claim with the figures the quantity stage reads in it. */
const claimOf = (text: string) => makeClaim('a', 1, text, { quantities: extractQuantities(text) });

const conflicts = (articles: ArticleInput[]) =>
  crossReference(articles).findings.filter((f) => f.kind === 'numeric-conflict').map((f) => f.evidence.map((e) => e.text).sort().join(' vs '));

describe('figureOutcome', () => {
  test.each([
    ['A fire at the mill killed 34 workers.', '34', 'dead'],
    ['Some 34 workers died in the blaze.', '34', 'dead'],
    ['At least 234 people were hurt.', '234', 'injured'],
    ['The blaze left 234 people wounded.', '234', 'injured'],
    ['The plant employs 900 people.', '900', undefined],
    ['The cave-in killed two workers and left 19 trapped.', '19', 'trapped'],
    ['The cave-in killed two workers and left 19 entombed.', '19', 'trapped'],
  ])('%s -> %s is %s', (text, figure, outcome) => {
    const claim = claimOf(text);
    const q = claim.quantities.find((x) => x.text.includes(figure));
    expect(q).toBeDefined();
    expect(figureOutcome(claim, q!)).toBe(outcome);
  });

  test('takes the casualty word nearest each figure in a sentence with both', () => {
    const claim = claimOf('The fire killed 34 workers and injured 234 others, officials said.');
    const outcomes = claim.quantities.map((q) => [q.value, figureOutcome(claim, q)]);
    expect(outcomes).toEqual([[34, 'dead'], [234, 'injured']]);
  });
});

describe('a death toll against an injury count', () => {
  test('is never a conflict', () => {
    const found = conflicts([
      { id: 'east', text: 'A fire at the Kessel textile mill killed 34 workers on Monday, the regional governor said.' },
      { id: 'west', text: 'The fire at the Kessel textile mill on Monday left 234 workers hurt, the regional governor said.' },
    ]);
    expect(found).toEqual([]);
  });

  test('while two death tolls that differ still are', () => {
    const found = conflicts([
      { id: 'east', text: 'A fire at the Kessel textile mill killed 34 workers on Monday, the regional governor said.' },
      { id: 'west', text: 'The fire at the Kessel textile mill on Monday killed 51 workers, the regional governor said.' },
    ]);
    expect(found.length).toBe(1);
    expect(found[0]).toContain('34');
    expect(found[0]).toContain('51');
  });
});

describe('the trapped beside the dead', () => {
  test('a count of the trapped is set against the other outlet\'s trapped, not its dead', () => {
    const found = conflicts([
      { id: 'east', text: 'A tunnel at the Orlov quarry caved in on Friday, killing three workers and leaving 26 trapped, the operator said.' },
      { id: 'west', text: 'Twenty-nine workers were cut off when the tunnel at the Orlov quarry caved in on Friday, rescuers said. Three workers died.' },
    ]);
    expect(found).toEqual(['26 vs Twenty-nine']);
  });
});

describe('casualty figures across outlets', () => {
  test('a bare figure after a casualty verb counts the dead or the injured', () => {
    const found = extractQuantities('The storm struck at dawn, killing 12 and injuring more than 300, officials said.');
    expect(found.map((q) => [q.text, q.unit, q.subject])).toEqual([
      ['12', 'people', 'death'],
      ['more than 300', 'people', 'injury'],
    ]);
  });

  test('the same stated number in other words is not single-source', () => {
    const report = crossReference([
      { id: 'north', text: 'The storm hit the coast of Varnia on Monday. It killed 57 people in the port of Elsin, the coast guard said.' },
      { id: 'south', text: 'A storm struck Varnia on Monday. The coast guard put the toll at 57, most of them in Elsin.' },
    ]);
    const lone = report.findings.filter((f) => f.kind === 'single-source').map((f) => f.summary);
    expect(lone.filter((s) => s.includes('57'))).toEqual([]);
  });

  test('a number only one outlet gives is still single-source', () => {
    const report = crossReference([
      { id: 'north', text: 'The storm hit the coast of Varnia on Monday. It killed 57 people in the port of Elsin, the coast guard said.' },
      { id: 'south', text: 'A storm struck Varnia on Monday, the coast guard said. About 4,000 homes lost power in Elsin.' },
    ]);
    const lone = report.findings.filter((f) => f.kind === 'single-source').map((f) => f.summary);
    expect(lone.some((s) => s.includes('4,000'))).toBe(true);
  });
});

describe('a death toll against a head count', () => {
  const toll: ArticleInput = { id: 'east', text: 'Typhoid has killed 23 people in the Orvel valley since May, the regional health office said on Friday. Most of the dead were in villages near the river.' };
  const staff = (sentence: string): ArticleInput => ({ id: 'west', text: `Typhoid has swept the Orvel valley since May. ${sentence}` });

  test("is two facts: the district's doctors are not its dead", () => {
    const found = conflicts([toll, staff('Orvel, a district of roughly 90,000 people, has only 14 doctors, and its hospital has put patients in tents.')]);
    expect(found).toEqual([]);
  });

  test('while a head count with its own casualty word is a toll', () => {
    const found = conflicts([toll, staff('Orvel, a district of roughly 90,000 people, has lost 31 people to the disease, 14 doctors among the dead.')]);
    expect(found.some((c) => c.includes('23') && c.includes('31'))).toBe(true);
  });
});
