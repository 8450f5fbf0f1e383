/**
 * Fuzz crossReference for a bounded time: random and mutated articles (the
 * example articles and, when present, ../shared/corpus texts: byte flips,
 * deletions, duplications, splices, hostile characters), random subsets, and
 * the report invariants checked on each run.
 *
 *   tsx bench/fuzz.ts [--seconds N] [--seed S]
 *
 * Prints runs and failures by kind; the first failing input of each kind is
 * saved under test-output/fuzz/. Exit code 1 when anything failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { crossReference, renderJson, validateReport } from '../src/index';
import type { ArticleInput, Report } from '../src/index';
import { brokenSpans, uncoveredText } from '../test/helpers/invariants';
import { mulberry32 as prng } from './corpus/prng';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'test-output', 'fuzz');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const seconds = Number(arg('seconds') ?? 60);
const seed = Number(arg('seed') ?? Date.now() % 1_000_000);
if (!Number.isFinite(seconds) || seconds <= 0 || !Number.isFinite(seed)) {
  console.error('usage: tsx bench/fuzz.ts [--seconds N] [--seed S]');
  process.exit(2);
}

const rand = prng(seed);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];

/** Seed texts: the example articles, and the shared corpus when it is there. */
function seedTexts(): string[] {
  const texts: string[] = [];
  const readTxt = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const f of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, f);
      if (fs.statSync(p).isDirectory()) readTxt(p);
      else if (f.endsWith('.txt')) texts.push(fs.readFileSync(p, 'utf8'));
    }
  };
  readTxt(path.join(ROOT, 'examples', 'articles'));
  readTxt(path.resolve(ROOT, '..', 'shared', 'corpus'));
  return texts;
}
const SEEDS = seedTexts();

const HOSTILE = [
  '\u0000', '\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad', '\u202e', '\u200f', '\r', '\r\n', '\n\n', '\t', '\u2028', '\u2029',
  '😀', '👩‍👩‍👧', '🇺🇳', 'e\u0301', '\u0308', '\ud83d', '\ude00', 'ﬁ', 'İ', 'ß', 'سلام', 'שלום', '中文', '…', '—', '–', '-', '--',
  '"', '“', '”', '«', '»', "'", '’', '(', ')', '[', ']', '<script>', '</script>', '<p>', '&amp;', '...', '.', ',', ';', ':', '?', '!',
  'U.S.', 'Dr.', 'Mr.', 'a.m.', '1,500', '85%', '3.5', '1,2,3', '2021-07-08', '$', '€', '£', '½', '²', '0', '9999999999999999999',
  ' said ', ' according to ', ' denied ', ' not ', ' and ', 'A', 'Z',
];

type Mutation = (t: string) => string;
const at = (t: string) => int(t.length + 1);
const MUTATIONS: Record<string, Mutation> = {
  flip: (t) => {
    if (!t) return t;
    const i = int(t.length);
    return t.slice(0, i) + String.fromCharCode(t.charCodeAt(i) ^ (1 << int(16))) + t.slice(i + 1);
  },
  delete: (t) => {
    const i = at(t);
    return t.slice(0, i) + t.slice(i + 1 + int(40));
  },
  duplicate: (t) => {
    const i = at(t);
    const j = Math.min(t.length, i + 1 + int(200));
    return t.slice(0, j) + t.slice(i, j).repeat(1 + int(4)) + t.slice(j);
  },
  splice: (t) => {
    const other = pick(SEEDS);
    const i = at(t);
    const j = int(other.length + 1);
    return t.slice(0, i) + other.slice(j, j + int(400)) + t.slice(i);
  },
  hostile: (t) => {
    const i = at(t);
    return t.slice(0, i) + pick(HOSTILE).repeat(1 + (rand() < 0.1 ? int(300) : int(3))) + t.slice(i);
  },
  truncate: (t) => t.slice(0, at(t)),
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

/** A random text: a mutated seed most of the time, otherwise hostile pieces strung together. */
function randomText(): string {
  if (rand() < 0.15 || SEEDS.length === 0) return Array.from({ length: int(60) }, () => pick(HOSTILE) + (rand() < 0.5 ? ' ' : '')).join('');
  let text = pick(SEEDS);
  const count = 1 + int(8);
  for (let k = 0; k < count; k++) text = MUTATIONS[pick(MUTATION_NAMES)](text);
  return text;
}

function randomArticles(): ArticleInput[] {
  const n = 1 + int(4);
  return Array.from({ length: n }, (_, i) => ({
    id: `fz-${i}-${int(1000)}`,
    text: randomText(),
    ...(rand() < 0.7 && { publishedAt: `2021-07-0${1 + int(9)}` }),
    ...(rand() < 0.5 && { source: pick(['River Post', 'Capital Desk', 'Northern Wire', 'river post']) }),
  }));
}

/** The invariants, as failure kinds (empty = all good). */
function check(articles: ArticleInput[]): { kind: string; detail: string }[] {
  const failures: { kind: string; detail: string }[] = [];
  let report: Report;
  try {
    report = crossReference(articles);
  } catch (error) {
    return [{ kind: 'throws', detail: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }];
  }
  const broken = brokenSpans(report, articles);
  if (broken.length) failures.push({ kind: 'broken-span', detail: broken.slice(0, 5).join('\n') });
  for (const a of articles) {
    const gaps = uncoveredText(report, a);
    if (gaps.length) failures.push({ kind: 'uncovered-text', detail: `${a.id}: ${gaps.slice(0, 3).map((g) => JSON.stringify(g.slice(0, 60))).join(', ')}` });
  }
  try {
    const reversed = crossReference([...articles].reverse());
    if (renderJson(reversed) !== renderJson(report)) failures.push({ kind: 'order-dependent', detail: 'report differs when the articles come in reverse order' });
  } catch (error) {
    failures.push({ kind: 'throws', detail: `reverse order: ${error instanceof Error ? error.message : String(error)}` });
  }
  try {
    const json = renderJson(report);
    const parsed = JSON.parse(json) as unknown;
    if (JSON.stringify(parsed) !== JSON.stringify(JSON.parse(JSON.stringify(report)))) failures.push({ kind: 'json-round-trip', detail: 'renderJson does not parse back to the report' });
    const problems = validateReport(parsed);
    if (problems.length) failures.push({ kind: 'invalid-report', detail: problems.slice(0, 5).join('\n') });
  } catch (error) {
    failures.push({ kind: 'json-round-trip', detail: error instanceof Error ? error.message : String(error) });
  }
  return failures;
}

function save(kind: string, articles: ArticleInput[], detail: string): string {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${kind}.json`);
  fs.writeFileSync(file, JSON.stringify({ seed, kind, detail, articles }, null, 2) + '\n');
  return path.relative(ROOT, file);
}

const deadline = Date.now() + seconds * 1000;
let runs = 0;
let slowest = 0;
const byKind = new Map<string, number>();
const saved: string[] = [];
while (Date.now() < deadline) {
  const articles = randomArticles();
  const started = Date.now();
  const failures = check(articles);
  slowest = Math.max(slowest, Date.now() - started);
  runs++;
  for (const f of failures) {
    const n = byKind.get(f.kind) ?? 0;
    byKind.set(f.kind, n + 1);
    if (n === 0) {
      saved.push(save(f.kind, articles, f.detail));
      console.error(`first ${f.kind}: ${f.detail.split('\n')[0]}`);
    }
  }
}

console.log(`fuzz: seed ${seed}, ${seconds} s, ${SEEDS.length} seed texts, ${runs} runs, slowest run ${slowest} ms`);
if (byKind.size === 0) {
  console.log('no failures');
} else {
  for (const [kind, n] of [...byKind].sort()) console.log(`  ${kind}: ${n}`);
  console.log(`first failing inputs: ${saved.join(', ')}`);
}
process.exit(byKind.size ? 1 : 0);
