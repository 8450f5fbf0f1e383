/**
 * One benchmark size, in this process: generate the feed, cross-reference it
 * in each asked mode (see Mode), and score the numeric conflicts and wire copies against the ground truth.
 * bench/run.ts starts one child per size so peak RSS is per size.
 */
import type { CrossReferenceOptions } from '../src';
import { library } from './library';
import type { ArticleInput, Diagnostic, Finding } from '../src/types';
import { generateCorpus } from './generate-corpus';
import type { GroundTruth } from './corpus/types';
import { scoreCopies, scoreFindings, storyOf, type CopyScore, type Score } from './run-score';

/**
 * split: all articles in one call with `stories: 'split'` (the library groups the feed into stories);
 * one: all articles in one call as if they told one story (the default options);
 * per-story: one call per story of the ground truth (the best a caller who already knows the stories can do);
 * split-workers: as split, through crossReferenceAsync with workers: 2 (this thread and one worker thread).
 */
export type Mode = 'split' | 'one' | 'per-story' | 'split-workers';

export const MODE_TITLES: Record<Mode, string> = {
  split: "split mode (all articles in one call, stories: 'split')",
  one: 'one-story mode (all articles in one call, default options)',
  'per-story': 'per-story mode (one call per story of the ground truth)',
  'split-workers': "split mode with workers: 2 (crossReferenceAsync: this thread and one worker thread)",
};

export interface ModeResult {
  ms: number;
  /** Peak resident set size of the child process that ran this mode alone, in MB (generator included). */
  peakRssMb: number;
  claims: number;
  clusters: number;
  score: Score;
  copies: CopyScore;
}

export interface SizeResult {
  articles: number;
  stories: number;
  seed: number;
  words: number;
  generateMs: number;
  modes: Partial<Record<Mode, ModeResult>>;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Marks the stage on stdout, so the parent can say where a crash or a timeout struck. */
const phase = (name: string) => console.log(`PHASE ${name}`);

function byStory(articles: readonly ArticleInput[]): ArticleInput[][] {
  const groups = new Map<string, ArticleInput[]>();
  for (const a of articles) {
    const key = storyOf(a.id);
    const list = groups.get(key) ?? [];
    list.push(a);
    groups.set(key, list);
  }
  return [...groups.values()];
}

/** Runs crossReference over each batch (through worker threads when `workers` > 1) and scores everything it found. */
async function timeBatches(batches: readonly ArticleInput[][], truth: GroundTruth, options: CrossReferenceOptions = {}, workers = 0): Promise<ModeResult> {
  const started = now();
  let claims = 0;
  let clusters = 0;
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const batch of batches) {
    const r = workers > 1 ? await library().crossReferenceAsync(batch, { ...options, workers }) : library().crossReference(batch, options);
    claims += r.claims.length;
    clusters += r.clusters.length;
    for (const f of r.findings) findings.push(f);
    for (const d of r.diagnostics) diagnostics.push(d);
  }
  const ms = now() - started;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { ms, peakRssMb, claims, clusters, score: scoreFindings(findings, truth), copies: scoreCopies(diagnostics, truth) };
}

export async function runSize(articles: number, stories: number, seed: number, modes: readonly Mode[]): Promise<SizeResult> {
  phase('generate');
  const started = now();
  const corpus = generateCorpus({ articles, stories, seed });
  const generateMs = now() - started;
  const words = corpus.articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
  const result: SizeResult = { articles, stories, seed, words, generateMs, modes: {} };
  for (const mode of modes) {
    phase(MODE_TITLES[mode]);
    result.modes[mode] =
      mode === 'per-story'
        ? await timeBatches(byStory(corpus.articles), corpus.truth)
        : await timeBatches([corpus.articles], corpus.truth, mode === 'one' ? {} : { stories: 'split' }, mode === 'split-workers' ? 2 : 0);
  }
  return result;
}
