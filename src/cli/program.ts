/** The commander definition of `corroborate`: options, help text, and output routed through `io`. */
import { Command, Option } from 'commander';
import type { CliIo } from './cli-io';
import { packageVersion } from './package-version';

export interface CliOptions {
  format: 'md' | 'json';
  out?: string;
  meta?: string;
  tolerance?: string;
}

const EXAMPLES = `
Examples:
  corroborate story/*.txt                         Markdown report of every article, to stdout
  corroborate --format json --out report.json story/
                                                  JSON report of the .txt/.md files in story/
  corroborate --meta story/sources.json story/    use the sources and dates listed in sources.json
  corroborate --tolerance 0.05 a.txt b.txt        flag figures that differ by more than 5%

A file's id is its name without extension. --meta takes
  { "articles": [{ "id": "...", "file": "...", "source": "...", "publishedAt": "YYYY-MM-DD", "url": "..." }] }
Exit status: 0 on success, 2 on bad usage or unreadable input.
`;

export function buildProgram(io: CliIo): Command {
  return new Command()
    .name('corroborate')
    .description('Cross-reference news articles about one story and flag where they disagree.')
    .argument('[files...]', 'article files (.txt, .md) or directories holding them')
    .addOption(new Option('--format <format>', 'report format').choices(['md', 'json']).default('md'))
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--meta <file>', 'JSON file with each article\'s source, publishedAt and url')
    .option('--tolerance <n>', 'relative gap between two figures that counts as a conflict (default 0.1)')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // run() prints the one-line reason itself, with the "corroborate: " prefix.
      outputError: () => undefined,
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
}
