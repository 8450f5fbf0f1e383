/**
 * The library a benchmark measures: the built package (dist/index.js), as
 * users install it, unless CORROBORATE_BENCH_SOURCE=1 asks for src/ through
 * tsx. From source every call between modules goes through tsx's export
 * getters, which costs about a tenth of the run; dist/ is bundled.
 */
import fs from 'node:fs';
import path from 'node:path';

type Library = typeof import('../src');

const DIST = path.join(__dirname, '..', 'dist', 'index.js');

/** Whether the source is measured (`bash bench/run --source` sets it for its children). */
export const FROM_SOURCE = process.env.CORROBORATE_BENCH_SOURCE === '1';

let loaded: Library | undefined;

/**
 * The library, loaded on first use: `bench/run` imports this module before it
 * builds dist/ (on a fresh clone there is none yet), and only its child
 * processes call it.
 */
export function library(): Library {
  if (loaded) return loaded;
  if (FROM_SOURCE) return (loaded = require('../src') as Library);
  if (!fs.existsSync(DIST)) throw new Error('bench: dist/index.js not found: run `npm run build` (or pass --source to measure src/)');
  return (loaded = require(DIST) as Library);
}

/** What was measured, for the printed header. */
export const LIBRARY_LABEL = FROM_SOURCE ? 'src/ through tsx' : 'the built package, dist/index.js';
