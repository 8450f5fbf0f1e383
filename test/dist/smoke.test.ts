/**
 * The built package as a user gets it: `require` and `import` by package name
 * (Node resolves a package's own name through its exports map), and the CLI.
 * `npm test` builds dist/ first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

const ARTICLES = `JSON.stringify([
  { id: 'a', text: 'Officials said more than 1,000 soldiers fled across the border on Monday.' },
  { id: 'b', text: 'More than 1,500 soldiers fled across the border on Monday, officials said.' },
])`;

describe('built package', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it first).');
  });

  it('loads through require without printing anything', () => {
    const out = node(['-e', `const c = require('corroborate'); const r = c.crossReference(JSON.parse(${ARTICLES})); process.stdout.write(JSON.stringify({ v: r.schemaVersion, kinds: r.findings.map(f => f.kind), fns: typeof c.splitSentences }));`]);
    const parsed = JSON.parse(out);
    expect(parsed.v).toBe(2);
    expect(parsed.fns).toBe('function');
    expect(parsed.kinds).toContain('numeric-conflict');
  });

  it('loads through import (ESM) with the same result', () => {
    const out = node(['--input-type=module', '-e', `import { crossReference, CorroborateError } from 'corroborate'; const r = crossReference(JSON.parse(${ARTICLES})); let code; try { crossReference('nope'); } catch (e) { code = e instanceof CorroborateError && e.code; } process.stdout.write(JSON.stringify({ v: r.schemaVersion, kinds: r.findings.map(f => f.kind), code }));`]);
    const parsed = JSON.parse(out);
    expect(parsed.v).toBe(2);
    expect(parsed.kinds).toContain('numeric-conflict');
    expect(parsed.code).toBe('INVALID_ARTICLES');
  });

  it('ships type declarations for both module systems', () => {
    for (const file of ['index.d.ts', 'index.d.mts']) expect(existsSync(join(root, 'dist', file))).toBe(true);
  });

  it('runs the CLI and prints only JSON on stdout', () => {
    const dir = join(root, 'examples', 'articles');
    const out = node([join(root, 'dist', 'cli.js'), '--format', 'json', '--meta', join(dir, 'sources.json'), dir]);
    const report = JSON.parse(out);
    expect(report.schemaVersion).toBe(2);
    expect(report.articles.length).toBeGreaterThanOrEqual(4);
  });

  it('has the CLI load the library beside it, not a second copy of it', () => {
    const cli = readFileSync(join(root, 'dist', 'cli.js'), 'utf8');
    expect(cli).toContain('require("./index.js")');
    expect(statSync(join(root, 'dist', 'cli.js')).size).toBeLessThan(statSync(join(root, 'dist', 'index.js')).size / 4);
  });
});
