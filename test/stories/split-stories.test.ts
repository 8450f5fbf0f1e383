import { crossReference, CorroborateError, renderJson, type ArticleInput } from '../../src/index';

// Two unrelated stories told the same way: a port strike and a mine strike.
// Their sentences share most words; only the names and figures differ.
const port: ArticleInput[] = [
  {
    id: 'port-a',
    text: 'Dock workers at Vellmar harbour walked out on Monday, the Coastal Dockers Union said. About 1,200 workers joined the strike, union leader Ines Haldane told reporters in Vellmar.',
  },
  {
    id: 'port-b',
    text: 'A strike closed Vellmar harbour on Monday. Some 2,000 workers joined the strike, according to Ines Haldane of the Coastal Dockers Union, who spoke in Vellmar.',
  },
];
const mine: ArticleInput[] = [
  {
    id: 'mine-a',
    text: 'Miners at the Orsk Ridge pit stopped work on Tuesday, the Highland Miners Guild said. About 300 workers joined the strike, guild chair Tomas Berend said at Orsk Ridge.',
  },
  {
    id: 'mine-b',
    text: 'Work stopped at the Orsk Ridge pit on Tuesday. Roughly 300 workers joined the strike, Tomas Berend of the Highland Miners Guild said at Orsk Ridge.',
  },
];

const conflicts = (articles: ArticleInput[], stories: 'one' | 'split') =>
  crossReference(articles, { stories })
    .findings.filter((f) => f.kind === 'numeric-conflict')
    .map((f) => [...new Set(f.evidence.map((e) => e.articleId))].sort().join('+'));

describe("stories: 'split'", () => {
  test('finds the conflict inside a story and never sets one story against another', () => {
    const found = conflicts([...port, ...mine], 'split');
    expect(found).toContain('port-a+port-b');
    expect(found.every((pair) => pair === 'port-a+port-b')).toBe(true);
  });

  test('gives each story the findings it gets on its own', () => {
    const together = crossReference([...port, ...mine], { stories: 'split' });
    const portOnly = crossReference(port, { stories: 'split' });
    const summaries = (r: typeof together, ids: string[]) =>
      r.findings.filter((f) => f.kind !== 'name-variant' && f.evidence.every((e) => ids.includes(e.articleId))).map((f) => f.summary);
    expect(summaries(together, ['port-a', 'port-b'])).toEqual(summaries(portOnly, ['port-a', 'port-b']));
  });

  test('on a single story it reports exactly what the default does', () => {
    expect(renderJson(crossReference(port, { stories: 'split' }))).toBe(renderJson(crossReference(port)));
  });

  test('keeps clusters within a story', () => {
    const report = crossReference([...port, ...mine], { stories: 'split' });
    const storyOf = (id: string) => id.split('-')[0];
    for (const cluster of report.clusters) expect(new Set(cluster.articleIds.map(storyOf)).size).toBe(1);
  });

  test('is the same whatever order the feed comes in', () => {
    const forward = renderJson(crossReference([...port, ...mine], { stories: 'split' }));
    const backward = renderJson(crossReference([...mine, ...port].reverse(), { stories: 'split' }));
    expect(backward).toBe(forward);
  });

  test("by default, notes when the articles read as several stories, and only then", () => {
    const rules = (articles: ArticleInput[]) => crossReference(articles).diagnostics.map((d) => d.rule);
    expect(rules([...port, ...mine])).toContain('several-stories');
    expect(rules(port)).not.toContain('several-stories');
    expect(crossReference([...port, ...mine], { stories: 'split' }).diagnostics.map((d) => d.rule)).not.toContain('several-stories');
  });

  test('rejects an unknown mode with a typed error', () => {
    expect(() => crossReference(port, { stories: 'many' as 'one' })).toThrow(CorroborateError);
  });
});
