import { crossReference, type ArticleInput } from '../../src/index';
import { contextTerm } from '../../src/compare/context-synonyms';
import { figureContext, readClaim } from '../../src/compare/figure-context';
import { candidatePairs, type Figure } from '../../src/compare/match-figures';
import { makeClaim, makeQuantity } from '../helpers/make-claim';

function figure(articleId: string, text: string, figureText: string, value: number): Figure {
  const q = makeQuantity(text, figureText, { value, low: value, high: value, unit: 'USD' });
  const claim = makeClaim(articleId, 1, text, { quantities: [q] });
  return { claim, q, context: figureContext(readClaim(claim, () => undefined), q) };
}

describe('context synonyms', () => {
  it('folds words news copy uses for one thing to one term', () => {
    expect(contextTerm('quak')).toBe('earthquak');
    expect(contextTerm('hous')).toBe('home');
    expect(contextTerm('vessel')).toBe('ship');
    expect(contextTerm('walkout')).toBe('strike');
    expect(contextTerm('harbour')).toBe('harbour');
    // "a ferry carrying 120", "120 passengers aboard", "on board".
    expect(contextTerm('carri')).toBe('aboard');
    expect(contextTerm('board')).toBe('aboard');
  });

  it('lets two outlets\' figures for one fact meet though one writes "quake" and "houses", the other "earthquake" and "homes"', () => {
    const a = figure('a', 'Insurers put the quake damage to houses in Orvel at $40 million.', '$40 million', 40e6);
    const b = figure('b', 'Earthquake damage to homes reached $55 million, a regional report found.', '$55 million', 55e6);
    expect(a.context).toEqual(expect.arrayContaining(['earthquak', 'home', 'damag']));
    expect(b.context).toEqual(expect.arrayContaining(['earthquak', 'home', 'damag']));
    const pairs = candidatePairs([a, b], () => 1, 0.3);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.similarity).toBeCloseTo(3 / Math.sqrt(a.context.length * b.context.length), 6);
  });
});

describe('a prison term in other words', () => {
  const conflicts = (articles: ArticleInput[]) =>
    crossReference(articles).findings.filter((f) => f.kind === 'numeric-conflict').map((f) => f.evidence.map((e) => e.text).sort().join(' vs '));

  it('folds jail, prison and imprison, and savings and synergies, to one term each', () => {
    expect(contextTerm('jail')).toBe('prison');
    expect(contextTerm('imprison')).toBe('prison');
    expect(contextTerm('synergi')).toBe('save');
    expect(contextTerm('penalti')).toBe('fine');
    expect(contextTerm('worth')).toBe('valu');
    // "struck a shoal" and "hit a shoal".
    expect(contextTerm('hit')).toBe('strike');
  });

  it('gives "14 years in prison" and "jailed for nine years" one context term, so the two terms meet', () => {
    const a = figure('a', 'A court in Dorvik sentenced Ansel Brik to 14 years in prison after a long trial.', '14 years', 14);
    const b = figure('b', 'Ansel Brik, who ran the Dorvik port, has been jailed for nine years for theft.', 'nine years', 9);
    expect(a.context).toContain('prison');
    expect(b.context).toContain('prison');
    const found = conflicts([
      { id: 'wire', text: 'The former Dorvik port director Ansel Brik was sentenced on Monday to 14 years in prison.' },
      { id: 'paper', text: 'Ansel Brik, the former director of the port of Dorvik, was jailed on Monday for nine years.' },
    ]);
    expect(found).toEqual(['14 years vs nine years']);
  });
});

describe('what something is worth', () => {
  it('gives "a street value of €280 million" and "worth an estimated 380 million euros" one context term', () => {
    const a = figure('a', 'The drugs, which have an estimated street value of €280 million, were hidden in fruit crates.', '€280 million', 280e6);
    const b = figure('b', 'The haul would have been worth an estimated 380 million euros once sold on the street.', '380 million euros', 380e6);
    expect(a.context).toContain('valu');
    expect(b.context).toContain('valu');
  });
});
