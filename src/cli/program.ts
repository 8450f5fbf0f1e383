/** The commander definition of `corroborate`: options, help text, and output routed through `io`. */
import { Command, Option } from 'commander';
import type { Severity } from '../types';
import type { CliIo } from './cli-io';
import { packageVersion } from './package-version';

export type ReportFormat = 'md' | 'json' | 'html';

export interface CliOptions {
  format: ReportFormat;
  out?: string;
  meta?: string;
  tolerance?: string;
  dateSlack?: string;
  stories?: 'one' | 'split';
  failOn?: Severity;
  quiet?: boolean;
  workers?: string;
}

const EXAMPLES = `
Examples:
  corroborate story/*.txt                         Markdown report of every article, to stdout
  corroborate --format json --out report.json story/
                                                  JSON report of the .txt/.md files in story/
  corroborate --format html --out report.html story/
                                                  one self-contained HTML page
  corroborate --meta story/sources.json story/    use the sources and dates listed in sources.json
  corroborate --tolerance 0.05 a.txt b.txt        flag figures that differ by more than 5%
  corroborate --stories split --format json feed/ a day's feed: group articles into stories first
  corroborate --stories split --workers 2 feed/   the same in two threads, this one and a worker (same report)
  cat draft.txt | corroborate - story/            the article on stdin (id "stdin") against story/
  corroborate --fail-on medium --out report.md story/
                                                  in CI: keep the report, exit 1 on a medium or high finding

Inputs: files, directories (their .txt and .md files), and '-' for stdin. With no
FILE arguments and stdin not a terminal, one article is read from stdin.
A file's id is its name without extension. --meta takes
  { "articles": [{ "id": "...", "file": "...", "source": "...", "publishedAt": "YYYY-MM-DD", "url": "..." }] }
On a terminal, stderr shows a progress bar (5 or more articles) and a one-line summary;
--quiet hides both. NO_COLOR turns colour off, FORCE_COLOR forces it.

Exit status:
  0  success
  1  a finding at or above --fail-on (the report is still written), or an internal error
  2  bad usage or unreadable input (one line on stderr)
`;

export function buildProgram(io: CliIo): Command {
  return new Command()
    .name('corroborate')
    .description('Cross-reference news articles about one story and flag where they disagree.')
    .argument('[files...]', "article files (.txt, .md), directories holding them, or '-' for stdin")
    .addOption(new Option('--format <format>', 'report format').choices(['md', 'json', 'html']).default('md'))
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--meta <file>', 'JSON file with each article\'s source, publishedAt and url')
    .option('--tolerance <n>', 'relative gap between two figures that counts as a conflict (default 0.05)')
    .option('--date-slack <days>', 'days two outlets may differ on one event\'s date before it is a conflict (default 0)')
    .addOption(
      new Option('--stories <mode>', "'one': the articles tell one story; 'split': a feed, grouped into stories first")
        .choices(['one', 'split'])
        .default('one'),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding has this severity or a higher one').choices([
        'high',
        'medium',
        'low',
      ]),
    )
    .option('--workers <n>', 'threads to share a large feed, this one included (default 0: all in this thread; the number of cores keeps each busy); the report is the same')
    .option('-q, --quiet', 'no progress bar or summary line on stderr')
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
