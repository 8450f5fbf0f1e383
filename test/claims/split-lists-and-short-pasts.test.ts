import { findSplits } from '../../src/claims/find-splits';
import { extractClaims } from '../../src/claims';

const cuts = (s: string) => findSplits(s).map((p) => p.rule);
const claimTexts = (s: string) => extractClaims({ text: s, span: { start: 0, end: s.length } }).claims.map((c) => c.text);

describe('split: noun lists and short past forms', () => {
  it('does not cut a noun list whose only "verb" is a participle used as an adjective', () => {
    expect(cuts('Some 900 frozen crates of mangoes, dried beans and rice were left at the depot, traders said.')).toEqual([]);
    expect(cuts('Crates of plums, cut roses and cheese were lost.')).toEqual([]);
  });

  it('still cuts two clauses with their own subjects', () => {
    expect(cuts('The storm flooded homes and officials ordered evacuations.')).toEqual(['conjunction-clause']);
  });

  it('cuts "N died and M were missing" into two claims', () => {
    expect(claimTexts('At least four hikers died and six were missing after a rockslide hit the trail, rangers said.')).toEqual([
      'At least four hikers died',
      'six were missing after a rockslide hit the trail, rangers said.',
    ]);
    expect(cuts('Two guards died and many were hurt.')).toEqual(['conjunction-clause']);
  });
});

