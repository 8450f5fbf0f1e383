import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Modules of the library's public entry points. The CLI takes them from the
 * built library beside it (dist/index.js) instead of bundling a second copy
 * of the whole pipeline: a package half the size, and one CorroborateError class.
 */
const LIBRARY_MODULES = ['cross-reference', 'cross-reference-async', 'create-index', 'errors', 'report/render-json', 'report/render-markdown', 'report/render-html'];

const libraryFromIndex: Plugin = {
  name: 'library-from-index',
  setup(build) {
    const sources = new Set(LIBRARY_MODULES.map((m) => path.resolve('src', m)));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = path.resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
      return sources.has(target) ? { path: './index.js', external: true } : undefined;
    });
  },
};

// Library: dual ESM + CJS with declarations. CLI: one CJS file with a shebang that loads the library beside it.
// Worker: the code `crossReferenceAsync` runs in worker threads, one CJS file
// (dist/worker.js) that both library builds find beside themselves through
// `__dirname`; `shims` gives the ESM build a `__dirname` from import.meta.url.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    shims: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [libraryFromIndex],
  },
  {
    entry: { worker: 'src/parallel/worker-entry.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
  },
]);
