/**
 * Runs the invented multi-outlet stories in bench/stories/ (quake, strike,
 * boat, bank, crash, trade, wildfire, election, chemical, protest) and prints which items of each story's expected.json the
 * report shows. A measurement, not a test: the library never sees these
 * expectations, and the exit code is 0 whatever the score (1 only when a
 * story's files are missing or malformed).
 *
 *   npm run eval:stories            (--findings also prints every finding)
 *   npm run eval:holdout            (the same over bench/stories-holdout/: stories
 *                                    written apart from the library and not used
 *                                    to tune it; see its README)
 *   tsx bench/eval-stories.ts --dir DIR   (any directory of stories)
 *
 * Each story directory holds the article .txt files, and:
 *
 * sources.json   { "articles": [{ "id", "file", "source", "publishedAt" }] }
 *
 * expected.json  { "story": "quake",
 *                  "mustShow":    [{ "id", "kind", "what", "evidence": [REQ, ...], "note"? }],
 *                  "mustNotShow": [{ "id", "kind", "what", "together" | "alone" | "never": [...], "note"? }],
 *                  "notes"?:      [{ "id", "kind", "what" }] }      (kept for the record, not scored)
 *
 *   REF = { "article": "<id>", "text": "<exact text of that article>" }
 *   REQ = REF | { "anyOf": [REF, ...] }             (any one of them will do)
 *
 * An evidence of a finding matches a REF when it is from that article and its
 * span contains an occurrence of the text or lies inside one: the figure
 * "more than 20,000" matches "more than 20,000 displaced"; the claim
 * "... more than 1,000 workers had returned to their posts." matches
 * "more than 1,000 workers had returned". Case counts.
 *
 * mustShow kinds: numeric-conflict, date-conflict (the figures of each listed
 * article), contested (the claim and its rejection), single-source (the lone
 * figure), name-variant (the spellings): found when ONE finding of that kind
 * matches every REQ. figure-update: every REQ is the later figure (the span)
 * of some figure-update diagnostic.
 *
 * mustNotShow (kind: a finding kind, or "any"): a false finding when one
 * finding of that kind
 *   together  matches every REQ and the matched figures have different values,
 *             more than 5% apart (agreeing figures set against each other; the
 *             same value, or one within the library's default tolerance, on one
 *             side of a conflict is fine);
 *   alone     (REFs) has two or more figures, all matching these REFs, with
 *             values more than 5% apart (a conflict made only of agreeing figures);
 *   never     (REFs) has a figure evidence matching any of them (non-claims,
 *             figures of another fact).
 *
 * The stories and expectations were written by the team (invented wording);
 * test/bench/eval-stories.test.ts checks that every text occurs in its article.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crossReference } from '../src/index';
import type { ArticleInput } from '../src/index';
import { scoreStory, type ItemResult, type StoryExpected } from './stories-score';

/** The stories' directory: `--dir DIR`, else bench/stories. */
function storiesDir(argv: readonly string[]): string {
  const i = argv.indexOf('--dir');
  if (i < 0) return join(__dirname, 'stories');
  if (!argv[i + 1] || argv[i + 1].startsWith('--')) fail('--dir needs a directory');
  return resolve(argv[i + 1]);
}

const STORIES = storiesDir(process.argv);

interface SourcesJson {
  articles: { id: string; file: string; source?: string; publishedAt?: string }[];
}

function fail(message: string): never {
  console.error(`eval:stories: ${message}`);
  process.exit(1);
}

function loadStory(name: string): { articles: ArticleInput[]; expected: StoryExpected } {
  const dir = join(STORIES, name);
  for (const f of ['sources.json', 'expected.json']) if (!existsSync(join(dir, f))) fail(`${name}: ${f} not found in ${dir}`);
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as SourcesJson;
  const articles = sources.articles.map((a) => {
    const file = join(dir, a.file);
    if (!existsSync(file)) fail(`${name}: article file ${a.file} (id "${a.id}") not found in ${dir}`);
    return { id: a.id, text: readFileSync(file, 'utf8'), source: a.source, publishedAt: a.publishedAt };
  });
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as StoryExpected;
  return { articles, expected };
}

const line = (tag: string, story: string, r: ItemResult) =>
  `${tag.padEnd(6)} ${story} ${r.id}  ${r.kind}: ${r.what}${!r.ok && r.detail ? `\n         (${r.detail})` : ''}`;

function main(): void {
  if (!existsSync(STORIES)) fail(`stories not found at ${STORIES}`);
  const names = readdirSync(STORIES).filter((n) => statSync(join(STORIES, n)).isDirectory()).sort();
  let found = 0, shows = 0, falses = 0, checks = 0, findings = 0, ms = 0;
  for (const name of names) {
    const { articles, expected } = loadStory(name);
    const started = process.hrtime.bigint();
    const report = crossReference(articles);
    const took = Number(process.hrtime.bigint() - started) / 1e6;
    const texts = Object.fromEntries(articles.map((a) => [a.id, a.text]));
    const score = scoreStory(expected, report, texts);

    console.log(`\n== ${name}`);
    for (const r of score.mustShow) console.log(line(r.ok ? 'found' : 'missed', name, r));
    for (const r of score.mustNotShow) console.log(line(r.ok ? 'ok' : 'false', name, r));
    const f = score.mustShow.filter((r) => r.ok).length;
    const bad = score.mustNotShow.filter((r) => !r.ok).length;
    console.log(`${name}: ${f}/${score.mustShow.length} expected items found, ${bad} false findings among ${score.mustNotShow.length} checks; ${report.findings.length} findings in ${took.toFixed(0)} ms`);
    if (process.argv.includes('--findings')) for (const x of report.findings) console.log(`  [${x.severity}] ${x.kind}: ${x.summary}`);

    found += f; shows += score.mustShow.length; falses += bad; checks += score.mustNotShow.length;
    findings += report.findings.length; ms += took;
  }
  console.log(`\nstories: ${found}/${shows} expected items found, ${falses} false findings among ${checks} checks; ${findings} findings in ${ms.toFixed(0)} ms`);
}

main();
