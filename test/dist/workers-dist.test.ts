/**
 * crossReferenceAsync from the built package: dist/index.js (require) and
 * dist/index.mjs (import) both find dist/worker.js and give the report
 * crossReference gives. Each runs in a fresh Node process, as a user's would,
 * with Worker wrapped to count the threads started (workers: 2 is the calling
 * thread and one worker thread). Build first: `npx tsup`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExampleArticles } from '../../examples/load-example-articles';
import { generatedArticles } from '../parallel/generated-articles';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');

/** Counts Worker constructions for both module systems (syncBuiltinESMExports updates `import { Worker }`). */
const COUNT_WORKERS = `
  const wt = require('node:worker_threads');
  let started = 0;
  const Original = wt.Worker;
  wt.Worker = class extends Original { constructor(...args) { super(...args); started += 1; } };
  require('node:module').syncBuiltinESMExports();
  const articles = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'));
  const finish = async (lib) => {
    const expected = lib.renderJson(lib.crossReference(articles));
    const parallel = lib.renderJson(await lib.crossReferenceAsync(articles, { workers: 2 }));
    let code;
    try { await lib.crossReferenceAsync(articles, { workers: -1 }); } catch (e) { code = e instanceof lib.CorroborateError && e.code; }
    process.stdout.write(JSON.stringify({ same: parallel === expected, started, code, findings: JSON.parse(parallel).findings.length }));
  };`;

function run(load: string, articlesFile: string): { same: boolean; started: number; code: string; findings: number } {
  const script = `${COUNT_WORKERS}\n${load}`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, articlesFile], { cwd: root, encoding: 'utf8' }));
}

describe('crossReferenceAsync in the built package', () => {
  let dir: string;
  let articlesFile: string;

  beforeAll(() => {
    if (!existsSync(join(dist, 'worker.js'))) throw new Error('dist/worker.js is missing: run `npx tsup` (npm test builds first).');
    dir = mkdtempSync(join(tmpdir(), 'corroborate-workers-'));
    articlesFile = join(dir, 'articles.json');
    writeFileSync(articlesFile, JSON.stringify([...loadExampleArticles(), ...generatedArticles(60)]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('CommonJS: require(dist/index.js) starts a worker thread for workers: 2 and gives the same report', () => {
    const out = run(`finish(require(${JSON.stringify(join(dist, 'index.js'))}));`, articlesFile);
    expect(out).toEqual({ same: true, started: 1, code: 'INVALID_OPTION', findings: expect.any(Number) });
    expect(out.findings).toBeGreaterThan(0);
  });

  it('ESM: import(dist/index.mjs) starts a worker thread for workers: 2 and gives the same report', () => {
    const url = `file://${join(dist, 'index.mjs')}`;
    const out = run(`import(${JSON.stringify(url)}).then(finish);`, articlesFile);
    expect(out).toEqual({ same: true, started: 1, code: 'INVALID_OPTION', findings: expect.any(Number) });
  });

  it('the worker script runs on its own and replies in the pool’s protocol, to both kinds of task', () => {
    const script = `
      const { Worker } = require('node:worker_threads');
      const w = new Worker(${JSON.stringify(join(dist, 'worker.js'))});
      const replies = [];
      w.on('message', (m) => {
        replies.push(m);
        if (replies.length < 2) return;
        const [analyzed, compared] = replies;
        process.stdout.write(JSON.stringify({
          tasks: [analyzed.task, compared.task],
          analyses: analyzed.result.length, claims: analyzed.result[0].claims.length, article: analyzed.result[0].article,
          stories: compared.result.length, clusters: compared.result[0].clusters.length, origins: compared.result[0].origins,
        }));
        w.terminate();
      });
      const article = { id: 'x', text: 'More than 400 workers walked out on Friday, the union said.' };
      w.postMessage({ task: 7, payload: { kind: 'analyze', articles: [article] } });
      const story = { articles: [{ article, cleaned: { blocks: [], wireCredits: [] } }], claims: [], idByName: {} };
      w.postMessage({ task: 8, payload: { kind: 'compare-stories', stories: [story], options: {} } });`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
    expect(out).toEqual({ tasks: [7, 8], analyses: 1, claims: 1, article: null, stories: 1, clusters: 0, origins: [['x', 'articlex']] });
  });
});
