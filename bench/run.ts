/**
 * The scale benchmark: for each size, a synthetic feed (bench/generate-corpus.ts)
 * goes through crossReference in one call, each mode in a fresh child process
 * so peak RSS is per size and mode. Prints throughput, time, peak RSS, the scaling ratio, and
 * precision/recall of numeric-conflict findings against the ground truth;
 * then the import time of the built package when dist/ exists. It measures
 * the built package (dist/, built from this tree first), as users install it;
 * --source measures src/ through tsx instead (about a tenth slower).
 *
 *   bash bench/run [--sizes 1000,10000] [--stories N | --per-story-articles K]
 *                  [--seed S] [--timeout SECONDS] [--modes split,split-workers,one,per-story]
 *                  [--per-story-max N] [--json FILE] [--source]
 *
 * Modes (see run-size.ts): split (default) hands the whole feed to one call
 * with `stories: 'split'`; split-workers (default) does the same through
 * crossReferenceAsync with workers: 2 (this thread and a worker); one hands it over as one story;
 * per-story (default up to --per-story-max articles, 1000) makes one call per
 * true story.
 *
 * Internal: `--child SIZE --modes MODE` runs one size and prints its result as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { MODE_TITLES, runSize, type Mode, type ModeResult, type SizeResult } from './run-size';
import { importTime, type ImportTime } from './run-import-time';

const ROOT = path.resolve(__dirname, '..');

interface Args {
  sizes: number[];
  stories?: number;
  perStoryArticles: number;
  seed: number;
  timeout: number;
  modes: Mode[];
  modesAsked: boolean;
  /** Modes other than split and split-workers run only up to this many articles unless asked for with --modes (they repeat the work). */
  perStoryMax: number;
  json?: string;
  child?: number;
  /** Measure src/ through tsx instead of the built package (see bench/library.ts). */
  source: boolean;
}

function usage(message: string): never {
  console.error(`bench/run: ${message}`);
  console.error('usage: bash bench/run [--sizes 1000,10000] [--stories N | --per-story-articles K] [--seed S] [--timeout SECONDS] [--modes split,split-workers,one,per-story] [--per-story-max N] [--json FILE] [--source]');
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    if (i + 1 >= argv.length) usage(`--${name} needs a value`);
    return argv[i + 1];
  };
  const positive = (name: string, text: string | undefined, fallback: number): number => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0) usage(`--${name} must be a positive number (got "${text}")`);
    return n;
  };
  const sizes = (value('sizes') ?? '1000,10000').split(',').map((s) => positive('sizes', s.trim(), 0));
  if (sizes.some((s) => !Number.isInteger(s))) usage('--sizes must be whole numbers');
  const stories = value('stories');
  return {
    sizes,
    stories: stories === undefined ? undefined : positive('stories', stories, 0),
    perStoryArticles: positive('per-story-articles', value('per-story-articles'), 8),
    seed: positive('seed', value('seed'), 1),
    timeout: positive('timeout', value('timeout'), 900),
    modes: parseModes(value('modes')),
    modesAsked: value('modes') !== undefined,
    perStoryMax: positive('per-story-max', value('per-story-max'), 1000),
    json: value('json'),
    child: value('child') === undefined ? undefined : positive('child', value('child'), 0),
    source: argv.includes('--source'),
  };
}

const MODES: readonly Mode[] = ['split', 'split-workers', 'one', 'per-story'];

function parseModes(text: string | undefined): Mode[] {
  const modes = (text ?? 'split,split-workers,per-story').split(',').map((m) => m.trim());
  for (const m of modes) if (!MODES.includes(m as Mode)) usage(`--modes takes ${MODES.join(', ')} (got "${m}")`);
  return modes as Mode[];
}

const storiesFor = (args: Args, size: number) => Math.max(1, Math.min(size, args.stories ?? Math.round(size / args.perStoryArticles)));

/** Modes run at every size; the others only up to --per-story-max unless asked for. */
const ALWAYS: readonly Mode[] = ['split', 'split-workers'];

/** Runs each mode of one size in a child process of its own, so each has its own peak RSS. */
function runSizeInChildren(args: Args, size: number): SizeResult | undefined {
  let merged: SizeResult | undefined;
  for (const mode of args.modes.filter((m) => ALWAYS.includes(m) || args.modesAsked || size <= args.perStoryMax)) {
    const r = runChild(args, size, mode);
    if (!r) continue;
    merged = merged ? { ...merged, modes: { ...merged.modes, ...r.modes } } : r;
  }
  return merged;
}

/** Builds dist/ from this tree, so the package measured is the code checked out (users install the build). */
function buildPackage(): void {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (build.status !== 0) {
    console.error(`bench/run: npm run build failed (pass --source to measure src/ instead)\n${build.stderr}`);
    process.exit(1);
  }
}

/** Runs one mode of one size in a child process; undefined on timeout or failure (the reason is printed). */
function runChild(args: Args, size: number, mode: Mode): SizeResult | undefined {
  const childArgs = ['--import', 'tsx', path.join(__dirname, 'run.ts'), '--child', String(size), '--stories', String(storiesFor(args, size)), '--seed', String(args.seed)];
  childArgs.push('--modes', mode);
  const env = { ...process.env, CORROBORATE_BENCH_SOURCE: args.source ? '1' : '0' };
  const child = spawnSync(process.execPath, childArgs, { cwd: ROOT, env, encoding: 'utf8', timeout: args.timeout * 1000, maxBuffer: 64 << 20 });
  if (child.error || child.status !== 0) {
    const stderr = (child.stderr || String(child.error)).trim().split('\n');
    // The error line itself, then where it was thrown: enough to see which stage failed.
    const at = Math.max(0, stderr.findIndex((l) => /Error\b/.test(l)));
    const why = child.signal === 'SIGTERM' ? `timed out after ${args.timeout} s` : `${child.signal ?? `exit ${child.status}`}: ${stderr.slice(at, at + 3).map((l) => l.trim()).join(' | ')}`;
    const phases = (child.stdout ?? '').split('\n').filter((l) => l.startsWith('PHASE '));
    console.log(`\n## ${size} articles, ${mode}: FAILED during ${phases.length ? phases[phases.length - 1].slice(6) : 'start-up'}`);
    console.log(`  ${why}`);
    // The table still prints for the other sizes; the exit status says one failed.
    process.exitCode = 1;
    return undefined;
  }
  const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  return line ? (JSON.parse(line.slice(7)) as SizeResult) : undefined;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function printMode(title: string, r: SizeResult, m: ModeResult): void {
  const s = m.score;
  const c = m.copies;
  console.log(`  ${title}:`);
  console.log(`    total time     ${secs(m.ms)}`);
  console.log(`    articles/s     ${(r.articles / (m.ms / 1000)).toFixed(1)}`);
  console.log(`    claims/s       ${(m.claims / (m.ms / 1000)).toFixed(0)}  (${m.claims} claims, ${m.clusters} clusters)`);
  console.log(`    numeric-conflict precision ${pct(s.precision)} (${s.truePositives}/${s.findings}; ${s.crossStory} false positives mix stories)`);
  console.log(`    numeric-conflict recall    ${pct(s.recall)} (${s.found}/${s.alterations} altered figures found)`);
  console.log(`    wire copies found          ${c.found}/${c.copies} (${c.correct}/${c.reported} near-duplicate pairs within one wire story)`);
  console.log(`    peak RSS       ${m.peakRssMb.toFixed(0)} MB (this mode alone in a child process, generator included)`);
}

function printResult(r: SizeResult): void {
  console.log(`\n## ${r.articles} articles, ${r.stories} stories (seed ${r.seed}, ${r.words} words, generated in ${secs(r.generateMs)})`);
  for (const mode of MODES) if (r.modes[mode]) printMode(MODE_TITLES[mode], r, r.modes[mode]);
}

function printImportTime(t: ImportTime | undefined): void {
  if (!t) {
    console.log('\n## import time: dist/index.js not found (run `npx tsup` first)');
    return;
  }
  console.log(`\n## import time of dist/index.js (median of ${t.runs} runs)`);
  console.log(`  node -e "require('./dist/index.js')"  ${t.requireMs.toFixed(0)} ms`);
  console.log(`  node -e ""                            ${t.baselineMs.toFixed(0)} ms`);
  console.log(`  import cost                           ${(t.requireMs - t.baselineMs).toFixed(0)} ms`);
  console.log(`  printed on stdout while loading       ${t.stdout ? JSON.stringify(t.stdout.slice(0, 200)) : 'nothing'}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.child !== undefined) {
    const result = await runSize(args.child, storiesFor(args, args.child), args.seed, args.modes);
    console.log(`RESULT ${JSON.stringify(result)}`);
    return;
  }
  if (!args.source) buildPackage();
  console.log(`# corroborate scale benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version}, timeout ${args.timeout} s per size)`);
  console.log(`# measuring ${args.source ? 'src/ through tsx (--source)' : 'the built package, dist/index.js, built from this tree just now'}`);
  const results: SizeResult[] = [];
  for (const size of args.sizes) {
    const r = runSizeInChildren(args, size);
    if (r) {
      printResult(r);
      results.push(r);
    }
  }
  if (results.length >= 2) {
    const [small, large] = [results[0], results[results.length - 1]];
    const times = `for ${(large.articles / small.articles).toFixed(1)}x the articles`;
    for (const mode of MODES) {
      const [a, b] = [small.modes[mode], large.modes[mode]];
      if (a && b) console.log(`\n## scaling (${mode}): time(${large.articles}) / time(${small.articles}) = ${(b.ms / a.ms).toFixed(2)} ${times}`);
    }
  }
  const imports = importTime(ROOT);
  printImportTime(imports);
  if (args.json) fs.writeFileSync(args.json, JSON.stringify({ results, imports }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
