/** The CLI as a function: parse argv, read the inputs, cross-reference, render, write. */
import fs from 'node:fs';
import path from 'node:path';
import { CommanderError } from 'commander';
import type { CrossReferenceOptions } from '../cross-reference';
import { CorroborateError } from '../errors';
import type { ArticleInput, Report } from '../types';
import { analyze, shouldShowProgress } from './analyze-with-progress';
import { analyzeInThreads } from './analyze-in-threads';
import { CliError, describeFsError } from './cli-error';
import { defaultIo, type CliIo } from './cli-io';
import { colourEnabled, painter } from './colour';
import { buildProgram, type CliOptions } from './program';
import { applyMeta, readMeta } from './read-meta';
import { assertUniqueIds, readArticles, STDIN_ARG, type FileArticle } from './read-articles';
import { renderReport } from './render-report';
import { countAtOrAbove } from './severity-counts';
import { summaryLine } from './summary-line';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

function parseTolerance(raw: string | undefined): CrossReferenceOptions {
  if (raw === undefined) return {};
  const tolerance = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new CliError(`--tolerance must be a number >= 0, got '${raw}'`);
  }
  return { tolerance };
}

/** --date-slack as a whole number of days; the library checks its range. */
function parseDateSlack(raw: string | undefined): CrossReferenceOptions {
  if (raw === undefined) return {};
  const days = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(days) || days < 0) {
    throw new CliError(`--date-slack must be a whole number of days >= 0, got '${raw}'`);
  }
  return { dateSlackDays: days };
}

/** --workers as a whole number of threads, 0 when not given. */
function parseWorkers(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const workers = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(workers) || workers < 0) {
    throw new CliError(`--workers must be a whole number >= 0, got '${raw}'`);
  }
  return workers;
}

/** What crossReference gets: the article fields only, not the CLI's bookkeeping. */
function toInput({ id, text, source, url, publishedAt }: FileArticle): ArticleInput {
  const input: ArticleInput = { id, text };
  if (source !== undefined) input.source = source;
  if (url !== undefined) input.url = url;
  if (publishedAt !== undefined) input.publishedAt = publishedAt;
  return input;
}

/**
 * With no FILE arguments, piped stdin is the one article; on a terminal that
 * would wait for typing nobody meant to do, so it stays a usage error.
 */
function readInputs(files: readonly string[], io: CliIo): FileArticle[] {
  if (files.length > 0) return readArticles(files, io.cwd, io.stdin);
  if (io.stdin.isTTY === true) throw new CliError('no input files (try --help)');
  const read = readArticles([STDIN_ARG], io.cwd, io.stdin);
  // An empty pipe (e.g. </dev/null in CI) means the files were forgotten, not an empty article.
  if (read[0].text.trim() === '') throw new CliError('no input files and nothing on stdin (try --help)');
  return read;
}

function loadArticles(files: readonly string[], opts: CliOptions, io: CliIo): ArticleInput[] {
  const read = readInputs(files, io);
  const articles = opts.meta === undefined ? read : applyMeta(read, readMeta(opts.meta, io.cwd));
  assertUniqueIds(articles, io.cwd);
  return articles.map(toInput);
}

function crossReferenceOptions(opts: CliOptions): CrossReferenceOptions {
  return { ...parseTolerance(opts.tolerance), ...parseDateSlack(opts.dateSlack), stories: opts.stories ?? 'one' };
}

/** Misuse found by the library (bad articles) is bad input to the CLI: exit 2, one line. */
function asCliError(error: unknown): unknown {
  return error instanceof CorroborateError ? new CliError(`invalid input (${error.code}): ${error.message}`) : error;
}

function analyzeArticles(articles: ArticleInput[], opts: CliOptions, io: CliIo): Report {
  const show = shouldShowProgress(articles.length, io.stderr, opts.quiet === true);
  try {
    return analyze(articles, crossReferenceOptions(opts), { stderr: io.stderr, show });
  } catch (error) {
    throw asCliError(error);
  }
}

/** With --workers, through worker threads; the bar moves as each chunk comes back. */
async function analyzeArticlesInThreads(articles: ArticleInput[], opts: CliOptions, io: CliIo, workers: number): Promise<Report> {
  const show = shouldShowProgress(articles.length, io.stderr, opts.quiet === true);
  try {
    return await analyzeInThreads(articles, crossReferenceOptions(opts), workers, { stderr: io.stderr, show });
  } catch (error) {
    throw asCliError(error);
  }
}

function writeReport(text: string, opts: CliOptions, io: CliIo): void {
  if (opts.out === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    fs.writeFileSync(path.resolve(io.cwd, opts.out), text, 'utf8');
  } catch (error) {
    throw new CliError(`cannot write '${opts.out}': ${describeFsError(error)}`);
  }
}

/**
 * The message on one line: each line break and the blanks around it become one
 * space. Split and trim rather than one regex with blank runs on both sides of
 * the line break, which is quadratic on a long run of blanks without one.
 */
function oneLine(message: string): string {
  return message
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** One line on stderr starting "corroborate: " (the prefix in red on a colour terminal). */
function say(message: string, io: CliIo): void {
  const paint = painter(colourEnabled(io.stderr, io.env));
  io.stderr.write(`${paint('corroborate:', 'red')} ${oneLine(message)}\n`);
}

/** Exit code for a thrown value, after writing its one-line reason to stderr. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // --help and --version end parsing by "throwing" with exit code 0.
    if (error.exitCode === 0) return EXIT_OK;
    say(error.message, io);
    return EXIT_USAGE;
  }
  if (error instanceof CliError) {
    say(error.message, io);
    return EXIT_USAGE;
  }
  say(`internal error: ${error instanceof Error ? error.message : String(error)}`, io);
  return EXIT_FAILURE;
}

/** After the report: the summary on a terminal, and the --fail-on verdict. */
function finish(report: Report, opts: CliOptions, io: CliIo): number {
  if (io.stderr.isTTY === true && opts.quiet !== true) {
    io.stderr.write(summaryLine(report, painter(colourEnabled(io.stderr, io.env))));
  }
  if (opts.failOn === undefined) return EXIT_OK;
  const failing = countAtOrAbove(report.findings, opts.failOn);
  if (failing === 0) return EXIT_OK;
  say(`${failing} finding${failing === 1 ? '' : 's'} at or above ${opts.failOn} (--fail-on ${opts.failOn})`, io);
  return EXIT_FAILURE;
}

/** The command line parsed and the articles read. */
function parseAndLoad(argv: string[], io: CliIo): { opts: CliOptions; articles: ArticleInput[]; workers: number } {
  const program = buildProgram(io);
  program.parse(argv, { from: 'node' });
  const opts = program.opts<CliOptions>();
  const workers = parseWorkers(opts.workers);
  return { opts, articles: loadArticles(program.args, opts, io), workers };
}

function output(report: Report, articles: ArticleInput[], opts: CliOptions, io: CliIo): number {
  writeReport(renderReport(report, articles, opts.format), opts, io);
  return finish(report, opts, io);
}

/**
 * Runs the CLI on a process-style argv (`[node, script, ...args]`) and returns
 * the exit code. Nothing but the report goes to `io.stdout`; every problem is
 * one line on `io.stderr` starting "corroborate: ". Everything runs in the
 * calling thread: --workers is checked but only runAsync starts threads (the
 * report is the same either way).
 */
export function run(argv: string[], io: Partial<CliIo> = {}): number {
  const streams = defaultIo(io);
  try {
    const { opts, articles } = parseAndLoad(argv, streams);
    return output(analyzeArticles(articles, opts, streams), articles, opts, streams);
  } catch (error) {
    return reportError(error, streams);
  }
}

/** `run`, honouring --workers: what the `corroborate` binary runs. */
export async function runAsync(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const streams = defaultIo(io);
  try {
    const { opts, articles, workers } = parseAndLoad(argv, streams);
    const report = workers > 1 ? await analyzeArticlesInThreads(articles, opts, streams, workers) : analyzeArticles(articles, opts, streams);
    return output(report, articles, opts, streams);
  } catch (error) {
    return reportError(error, streams);
  }
}
