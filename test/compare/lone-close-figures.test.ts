import { crossReference } from '../../src/index';

/** Numeric conflicts of a small story, as their evidence texts. */
function conflicts(texts: Record<string, string>): string[][] {
  const articles = Object.entries(texts).map(([id, text]) => ({ id, source: id, publishedAt: '2024-04-02', text }));
  return crossReference(articles)
    .findings.filter((f) => f.kind === 'numeric-conflict')
    .map((f) => f.evidence.map((e) => e.text));
}

describe('close figures that are each their article\'s only one of the unit', () => {
  const east = 'The cabinet in Dornia approved a $3.1bn package for roads and rail on Tuesday, Finance Minister Ilse Marek said.';
  const west = 'Ilse Marek, the finance minister, unveiled extra infrastructure spending worth $3.6 billion, to the surprise of economists in Dornia.';

  it('are set against each other though the outlets word the fact differently', () => {
    expect(conflicts({ east, west })).toEqual([expect.arrayContaining(['$3.1bn', '$3.6 billion'])]);
  });

  it('are not when an article gives another figure of the unit', () => {
    const other = `${west} Rail alone gets $1.9 billion of it.`;
    expect(conflicts({ east, west: other })).toEqual([]);
  });

  it('still are when the article\'s other figures of the unit are of another magnitude', () => {
    const other = `${west} Each of the 40 new stations will cost about $12 million.`;
    expect(conflicts({ east, west: other })).toEqual([expect.arrayContaining(['$3.1bn', '$3.6 billion'])]);
  });
});
