/** The CLI as a function: parse argv, read the inputs, cross-reference, render, write. */
import fs from 'node:fs';
import path from 'node:path';
import { CommanderError } from 'commander';
import { crossReference, type CrossReferenceOptions } from '../cross-reference';
import { CorroborateError } from '../errors';
import { renderJson } from '../report/render-json';
import { renderMarkdown } from '../report/render-markdown';
import type { ArticleInput } from '../types';
import { CliError, describeFsError } from './cli-error';
import { defaultIo, type CliIo } from './cli-io';
import { buildProgram, type CliOptions } from './program';
import { applyMeta, readMeta } from './read-meta';
import { assertUniqueIds, readArticles, type FileArticle } from './read-articles';

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

/** What crossReference gets: the article fields only, not the CLI's bookkeeping. */
function toInput({ id, text, source, url, publishedAt }: FileArticle): ArticleInput {
  const input: ArticleInput = { id, text };
  if (source !== undefined) input.source = source;
  if (url !== undefined) input.url = url;
  if (publishedAt !== undefined) input.publishedAt = publishedAt;
  return input;
}

function loadArticles(files: readonly string[], opts: CliOptions, cwd: string): ArticleInput[] {
  if (files.length === 0) throw new CliError('no input files (try --help)');
  const read = readArticles(files, cwd);
  const articles = opts.meta === undefined ? read : applyMeta(read, readMeta(opts.meta, cwd));
  assertUniqueIds(articles, cwd);
  return articles.map(toInput);
}

function render(files: readonly string[], opts: CliOptions, cwd: string): string {
  const articles = loadArticles(files, opts, cwd);
  const options = parseTolerance(opts.tolerance);
  try {
    const report = crossReference(articles, options);
    return opts.format === 'json' ? renderJson(report) : renderMarkdown(report, articles);
  } catch (error) {
    if (error instanceof CorroborateError) throw new CliError(`invalid input (${error.code}): ${error.message}`);
    throw error;
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

/** Exit code for a thrown value, after writing its one-line reason to stderr. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // --help and --version end parsing by "throwing" with exit code 0.
    if (error.exitCode === 0) return EXIT_OK;
    io.stderr.write(`corroborate: ${oneLine(error.message)}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof CliError) {
    io.stderr.write(`corroborate: ${oneLine(error.message)}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`corroborate: internal error: ${oneLine(message)}\n`);
  return EXIT_FAILURE;
}

/**
 * Runs the CLI on a process-style argv (`[node, script, ...args]`) and returns
 * the exit code. Nothing but the report goes to `io.stdout`; every problem is
 * one line on `io.stderr` starting "corroborate: ".
 */
export function run(argv: string[], io: Partial<CliIo> = {}): number {
  const streams = defaultIo(io);
  try {
    const program = buildProgram(streams);
    program.parse(argv, { from: 'node' });
    writeReport(render(program.args, program.opts<CliOptions>(), streams.cwd), program.opts<CliOptions>(), streams);
    return EXIT_OK;
  } catch (error) {
    return reportError(error, streams);
  }
}
