/**
 * Child process of hostile-input.test.ts: builds a hostile text by name, runs
 * crossReference and each stage on it, checks spans, and answers with the
 * problems found (empty = all good). A separate process, so a hang can be
 * killed from outside; forked once and reused, so src is loaded only once.
 */
import { crossReference, cleanArticle, splitSentences, extractClaims, extractQuantities, extractEntities, renderJson, validateReport } from '../../src/index';
import type { ArticleInput, Span } from '../../src/index';
import { brokenSpans, uncoveredText } from '../helpers/invariants';
import { HOSTILE, prose } from './hostile-texts';

function slices(where: string, text: string, items: readonly { text: string; span: Span }[], offset = 0): string[] {
  const bad: string[] = [];
  for (const item of items) {
    const { start, end } = item.span;
    const ok = Number.isInteger(start) && Number.isInteger(end) && start >= offset && start <= end && end - offset <= text.length;
    if (!ok || text.slice(start - offset, end - offset) !== item.text) bad.push(`${where} ${start}-${end}`);
  }
  return bad;
}

function check(name: string): string[] {
  const make = HOSTILE[name];
  if (!make) return [`unknown case ${name}`];
  const text = make();
  const problems: string[] = [];

  // The pipeline: the hostile article alone, and beside an ordinary one so clustering and comparing run.
  const companion: ArticleInput = { id: 'companion', text: prose(3000, 11), publishedAt: '2024-03-02' };
  const hostile: ArticleInput = { id: 'hostile', text, publishedAt: '2024-03-01' };
  // The full text alone; a slice of it beside the companion (comparing is the costly part, not what is hostile).
  const slice: ArticleInput = { ...hostile, text: text.slice(0, 20_000) };
  for (const articles of [[hostile], [slice, companion]]) {
    const report = crossReference(articles);
    problems.push(...brokenSpans(report, articles).slice(0, 5));
    for (const a of articles) problems.push(...uncoveredText(report, a).slice(0, 3).map((g) => `uncovered in ${a.id}: ${JSON.stringify(g.slice(0, 40))}`));
    problems.push(...validateReport(JSON.parse(renderJson(report))).slice(0, 5).map((p) => `validateReport: ${p}`));
  }

  // Each stage on its own (crossReference already ran them over all of a longer text: 200 KB of it here).
  const stageText = text.length > 250_000 ? text.slice(0, 200_000) : text;
  const cleaned = cleanArticle({ ...hostile, text: stageText });
  problems.push(...slices('clean block', stageText, cleaned.blocks).slice(0, 5));
  const sentences = splitSentences(stageText);
  problems.push(...slices('sentence', stageText, sentences).slice(0, 5));
  for (const sentence of sentences) {
    const { claims, skipped } = extractClaims(sentence);
    problems.push(...slices('claim', stageText, claims).slice(0, 5));
    for (const s of skipped) if (s.span.start < sentence.span.start || s.span.end > sentence.span.end) problems.push(`claim skip ${s.span.start}-${s.span.end}`);
  }
  problems.push(...slices('quantity', stageText, extractQuantities(stageText, { publishedAt: '2024-03-01' })).slice(0, 5));
  problems.push(...slices('entity', stageText, extractEntities(stageText)).slice(0, 5));
  // Offsets: a stage given an offset reports spans shifted by it.
  const offset = 1000;
  problems.push(...slices('sentence+offset', stageText, splitSentences(stageText, { offset }), offset).slice(0, 5));
  return problems;
}

function result(name: string): { problems: string[]; error?: string } {
  try {
    return { problems: check(name) };
  } catch (error) {
    return { problems: [], error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error) };
  }
}

if (process.send) {
  // Forked by the test: answer case names one by one until disconnected.
  process.on('message', (name: string) => process.send?.({ name, ...result(name) }));
} else {
  // By hand: tsx test/reliability/run-hostile-case.ts "dots"
  process.stdout.write(JSON.stringify(result(process.argv[2] ?? '')) + '\n');
}
