/** The package's version, read from its package.json at run time. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Walks up from `startDir` to the first package.json named "corroborate".
 * Built, this file lives in dist/ (one level down); run from src/cli through
 * tsx or jest it is two levels down, so a fixed relative path would break one of them.
 */
export function packageVersion(startDir: string = __dirname): string {
  let dir = startDir;
  for (;;) {
    try {
      const pkg: unknown = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const { name, version } = (pkg ?? {}) as { name?: unknown; version?: unknown };
      if (name === 'corroborate' && typeof version === 'string') return version;
    } catch {
      // No readable package.json here: keep climbing.
    }
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
