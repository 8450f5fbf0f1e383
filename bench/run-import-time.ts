/** How long `require('./dist/index.js')` takes over a bare `node -e ""`, and whether loading prints anything. */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export interface ImportTime {
  runs: number;
  requireMs: number;
  baselineMs: number;
  /** Whatever loading the package wrote to stdout (should be empty). */
  stdout: string;
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeNode(code: string, cwd: string): { ms: number; stdout: string } {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', code], { cwd, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, stdout: r.stdout };
}

export function importTime(root: string, runs = 7): ImportTime | undefined {
  if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) return undefined;
  const load: number[] = [];
  const base: number[] = [];
  let stdout = '';
  // Interleaved, so a burst of load on the machine hits both alike.
  for (let i = 0; i < runs; i++) {
    const r = timeNode("require('./dist/index.js')", root);
    load.push(r.ms);
    stdout ||= r.stdout;
    base.push(timeNode('', root).ms);
  }
  return { runs, requireMs: median(load), baselineMs: median(base), stdout };
}
