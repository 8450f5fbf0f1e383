/**
 * Whether comparing stories leaves dead objects in V8's old generation.
 *
 *   npx tsx bench/run-pretenuring.ts [--articles 3000] [--seed 1]
 *
 * V8 watches each object or array literal in the code: when nearly all the
 * objects it made survive a young-generation collection, it makes that
 * literal allocate straight in the old generation from then on
 * (pretenuring). A story's memo data lives while the story is compared, so
 * a collection that falls mid-story can pretenure it; every later story's
 * memo objects are then born old, dead ones keep their young word arrays
 * alive until a full collection, and peak memory at 10,000 articles rose by
 * some 300 MB in about half the runs (bench/RESULTS.md, fifteenth round).
 *
 * With a small young generation (4 MB semi-spaces) collections fall
 * mid-story early and every run shows the effect if it is there. This
 * script compares the stories of one synthetic feed twice, in child
 * processes, with V8's pretenuring on and off, and prints how much the heap
 * grew while stories were compared. Close figures: nothing compared per
 * story is born old. A much larger growth with pretenuring on: some per-story
 * object comes from a literal (make it a class instance, which V8 never pretenures).
 */
import { spawnSync } from 'node:child_process';
import { generateCorpus } from './generate-corpus';
import { analyzeArticle } from '../src/pipeline/analyze-article';
import { prepareOwnCombine, storyOptions } from '../src/pipeline/combine-analyses';
import { compareStory } from '../src/pipeline/compare-story';

const ARTICLES_PER_STORY = 8;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

interface ChildResult {
  growthMb: number;
  peakRssMb: number;
}

/** In the child: analyse the feed, then measure the heap around comparing its stories. */
function measure(articles: number, seed: number): ChildResult {
  const corpus = generateCorpus({ articles, stories: Math.max(1, Math.round(articles / ARTICLES_PER_STORY)), seed });
  const prepared = prepareOwnCombine(corpus.articles.map(analyzeArticle), { stories: 'split' });
  const perStory = storyOptions({ stories: 'split' });
  const before = process.memoryUsage().heapUsed;
  let peak = 0;
  const results = prepared.stories.map((story, i) => {
    if (i % 25 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    return compareStory(story, perStory);
  });
  const growth = process.memoryUsage().heapUsed - before;
  // Kept alive to here: the results are part of what the heap holds.
  if (results.length !== prepared.stories.length) throw new Error('a story was not compared');
  return { growthMb: growth / 1e6, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 1e6 };
}

function runChild(articles: number, seed: number, pretenuring: boolean): ChildResult {
  const flags = ['--max-semi-space-size=4', ...(pretenuring ? [] : ['--no-allocation-site-pretenuring'])];
  const r = spawnSync(process.execPath, [...flags, '--import', 'tsx', __filename, '--child', String(articles), '--seed', String(seed)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`child failed (${r.status ?? r.signal}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
}

function main(): void {
  const seed = Number(arg('seed', '1'));
  if (process.argv.includes('--child')) {
    console.log(JSON.stringify(measure(Number(arg('child', '3000')), seed)));
    return;
  }
  const articles = Number(arg('articles', '3000'));
  if (!Number.isInteger(articles) || articles < ARTICLES_PER_STORY) throw new Error(`--articles takes an integer of at least ${ARTICLES_PER_STORY}`);
  console.log(`# heap growth while ${articles} articles' stories are compared (seed ${seed}, 4 MB semi-spaces, node ${process.version})`);
  const on = runChild(articles, seed, true);
  const off = runChild(articles, seed, false);
  console.log(`  pretenuring on (V8's default)   ${on.growthMb.toFixed(0)} MB   peak RSS ${on.peakRssMb.toFixed(0)} MB`);
  console.log(`  pretenuring off                 ${off.growthMb.toFixed(0)} MB   peak RSS ${off.peakRssMb.toFixed(0)} MB`);
  console.log(`  ratio on/off                    ${(on.growthMb / off.growthMb).toFixed(2)}`);
}

main();
