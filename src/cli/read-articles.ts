/** Turning FILE arguments (files, directories, `-` for stdin) into articles: id from the file name, text as UTF-8. */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../types';
import { CliError, describeFsError } from './cli-error';
import type { CliStdin } from './cli-io';
import { byCodeUnit } from '../internal/by-code-unit';

/** An article read from disk, with the path it came from (for messages and --meta matching). */
export interface FileArticle extends ArticleInput {
  file: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

/** The FILE argument, and the `file` of an article, that stand for standard input. */
export const STDIN_ARG = '-';
/** The id of the article read from standard input. */
export const STDIN_ID = 'stdin';

/** How a file is named in messages: as the user would type it. */
export function shownPath(file: string, cwd: string): string {
  return file === STDIN_ARG ? '- (stdin)' : path.relative(cwd, file) || file;
}

/** A file's id: its base name without the last extension ("wire.txt" -> "wire"). */
export function idFromFileName(file: string): string {
  return path.basename(file, path.extname(file));
}

/** UTF-8 text without a leading byte-order mark (editors on Windows add one; it is not article text). */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The .txt and .md files directly inside a directory, sorted so runs do not depend on the file system. */
function filesInDirectory(dir: string, shown: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && TEXT_EXTENSIONS.has(path.extname(e.name).toLowerCase()))
    .map((e) => e.name)
    .sort(byCodeUnit);
  if (files.length === 0) throw new CliError(`no .txt or .md files in directory '${shown}'`);
  return files.map((name) => path.join(dir, name));
}

/** Every input file named by the arguments, directories expanded, in argument order. */
export function expandInputs(args: readonly string[], cwd: string): string[] {
  return args.flatMap((arg) => {
    if (arg === STDIN_ARG) return [STDIN_ARG];
    const full = path.resolve(cwd, arg);
    try {
      return fs.statSync(full).isDirectory() ? filesInDirectory(full, arg) : [full];
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot read '${arg}': ${describeFsError(error)}`);
    }
  });
}

function readFileArticle(file: string, cwd: string): FileArticle {
  try {
    return { id: idFromFileName(file), text: decodeText(fs.readFileSync(file)), file };
  } catch (error) {
    throw new CliError(`cannot read '${shownPath(file, cwd)}': ${describeFsError(error)}`);
  }
}

function readStdinArticle(stdin: CliStdin | undefined): FileArticle {
  if (!stdin) throw new CliError('cannot read stdin: not available');
  let text: string;
  try {
    text = stdin.read();
  } catch (error) {
    throw new CliError(`cannot read stdin: ${describeFsError(error)}`);
  }
  return { id: STDIN_ID, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file: STDIN_ARG };
}

/** Reads every input (`-` is stdin, read at most once), directories expanded, in argument order. */
export function readArticles(args: readonly string[], cwd: string, stdin?: CliStdin): FileArticle[] {
  if (args.filter((a) => a === STDIN_ARG).length > 1) throw new CliError(`'${STDIN_ARG}' (stdin) given more than once`);
  return expandInputs(args, cwd).map((file) => (file === STDIN_ARG ? readStdinArticle(stdin) : readFileArticle(file, cwd)));
}

/** Two files with one id would make the report ambiguous (and the API refuses it), so say which ones. */
export function assertUniqueIds(articles: readonly FileArticle[], cwd: string): void {
  const seen = new Map<string, string>();
  for (const a of articles) {
    const earlier = seen.get(a.id);
    if (earlier !== undefined) {
      throw new CliError(
        `two input files share the id '${a.id}': '${shownPath(earlier, cwd)}' and '${shownPath(a.file, cwd)}'`,
      );
    }
    seen.set(a.id, a.file);
  }
}
