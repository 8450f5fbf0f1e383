/** --workers: the binary's entry (runAsync) runs the feed in worker threads and prints the same report. */
import fs from 'node:fs';
import { generateCorpus } from '../../bench/generate-corpus';
import { makeTempDir, runCli, runCliAsync, writeFile } from './cli-harness';

const dir = makeTempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Enough articles and stories that both phases go to the threads.
const feed = generateCorpus({ articles: 64, stories: 8, seed: 5 }).articles;
beforeAll(() => {
  for (const a of feed) writeFile(dir, `feed/${a.id}.txt`, a.text);
});

describe('corroborate --workers', () => {
  it('prints the same JSON report with --workers 2 as in one thread', async () => {
    const args = ['--stories', 'split', '--format', 'json', 'feed'];
    const single = runCli(dir, args);
    const threaded = await runCliAsync(dir, [...args, '--workers', '2']);
    expect(single.code).toBe(0);
    expect(threaded.code).toBe(0);
    expect(threaded.err).toBe('');
    expect(threaded.out).toBe(single.out);
    expect(JSON.parse(threaded.out).findings.length).toBeGreaterThan(0);
  });

  it('draws the progress bar on a terminal stderr, articles then stories, and prints the same report', async () => {
    const args = ['--stories', 'split', '--format', 'json', 'feed'];
    const plain = await runCliAsync(dir, [...args, '--workers', '2']);
    const withBar = await runCliAsync(dir, [...args, '--workers', '2'], { stderrTTY: true });
    expect(withBar.code).toBe(0);
    expect(withBar.out).toBe(plain.out);
    const shown = withBar.err.replace(/\u001b(\[[\d;?]*[A-Za-z]|[78])/g, '');
    expect(shown).toContain(`0/${feed.length} articles | reading claims`);
    expect(shown).toContain(`${feed.length}/${feed.length} articles | reading claims`);
    expect(shown).toMatch(/(\d+)\/\1 stories \| cross-referencing/);
    expect(shown).toMatch(/\d+ findings? (\([^)]*\) )?in 64 articles\n$/);
    // --quiet: no bar.
    const quiet = await runCliAsync(dir, [...args, '--workers', '2', '--quiet'], { stderrTTY: true });
    expect(quiet.err).toBe('');
  });

  it('runs in the calling thread through run(), with the same report', () => {
    const args = ['--format', 'json', `feed/${feed[0]!.id}.txt`, `feed/${feed[1]!.id}.txt`];
    const withFlag = runCli(dir, [...args, '--workers', '2']);
    expect(withFlag.code).toBe(0);
    expect(JSON.parse(withFlag.out).articles).toHaveLength(2);
    expect(withFlag.out).toBe(runCli(dir, args).out);
  });

  it('rejects a count that is not a whole number >= 0 with exit 2 and one line', async () => {
    for (const bad of ['-1', '1.5', 'two', '']) {
      const r = await runCliAsync(dir, ['--workers', bad, 'feed']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^corroborate: --workers must be a whole number >= 0, got '.*'\n$/);
    }
  });

  it('reports misuse and unreadable input through runAsync as run does', async () => {
    const missing = await runCliAsync(dir, ['--workers', '2', 'no-such-file.txt']);
    expect(missing).toEqual(runCli(dir, ['no-such-file.txt']));
    expect(missing.code).toBe(2);
  });
});
