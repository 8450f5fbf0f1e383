/** The example scripts users run first: each must run and print what it promises. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const run = (file: string, args: string[] = []) =>
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'examples', file), ...args], { cwd: root, encoding: 'utf8' });

describe('examples', () => {
  it('cross-reference.ts prints the conflicts with their evidence', () => {
    const out = run('cross-reference.ts');
    expect(out).toMatch(/numeric-conflict: Sources disagree .*more than 1,500/);
    expect(out).toMatch(/river-post @\d+-\d+: "more than 1,500"/);
    expect(out).toContain('name-variant');
  });

  it('cross-reference.ts --markdown appends the Markdown report', () => {
    expect(run('cross-reference.ts', ['--markdown'])).toContain('## Conflicts');
  });

  it('incremental-index.ts adds articles one by one and reloads the saved index', () => {
    const out = run('incremental-index.ts');
    expect(out).toMatch(/\+ evening-reprint +4 articles/);
    expect(out).toContain('Same report after reload: true');
  });

  it('stages.ts shows each stage on one article', () => {
    const out = run('stages.ts');
    expect(out).toMatch(/\[navigation\]/);
    expect(out).toMatch(/figure: "more than 1,500" = 1500 people/);
  });
});
