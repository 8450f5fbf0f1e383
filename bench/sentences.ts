/**
 * Sentence splitter benchmark: Golden Rules score and throughput for ours,
 * natural's SentenceTokenizer and sbd, side by side; then ours (and sbd) on a
 * ~2 MB text, where per-call overhead no longer dominates, and a linearity
 * figure (time for 4x the text over time for 1x; 4.0 means linear).
 * Run: npx tsx bench/sentences.ts   (reads ../shared at run time; skips when absent)
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import sbd from 'sbd';
import { splitSentences } from '../src/sentences/split-sentences';
import { naturalSentences } from '../src/internal/nlp';

interface GoldenCase {
  id: number;
  input: string;
  expected: string[];
}

type Splitter = (text: string) => string[];

const SHARED = join(__dirname, '..', '..', 'shared');
const GOLDEN = join(SHARED, 'benchmarks', 'golden_rules_en.json');
const CORPUS = join(SHARED, 'corpus');
const BENCH_CHARS = 120_000;
const LARGE_CHARS = 2_000_000;

const splitters: Record<string, Splitter> = {
  corroborate: (text) => splitSentences(text).map((s) => s.text),
  'natural SentenceTokenizer': (text) => naturalSentences(text),
  sbd: (text) => sbd.sentences(text, { newline_boundaries: false }),
};

function goldenScore(split: Splitter, cases: GoldenCase[]): { passed: number; failed: number[] } {
  const failed: number[] = [];
  for (const c of cases) {
    let got: string[];
    try {
      got = split(c.input).map((s) => s.trim()).filter((s) => s.length > 0);
    } catch {
      got = [];
    }
    if (JSON.stringify(got) !== JSON.stringify(c.expected)) failed.push(c.id);
  }
  return { passed: cases.length - failed.length, failed };
}

/**
 * Bench text: every corpus article (and the Golden inputs) repeated to about
 * 120 KB. Kept small because natural's tokenizer is quadratic in input size.
 */
function benchText(cases: GoldenCase[], chars = BENCH_CHARS): string {
  const parts: string[] = cases.map((c) => c.input);
  if (existsSync(CORPUS)) {
    for (const dir of readdirSync(CORPUS)) {
      const folder = join(CORPUS, dir);
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt'))) parts.push(readFileSync(join(folder, file), 'utf8'));
    }
  }
  const unit = parts.join('\n\n');
  return unit.repeat(Math.max(1, Math.ceil(chars / unit.length)));
}

function megabytesPerSecond(split: Splitter, text: string): number {
  split(text.slice(0, 20_000)); // warm-up so the JIT does not count
  // Repeat for at least half a second so JIT and GC noise average out.
  let runs = 0;
  const begin = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < 0.5) {
    split(text);
    runs++;
    seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  }
  return (text.length * runs) / 1e6 / seconds;
}

/** Fastest of a few runs, in milliseconds (the minimum is the least noisy estimate). */
function bestMilliseconds(split: Splitter, text: string, runs = 5): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const begin = process.hrtime.bigint();
    split(text);
    best = Math.min(best, Number(process.hrtime.bigint() - begin) / 1e6);
  }
  return best;
}

/** Large text and linearity; natural is left out because it is quadratic. */
function largeText(cases: GoldenCase[]): void {
  const large = benchText(cases, LARGE_CHARS);
  console.log(`\nthroughput on ${(large.length / 1e6).toFixed(1)} MB (natural skipped: quadratic)\n`);
  for (const name of ['corroborate', 'sbd']) {
    const speed = megabytesPerSecond(splitters[name] as Splitter, large);
    console.log(`${name.padEnd(28)}${''.padEnd(10)}${speed.toFixed(1)}`);
  }
  const ours = splitters.corroborate as Splitter;
  // 1x is the large text itself: small inputs stay in V8's young generation and look unfairly fast.
  const one = large;
  const t1 = bestMilliseconds(ours, one);
  const t4 = bestMilliseconds(ours, one.repeat(4));
  console.log(
    `\nlinearity (corroborate): 1x ${(one.length / 1e6).toFixed(1)} MB ${t1.toFixed(1)} ms, ` +
      `4x ${t4.toFixed(1)} ms, ratio ${(t4 / t1).toFixed(2)} (4.00 = linear)`,
  );
}

function main(): void {
  if (!existsSync(GOLDEN)) {
    console.log(`skipped: ${GOLDEN} not found (the shared benchmarks folder is absent)`);
    return;
  }
  const cases = (JSON.parse(readFileSync(GOLDEN, 'utf8')) as { cases: GoldenCase[] }).cases;
  const text = benchText(cases);
  console.log(`Golden Rules (English, ${cases.length} cases); throughput on ${(text.length / 1e6).toFixed(1)} MB of news text\n`);
  console.log(`${'splitter'.padEnd(28)}${'golden'.padEnd(10)}${'MB/s'.padEnd(10)}failed cases`);
  for (const [name, split] of Object.entries(splitters)) {
    const { passed, failed } = goldenScore(split, cases);
    const speed = megabytesPerSecond(split, text);
    console.log(`${name.padEnd(28)}${`${passed}/${cases.length}`.padEnd(10)}${(speed < 1 ? speed.toFixed(3) : speed.toFixed(1)).padEnd(10)}${failed.join(' ')}`);
  }
  largeText(cases);
}

main();
