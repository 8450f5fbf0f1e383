import { createIndex, loadIndex, crossReference, renderJson, CorroborateError } from '../../src/index';
import { loadExampleArticles } from '../../examples/load-example-articles';

const articles = loadExampleArticles();

describe('createIndex', () => {
  it('gives the same report as crossReference, whatever order articles arrive in', () => {
    const index = createIndex();
    for (const a of [...articles].reverse()) index.add(a);
    expect(index.size).toBe(articles.length);
    expect(renderJson(index.report())).toBe(renderJson(crossReference(articles)));
  });

  it('reports on what it holds so far', () => {
    const index = createIndex();
    index.add(articles[0]);
    expect(index.report().articles.map((a) => a.id)).toEqual([articles[0].id]);
    index.add(articles[1]);
    expect(index.has(articles[1].id)).toBe(true);
    expect(index.report().articles).toHaveLength(2);
  });

  it('saves to JSON and loads back to the same report, options included', () => {
    const index = createIndex({ tolerance: 0.05 });
    for (const a of articles) index.add(a);
    const restored = loadIndex(JSON.parse(JSON.stringify(index)));
    expect(renderJson(restored.report())).toBe(renderJson(crossReference(articles, { tolerance: 0.05 })));
    restored.add({ id: 'late-news', text: 'Officials said the border crossing reopened on Saturday.' });
    expect(restored.size).toBe(articles.length + 1);
  });

  it('refuses duplicate ids, bad articles and things that are not a saved index', () => {
    const index = createIndex();
    index.add(articles[0]);
    expect(() => index.add(articles[0])).toThrow(CorroborateError);
    expect(() => index.add({ id: '', text: 'x' })).toThrow(/id/);
    expect(() => loadIndex({ format: 'something-else' })).toThrow(expect.objectContaining({ code: 'INVALID_INDEX' }));
    expect(() => loadIndex(null)).toThrow(CorroborateError);
  });
});
