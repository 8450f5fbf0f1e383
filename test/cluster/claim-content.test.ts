import { claimContent } from '../../src/cluster/claim-content';
import { claimTerms, contentWords } from '../../src/cluster/claim-terms';
import { makeClaim } from '../helpers/make-claim';

describe('claimContent', () => {
  // Words are read into shared scratch arrays and copied out: each claim must get arrays of its own, of its own length.
  it('gives each claim its own arrays, as long as its word count, one claim after another', () => {
    const long = makeClaim('a', 1, 'Troops fled the border town after heavy shelling destroyed bridges, roads and power lines overnight.');
    const short = makeClaim('b', 1, 'Rebels advanced.');
    const first = claimContent(long);
    const copy = { lemmas: [...first.lemmas], starts: [...first.starts], ends: [...first.ends], inMention: [...first.inMention] };
    const second = claimContent(short);
    const words = contentWords(short.text);
    expect(second.lemmas).toEqual(words.map((w) => w.lemma));
    expect(second.starts).toEqual(words.map((w) => w.start));
    expect(second.ends).toEqual(words.map((w) => w.end));
    expect(second.inMention).toEqual(words.map(() => false));
    expect(first).toEqual(copy);
  });

  it('gives each claim a terms list of its own length', () => {
    const a = claimTerms(makeClaim('a', 2, 'Heavy shelling destroyed bridges, roads, bridges and roads.'));
    const b = claimTerms(makeClaim('b', 2, 'Shelling stopped.'));
    expect(a).toEqual([...new Set(a)].sort());
    expect(b.length).toBe(2);
    expect(a.length).toBeGreaterThan(b.length);
  });
});
