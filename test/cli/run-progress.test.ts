import fs from 'node:fs';
import { PROGRESS_MIN_ARTICLES } from '../../src/cli/analyze-with-progress';
import { crossReference } from '../../src/cross-reference';
import { renderJson } from '../../src/report/render-json';
import type { Report } from '../../src/types';
import { ANSI, makeTempDir, runCli, writeFile, type HarnessOptions } from './cli-harness';

// The real pipeline: the progress path analyses article by article through an
// index, and its report must be the one crossReference gives.
const STORY: Record<string, string> = {
  'dock-gazette': 'Port officials said 120 workers walked out on Tuesday over unpaid wages.',
  'quay-times': 'About 300 dock workers joined the strike on Tuesday, union leaders said.',
  'harbour-news': 'The strike at the port drew 120 workers, according to officials.',
  'tide-report': 'Union leaders said the walkout over wages began on Tuesday at the port.',
  'bay-herald': 'Officials denied that 300 workers had joined the strike.',
  'anchor-post': 'Shipping was delayed for two days after the port strike began.',
};

let dir: string;

beforeAll(() => {
  dir = makeTempDir();
  for (const [id, text] of Object.entries(STORY)) writeFile(dir, `story/${id}.txt`, text);
  writeFile(dir, 'small/a.txt', STORY['dock-gazette']);
  writeFile(dir, 'small/b.txt', STORY['quay-times']);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[], options?: HarnessOptions) => runCli(dir, args, options);

/** The last frame the bar drew, without cursor and colour codes. */
function frames(err: string): string {
  return err.replace(/\u001b(\[[\d;?]*[A-Za-z]|[78])/g, '');
}

describe('progress bar', () => {
  it('draws on a terminal stderr for enough articles, and the report is the same as without it', () => {
    expect(Object.keys(STORY).length).toBeGreaterThanOrEqual(PROGRESS_MIN_ARTICLES);
    const plain = cli(['--format', 'json', 'story']);
    const withBar = cli(['--format', 'json', 'story'], { stderrTTY: true });
    expect(plain).toMatchObject({ code: 0, err: '' });
    expect(withBar.code).toBe(0);
    expect(withBar.out).toBe(plain.out);
    expect(withBar.out).not.toMatch(ANSI);
    const shown = frames(withBar.err);
    expect(shown).toContain(`0/${Object.keys(STORY).length} articles`);
    expect(shown).toContain(`${Object.keys(STORY).length}/${Object.keys(STORY).length} articles | cross-referencing`);
    // After the bar is cleared, the summary line closes stderr.
    expect(shown).toMatch(/\d+ findings? (\([^)]*\) )?in 6 articles\n$/);
  });

  it('gives the report crossReference gives on the same articles', () => {
    const withBar = cli(['--format', 'json', 'story'], { stderrTTY: true });
    const articles = Object.keys(STORY)
      .sort()
      .map((id) => ({ id, text: STORY[id] }));
    const expected: Report = crossReference(articles);
    expect(withBar.out).toBe(renderJson(expected));
  });

  it('never draws when stderr is not a terminal, for few articles, or with --quiet', () => {
    expect(cli(['story']).err).toBe('');
    const few = cli(['small'], { stderrTTY: true });
    expect(frames(few.err)).not.toContain('articles |');
    expect(frames(few.err)).toMatch(/in 2 articles\n$/);
    expect(cli(['--quiet', 'story'], { stderrTTY: true }).err).toBe('');
  });

  it('clears the bar and reports one line when the input is rejected mid-run', () => {
    writeFile(dir, 'meta.json', JSON.stringify({ articles: [{ id: 'bay-herald', publishedAt: 'last week' }] }));
    const result = cli(['--meta', 'meta.json', 'story'], { stderrTTY: true, env: { NO_COLOR: '1' } });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(frames(result.err)).toMatch(/corroborate: invalid input \(INVALID_DATE\)[^\n]*\n$/);
  });
});

describe('--fail-on on the real pipeline', () => {
  it('exits by --fail-on on the real findings', () => {
    const report = JSON.parse(cli(['--format', 'json', 'story']).out) as Report;
    expect(report.findings.length).toBeGreaterThan(0);
    const worst = report.findings.some((f) => f.severity === 'high') ? 'high' : report.findings.some((f) => f.severity === 'medium') ? 'medium' : 'low';
    expect(cli(['--fail-on', worst, 'story']).code).toBe(1);
    expect(cli(['--fail-on', 'low', 'story']).code).toBe(1);
    if (worst !== 'high') expect(cli(['--fail-on', 'high', 'story']).code).toBe(0);
  });
});
