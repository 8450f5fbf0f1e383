/**
 * A synthetic news feed with ground truth: M stories, each told by several
 * outlets in their own words, some figures altered on purpose, some articles
 * wire copies of others. Deterministic for a seed.
 *
 *   tsx bench/generate-corpus.ts --articles N --stories M --seed S --out DIR
 *
 * DIR gets articles/<id>.txt, meta.json (the CLI's --meta format),
 * articles.json (ArticleInput[]) and truth.json (the ground truth).
 * In process: `generateCorpus({ articles, stories, seed })`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../src/types';
import type { GroundTruth } from './corpus/types';
import { EVENT_TYPES } from './corpus/events';
import { buildStory, DEFAULT_STORY_OPTIONS, type StoryOptions } from './corpus/build-story';
import { childSeed, createRng } from './corpus/prng';

export type { GroundTruth, Alteration, Copy, StoryTruth } from './corpus/types';

export interface CorpusOptions extends Partial<StoryOptions> {
  articles: number;
  stories: number;
  seed?: number;
  /** Keep each story's articles together instead of shuffling the feed (default false). */
  grouped?: boolean;
}

export interface Corpus {
  articles: ArticleInput[];
  truth: GroundTruth;
}

/** Splits n articles over m stories as evenly as possible (the first stories get the remainder). */
function storySizes(articles: number, stories: number): number[] {
  const base = Math.floor(articles / stories);
  return Array.from({ length: stories }, (_, i) => base + (i < articles % stories ? 1 : 0));
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const { articles: n, stories: m, seed = 1, grouped = false } = options;
  if (!Number.isInteger(n) || !Number.isInteger(m) || n < 1 || m < 1 || m > n) {
    throw new RangeError(`generateCorpus: need integers 1 <= stories <= articles (got articles=${n}, stories=${m})`);
  }
  const storyOptions: StoryOptions = { ...DEFAULT_STORY_OPTIONS, ...options };
  // The event list is shuffled by seed so story i is not always the same kind.
  const events = createRng(seed).shuffle(EVENT_TYPES);
  const truth: GroundTruth = { seed, stories: [], alterations: [], copies: [] };
  let articles: ArticleInput[] = [];
  storySizes(n, m).forEach((size, i) => {
    const story = buildStory(i, size, childSeed(seed, i), events, storyOptions);
    articles.push(...story.articles);
    truth.stories.push(story.truth);
    truth.alterations.push(...story.alterations);
    truth.copies.push(...story.copies);
  });
  // A feed interleaves stories.
  if (!grouped) articles = createRng(childSeed(seed, -1)).shuffle(articles);
  return { articles, truth };
}

/** Writes the corpus in the CLI's layout. */
export function writeCorpus(corpus: Corpus, dir: string): void {
  const articleDir = path.join(dir, 'articles');
  fs.mkdirSync(articleDir, { recursive: true });
  for (const a of corpus.articles) fs.writeFileSync(path.join(articleDir, `${a.id}.txt`), a.text);
  const meta = { articles: corpus.articles.map((a) => ({ id: a.id, file: `articles/${a.id}.txt`, source: a.source, publishedAt: a.publishedAt })) };
  fs.writeFileSync(path.join(dir, 'meta.json'), JSON.stringify(meta, null, 2));
  fs.writeFileSync(path.join(dir, 'articles.json'), JSON.stringify(corpus.articles));
  fs.writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(corpus.truth, null, 2));
}

function parseArgs(argv: readonly string[]): { articles: number; stories: number; seed: number; out: string } {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(arg('articles') ?? 1000);
  const stories = Number(arg('stories') ?? Math.max(1, Math.round(articles / 8)));
  const seed = Number(arg('seed') ?? 1);
  const out = arg('out') ?? 'bench-output/corpus';
  return { articles, stories, seed, out };
}

// Run as a script only when this file is the entry point (not when bundled or imported).
if (require.main === module && /generate-corpus\.[jt]s$/.test(process.argv[1] ?? '')) {
  const args = parseArgs(process.argv.slice(2));
  try {
    const started = process.hrtime.bigint();
    const corpus = generateCorpus(args);
    writeCorpus(corpus, args.out);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(
      `wrote ${corpus.articles.length} articles in ${args.stories} stories to ${args.out} ` +
        `(${corpus.truth.alterations.length} altered figures, ${corpus.truth.copies.length} wire copies, seed ${args.seed}, ${ms.toFixed(0)} ms)`,
    );
  } catch (e) {
    console.error(`generate-corpus: ${(e as Error).message}`);
    process.exit(2);
  }
}
