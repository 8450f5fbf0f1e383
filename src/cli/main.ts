/** Entry of the `corroborate` binary (bundled to dist/cli.js with a shebang). */
import { runAsync } from './run';

void runAsync(process.argv).then((code) => {
  process.exitCode = code;
});
