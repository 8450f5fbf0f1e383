import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CorroborateError } from '../errors';

/** What `new Worker()` is given: a file to run, or code to evaluate. */
export interface WorkerScript {
  filename: string;
  eval: boolean;
}

/**
 * Where the worker's code is, found from where this module itself runs.
 *
 * - Built package: tsup bundles this module into dist/index.js (CJS) and
 *   dist/index.mjs (ESM), and worker-entry.ts into dist/worker.js beside them.
 *   `__dirname` is dist/ in both: native in CJS, and in ESM tsup's `shims`
 *   derive it from `import.meta.url`.
 * - From source (tsx, ts-jest): this file's name ends in .ts. A new worker
 *   thread does not inherit a TypeScript loader (ts-jest transforms only in
 *   the test's own thread), so the worker evaluates a two-line bootstrap that
 *   registers tsx's require hook and then loads worker-entry.ts. tsx is a
 *   devDependency, so this path exists only in a checkout, never for users.
 *
 * A bundler that inlines corroborate into another file loses dist/worker.js:
 * that is reported as WORKER_FAILED, and `workers: 0` runs in the thread.
 */
export function resolveWorkerScript(): WorkerScript {
  if (__filename.endsWith('.ts')) return sourceBootstrap();
  const file = join(__dirname, 'worker.js');
  if (!existsSync(file)) {
    throw new CorroborateError('WORKER_FAILED', `The worker script ${file} is missing (was corroborate bundled into another file?); use workers: 0.`);
  }
  return { filename: file, eval: false };
}

function sourceBootstrap(): WorkerScript {
  const entry = join(__dirname, 'worker-entry.ts');
  let tsx: string;
  try {
    tsx = createRequire(__filename).resolve('tsx/cjs');
  } catch {
    throw new CorroborateError('WORKER_FAILED', 'Running corroborate from source with workers needs the tsx devDependency (npm ci).');
  }
  return { filename: `require(${JSON.stringify(tsx)});\nrequire(${JSON.stringify(entry)});`, eval: true };
}
