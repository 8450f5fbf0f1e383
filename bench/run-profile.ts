/**
 * CPU profile of crossReference on one synthetic feed, summarised with src
 * file:line. The bench is bundled with esbuild and a source map first, since
 * under tsx the profiler sees every function at line 2 of transformed code.
 *
 *   npx tsx bench/run-profile.ts [--articles 1000] [--stories 125] [--seed 1] [--mode split|one|per-story]
 *                                [--top 15] [--timeout 900] [--out FILE]
 *
 * Prints (and writes to FILE) a Markdown table of the top self-time
 * functions and the inclusive time of each pipeline stage.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SourceMap } from 'node:module';

const ROOT = path.resolve(__dirname, '..');
const STAGES = [
  'crossReference', 'analyzeArticle', 'combineAnalyses', 'combineOwnAnalyses', 'prepareFeed', 'finishCombine', 'compareStory',
  'mergeStories', 'withEntityIds', 'storyInputs', 'nameVariantFindings', 'findNearDuplicates', 'groupEntities', 'clusterClaims',
  'compareClusters', 'compareAll', 'matchFigures', 'groupFacts', 'findNumericConflicts', 'findDateConflicts',
  'extractEntities', 'extractQuantities', 'extractClaims', 'cleanArticle', 'splitSentences', 'generateCorpus',
  'resolveOrigins', 'partitionStories', 'findNameVariants', 'toReportClaim',
];

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function run(cmd: string, args: string[], timeoutS: number): void {
  // The bundle holds src/ with its source map (that is what is profiled), so the
  // bench inside it must take src/, not look for dist/ beside the bundle.
  const env = { ...process.env, CORROBORATE_BENCH_SOURCE: '1' };
  const r = spawnSync(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'], timeout: timeoutS * 1000 });
  if (r.error || (r.status !== 0 && r.signal !== null)) throw new Error(`${cmd} ${args.join(' ')}: ${r.error ?? r.signal}`);
  // A non-zero exit (a crash in the library) still leaves the profile: report it and carry on.
  if (r.status !== 0) console.error(`run-profile: the profiled run exited with ${r.status}; the profile covers it up to the crash`);
}

/** "src/compare/match-figures.ts:92" for a frame, through the bundle's source map. */
function locate(frame: ProfileNode['callFrame'], map: SourceMap, bundleUrl: string): string {
  if (frame.url !== bundleUrl || frame.lineNumber < 0) return frame.url ? `${frame.url.replace(/^file:\/\//, '')}:${frame.lineNumber + 1}` : '';
  const e = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number };
  if (!e.originalSource) return '';
  return `${e.originalSource.replace(/^.*?\/(?=(src|bench|node_modules)\/)/, '')}:${(e.originalLine ?? 0) + 1}`;
}

function summarise(profile: Profile, map: SourceMap, bundleUrl: string, top: number): string {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} | ${locate(n.callFrame, map, bundleUrl)}`;

  const selfByFn = new Map<string, number>();
  for (const n of profile.nodes) if (self.get(n.id)) selfByFn.set(label(n), (selfByFn.get(label(n)) ?? 0) + self.get(n.id)!);

  // Inclusive time of each stage, counted once per call stack (recursion not doubled).
  const inclusive = new Map<string, number>();
  const walk = (id: number, open: ReadonlySet<string>): number => {
    const n = byId.get(id)!;
    const name = n.callFrame.functionName;
    const enters = STAGES.includes(name) && !open.has(name);
    const inside = enters ? new Set([...open, name]) : open;
    let t = self.get(id) ?? 0;
    for (const c of n.children ?? []) t += walk(c, inside);
    if (enters) inclusive.set(label(n), (inclusive.get(label(n)) ?? 0) + t);
    return t;
  };
  walk(profile.nodes[0].id, new Set());

  const ms = (us: number) => (us / 1000).toFixed(0);
  const pct = (us: number) => ((100 * us) / total).toFixed(1);
  const rows = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `| ${ms(t)} | ${pct(t)} | ${k} |`).join('\n');
  return [
    `Sampled ${(total / 1e6).toFixed(1)} s.`,
    '',
    `### Top ${top} functions by self time`,
    '| self ms | % | function | file:line |',
    '|---:|---:|---|---|',
    rows(selfByFn, top),
    '',
    '### Inclusive time by stage',
    '| ms | % | function | file:line |',
    '|---:|---:|---|---|',
    rows(inclusive, STAGES.length),
  ].join('\n');
}

function main(): void {
  const articles = arg('articles', '1000');
  const stories = arg('stories', String(Math.round(Number(articles) / 8)));
  const seed = arg('seed', '1');
  const mode = arg('mode', 'split');
  const top = Number(arg('top', '15'));
  const timeout = Number(arg('timeout', '900'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-profile-'));
  const bundle = path.join(work, 'run.js');
  run('npx', ['esbuild', 'bench/run.ts', '--bundle', '--platform=node', '--target=node20', '--sourcemap', `--outfile=${bundle}`, '--log-level=warning'], 120);
  run(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${work}`, bundle, '--child', articles, '--stories', stories, '--seed', seed, '--modes', mode], timeout);
  const file = fs.readdirSync(work).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${work}`);
  const profile = JSON.parse(fs.readFileSync(path.join(work, file), 'utf8')) as Profile;
  const map = new SourceMap(JSON.parse(fs.readFileSync(`${bundle}.map`, 'utf8')));
  const text = `## CPU profile: crossReference on ${articles} articles, ${stories} stories (seed ${seed}, ${mode} mode)\n\n${summarise(profile, map, `file://${bundle}`, top)}\n`;
  console.log(text);
  const out = arg('out', '');
  if (out) fs.writeFileSync(out, text);
  console.error(`run-profile: raw profile in ${path.join(work, file)} (open in Chrome DevTools > Performance)`);
}

main();
