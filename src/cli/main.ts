/** Entry of the `corroborate` binary (bundled to dist/cli.js with a shebang). */
import { run } from './run';

process.exitCode = run(process.argv);
