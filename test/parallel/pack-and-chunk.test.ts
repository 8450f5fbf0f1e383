/** The pieces that make worker results equal to in-thread ones: packing, cloning, chunking. */
import { analyzeArticle } from '../../src/index';
import type { ArticleInput } from '../../src/index';
import { packAnalysis, plainArticle, unpackAnalysis } from '../../src/parallel/pack-analysis';
import { chunkBySize, targetChunkChars, MAX_CHUNK_CHARS, MIN_CHUNK_CHARS } from '../../src/parallel/chunk-articles';
import { chunkStories, MAX_CHUNK_WEIGHT } from '../../src/parallel/chunk-stories';
import { compareStory, type StoryInput, type StoryResult } from '../../src/pipeline/compare-story';
import { prepareCombine } from '../../src/pipeline/combine-analyses';
import { runTask, withNameTable } from '../../src/parallel/worker-task';
import { loadExampleArticles } from '../../examples/load-example-articles';
import { generatedArticles } from './generated-articles';

const examples = loadExampleArticles();

describe('packAnalysis / unpackAnalysis', () => {
  it('survive structured clone (what postMessage does) exactly, key order included', () => {
    for (const article of [...examples, ...generatedArticles(20)]) {
      const analysis = analyzeArticle(article);
      // Packing uses its analysis up (texts left out in place), as a worker does.
      const back = unpackAnalysis(structuredClone(packAnalysis(analyzeArticle(article))), article);
      expect(back).toStrictEqual(analysis); // same values, plain prototypes, no extra or missing keys
      expect(JSON.stringify(back)).toBe(JSON.stringify(analysis)); // same key order
      expect(back.article).toBe(article);
    }
  });

  it('send no text that the article gives back over its span, nor the claims\u2019 article id', () => {
    const article = examples[0];
    const packed = packAnalysis(analyzeArticle(article));
    const sent = JSON.stringify(packed);
    const analysis = analyzeArticle(article);
    for (const claim of analysis.claims) {
      if (claim.text.length > 20) expect(sent).not.toContain(JSON.stringify(claim.text));
    }
    expect(packed.claims.every((c) => c.articleId === null)).toBe(true);
    expect(packed.cleaned.blocks.every((b) => b.text === null)).toBe(true);
  });

  it('keep a text that is not the article over its span, and restore none that was not dropped', () => {
    const article = { id: 'odd', text: 'The dam holds 3 million cubic metres, officials said on Monday.' };
    const analysis = analyzeArticle(article);
    analysis.claims[0]!.text = 'a text of its own';
    const packed = packAnalysis(analysis);
    expect(packed.claims[0]!.text).toBe('a text of its own');
    expect(unpackAnalysis(structuredClone(packed), article).claims[0]!.text).toBe('a text of its own');
  });

  it('leave the article text out of what crosses threads', () => {
    const packed = packAnalysis(analyzeArticle(examples[0]));
    expect(packed.article).toBeNull();
    expect(packed.cleaned.text).toBeNull();
  });

  it('keep only the article fields analysis reads, so extra properties need not clone', () => {
    const article = { id: 'x', text: 'A bridge opened.', source: 'Desk', onSave: () => 1 } as ArticleInput;
    expect(plainArticle(article)).toEqual({ id: 'x', text: 'A bridge opened.', source: 'Desk' });
    expect(Object.keys(plainArticle({ id: 'y', text: '', url: undefined }))).toEqual(['id', 'text']);
    expect(analyzeArticle(plainArticle(article))).toEqual({ ...analyzeArticle(article), article: plainArticle(article) });
  });
});

describe('chunkBySize', () => {
  const articles = generatedArticles(30);

  it('puts every article in one chunk, in input order', () => {
    for (const target of [1, 500, 5_000, 1e9]) expect(chunkBySize(articles, target).flat()).toEqual(articles);
  });

  it('closes a chunk once it reaches the target size', () => {
    const chunks = chunkBySize(articles, 2_000);
    for (const chunk of chunks.slice(0, -1)) {
      const size = chunk.reduce((s, a) => s + a.text.length, 0);
      expect(size).toBeGreaterThanOrEqual(2_000);
      expect(size - chunk[chunk.length - 1].text.length).toBeLessThan(2_000);
    }
    expect(chunkBySize([], 10)).toEqual([]);
  });

  it('aims at a few chunks per worker, never below the minimum size', () => {
    expect(targetChunkChars(articles, 2)).toBe(MIN_CHUNK_CHARS);
    const total = articles.reduce((s, a) => s + a.text.length, 0);
    expect(targetChunkChars(articles, 2, 1)).toBe(Math.ceil(total / 8));
  });

  it('never aims above the largest chunk, however large the feed', () => {
    const huge = Array.from({ length: 40 }, (_, i) => ({ id: `h${i}`, text: 'x'.repeat(500_000) }));
    expect(targetChunkChars(huge, 2)).toBe(MAX_CHUNK_CHARS);
    expect(chunkBySize(huge, targetChunkChars(huge, 2))).toHaveLength(20);
  });
});

describe('chunkStories', () => {
  const story = (claims: number) => ({ articles: [], claims: new Array(claims).fill(null), idByName: {} }) as unknown as StoryInput;

  it('keeps every story once, in order, in a few chunks per worker', () => {
    const stories = [3, 50, 7, 7, 120, 1, 0, 40].map(story);
    const chunks = chunkStories(stories, 2);
    expect(chunks.flat()).toEqual(stories);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThanOrEqual(8);
    expect(chunkStories([], 2)).toEqual([]);
  });

  it('cuts a large feed into chunks of at most about MAX_CHUNK_WEIGHT claims', () => {
    const stories = Array.from({ length: 400 }, () => story(500)); // 200,000 claims
    const chunks = chunkStories(stories, 2);
    expect(chunks.flat()).toHaveLength(400);
    for (const chunk of chunks) expect(chunk.reduce((n, s) => n + s.claims.length + 1, 0)).toBeLessThan(MAX_CHUNK_WEIGHT + 501);
    expect(chunks.length).toBeGreaterThanOrEqual(20);
  });
});

describe('a story as a worker receives it', () => {
  it('gets a name table that does not answer with Object’s properties, its entries kept', () => {
    const analyses = generatedArticles(6).map(analyzeArticle);
    const [story] = prepareCombine(analyses).stories;
    const cloned = structuredClone(story!);
    expect(typeof (cloned.idByName as Record<string, unknown>).constructor).toBe('function'); // what a clone does
    const table = withNameTable(cloned).idByName;
    expect(table.constructor).toBeUndefined();
    expect(table.toString).toBeUndefined();
    expect({ ...table }).toEqual({ ...story!.idByName });
    expect(Object.keys(table).length).toBeGreaterThan(0);
  });

  it('is compared as compareStory compares the original', () => {
    const analyses = generatedArticles(12).map(analyzeArticle);
    const [story] = prepareCombine(analyses).stories;
    const [received] = runTask({ kind: 'compare-stories', stories: [structuredClone(story!)], options: {} }) as StoryResult[];
    expect(received).toEqual(compareStory(story!, {}));
    expect(received!.findings.length).toBeGreaterThan(0);
  });
});
