/**
 * Runs the real corpus in ../shared/corpus/tehran-talks-2021 (when present) and
 * prints which items of its EXPECTED.md the report shows. A measurement, not a
 * test: the library never sees these expectations.
 *
 *   npm run eval
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossReference, renderJson } from '../src/index';
import type { ArticleInput, Finding, Report } from '../src/index';

const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus', 'tehran-talks-2021');

function loadCorpus(): ArticleInput[] {
  const meta = JSON.parse(readFileSync(join(CORPUS, 'sources.json'), 'utf8')) as {
    articles: { id: string; file: string; source?: string; publishedAt?: string }[];
  };
  return meta.articles.map((a) => ({ id: a.id, text: readFileSync(join(CORPUS, a.file), 'utf8'), source: a.source, publishedAt: a.publishedAt }));
}

const values = (f: Finding) => f.evidence.map((e) => e.value);
const conflictWith = (r: Report, a: number, b: number) =>
  r.findings.some((f) => f.kind === 'numeric-conflict' && values(f).includes(a) && values(f).includes(b));
const anyConflictWith = (r: Report, v: number) => r.findings.some((f) => f.kind === 'numeric-conflict' && values(f).includes(v));
const findingAbout = (r: Report, kind: Finding['kind'], articleId: string, text: RegExp) =>
  r.findings.some((f) => f.kind === kind && f.evidence.some((e) => e.articleId === articleId && text.test(claimText(r, e.claimId) ?? e.text)));
const claimText = (r: Report, id?: string) => r.claims.find((c) => c.id === id)?.text;
const grouped = (r: Report, a: string, b: string) =>
  r.entities.some((e) => e.variants.some((v) => v.includes(a)) && e.variants.some((v) => v.includes(b)));
const skippedText = (r: Report, articles: ArticleInput[], text: RegExp) =>
  r.articles.some((a) => a.skipped.some((s) => text.test(articles.find((x) => x.id === a.id)!.text.slice(s.span.start, s.span.end))));

function spansSliceBack(r: Report, articles: ArticleInput[]): boolean {
  const text = new Map(articles.map((a) => [a.id, a.text]));
  const ok = (id: string, span: { start: number; end: number }, t: string) => text.get(id)?.slice(span.start, span.end) === t;
  return (
    r.claims.every((c) => ok(c.articleId, c.span, c.text) && c.quantities.every((q) => ok(c.articleId, q.span, q.text))) &&
    r.findings.every((f) => f.evidence.every((e) => ok(e.articleId, e.span, e.text)))
  );
}

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`eval: skipped, corpus not found at ${CORPUS}`);
    return;
  }
  const articles = loadCorpus();
  const started = process.hrtime.bigint();
  const report = crossReference(articles);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const reversed = crossReference([...articles].reverse());

  const checks: [string, boolean][] = [
    ['conflict: over 1,000 vs more than 1,500 soldiers', conflictWith(report, 1000, 1500)],
    ['conflict: 1,357 km vs 900 km border', conflictWith(report, 1357, 900)],
    ['85% claim is single-source', findingAbout(report, 'single-source', 'moscow-talks', /85/)],
    ['85% claim is contested', findingAbout(report, 'contested', 'moscow-talks', /85/)],
    ['single-source: two-thirds of the border', findingAbout(report, 'single-source', 'amn-rferl', /two-thirds/)],
    ['single-source: 200 prisoners', findingAbout(report, 'single-source', 'iran-outlet', /200 prisoners/)],
    ['single-source: Islam Qala crossing', findingAbout(report, 'single-source', 'voa', /Islam Qala/)],
    ['no conflict: 3 million vs several million refugees', !anyConflictWith(report, 3_000_000)],
    ['no conflict: 90 vs more than 90 percent', !anyConflictWith(report, 90)],
    ['no conflict: 20,000 reservists vs 20,000 soldiers', !anyConflictWith(report, 20_000)],
    ['names: Stanekzai / Stanikzai', grouped(report, 'Stanekzai', 'Stanikzai')],
    ['names: Qanuni / Qanooni', grouped(report, 'Qanuni', 'Qanooni')],
    ['names: Muttaqi / Mottaki', grouped(report, 'Muttaqi', 'Mottaki')],
    ['names: Massoud / Masood', grouped(report, 'Massoud', 'Masood')],
    ['names: Qala-e-Naw / Qalat-i-Naw', grouped(report, 'Qala-e-Naw', 'Qalat-i-Naw')],
    ['names: Mohammad / Muhammad Javad Zarif', grouped(report, 'Mohammad Javad Zarif', 'Muhammad Javad Zarif')],
    ['names: Zamir / Samir Kabulov', grouped(report, 'Zamir Kabulov', 'Samir Kabulov')],
    ['noise: "Read Also" teaser skipped', skippedText(report, articles, /^Read Also/i)],
    ['noise: "Leave A Reply" skipped', skippedText(report, articles, /Leave A Reply/i)],
    ['noise: "FILE -" caption skipped', skippedText(report, articles, /^FILE\s*-/)],
    ['noise: navigation skipped', skippedText(report, articles, /^Navigation$/)],
    ['noise: trailing tag skipped', skippedText(report, articles, /^Child Marriage$/)],
    ['reprint counted as its origin', report.clusters.length > 0],
    ['same report in reverse article order', renderJson(report) === renderJson(reversed)],
    ['every span slices back to its text', spansSliceBack(report, articles)],
  ];

  for (const [name, ok] of checks) console.log(`${ok ? 'found  ' : 'MISSING'}  ${name}`);
  const found = checks.filter(([, ok]) => ok).length;
  console.log(`\n${found}/${checks.length} expected items; ${report.claims.length} claims, ${report.clusters.length} clusters, ${report.findings.length} findings in ${ms.toFixed(0)} ms`);
  if (process.argv.includes('--findings')) for (const f of report.findings) console.log(`[${f.severity}] ${f.kind}: ${f.summary}`);
}

main();
