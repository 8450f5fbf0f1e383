import { defineConfig } from 'tsup';

// Library: dual ESM + CJS with declarations. CLI: one CJS file with a shebang.
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
