/**
 * The BullMQ example end to end on a real Redis server. Opt-in: it runs where
 * redis-server is installed (or REDIS_URL names a server) and skips, saying
 * why, where not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const root = join(__dirname, '..', '..');
const onPath = (command: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
const canRun = onPath('redis-server') || !!process.env.REDIS_URL;

if (!canRun) {
  console.warn('test/examples/distributed.test.ts skipped: redis-server is not installed (Debian: apt-get install redis-server) and REDIS_URL is not set.');
}

(canRun ? describe : describe.skip)('examples/distributed (BullMQ workers on Redis)', () => {
  it('spreads extraction over two worker processes and merges to the single-process report', () => {
    // SIGTERM on timeout lets run.sh's trap stop the Redis server it started.
    const run = spawnSync('bash', [join(root, 'examples', 'distributed', 'run.sh')], {
      cwd: root, encoding: 'utf8', timeout: 90_000, killSignal: 'SIGTERM',
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect({ status: run.status, output }).toEqual({ status: 0, output: expect.stringContaining('same report as single-process run: yes') });
    expect(run.stdout).toMatch(/JSON reports identical, sha256 [0-9a-f]{16}/);
    for (const id of ['northern-wire', 'river-post', 'capital-desk', 'evening-reprint']) {
      expect(run.stdout).toMatch(new RegExp(`${id} +analysed by worker-[12]`));
    }
    expect(run.stdout).toMatch(/Merged report: 4 articles, \d+ claims/);
  }, 100_000);
});
