import { analyzeArticle } from '../../src/pipeline/analyze-article';
import { prepareCombine, prepareOwnCombine } from '../../src/pipeline/combine-analyses';

const articles = [
  { id: 'north', text: 'Mayor Ines Albrecht said 40 buses would run on Sunday.' },
  { id: 'south', text: 'Ines Albrecht, the mayor, said 60 buses would run on Sunday.' },
];

describe('prepareCombine and prepareOwnCombine', () => {
  it('leaves the caller\'s analyses as they are and gives entity ids on copies', () => {
    const analyses = articles.map((a) => analyzeArticle(a));
    const prepared = prepareCombine(analyses);
    expect(analyses.flatMap((a) => a.claims.map((c) => c.entities))).toEqual(analyses.flatMap((a) => a.claims.map(() => [])));
    expect(prepared.claims.some((c) => c.entities.length > 0)).toBe(true);
    expect(prepared.claims.every((c) => !analyses.some((a) => a.claims.includes(c)))).toBe(true);
  });

  it('gives entity ids in place on analyses the caller gives up, with the same ids', () => {
    const copied = prepareCombine(articles.map((a) => analyzeArticle(a)));
    const analyses = articles.map((a) => analyzeArticle(a));
    const own = prepareOwnCombine(analyses);
    expect(own.claims.every((c) => analyses.some((a) => a.claims.includes(c)))).toBe(true);
    expect(own.claims.map((c) => c.entities)).toEqual(copied.claims.map((c) => c.entities));
  });
});
