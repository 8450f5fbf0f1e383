/** Turning FILE arguments (files or directories) into articles: id from the file name, text as UTF-8. */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../types';
import { CliError, describeFsError } from './cli-error';
import { byCodeUnit } from '../internal/by-code-unit';

/** An article read from disk, with the path it came from (for messages and --meta matching). */
export interface FileArticle extends ArticleInput {
  file: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

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
    const full = path.resolve(cwd, arg);
    try {
      return fs.statSync(full).isDirectory() ? filesInDirectory(full, arg) : [full];
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot read '${arg}': ${describeFsError(error)}`);
    }
  });
}

function readArticle(file: string, cwd: string): FileArticle {
  try {
    return { id: idFromFileName(file), text: decodeText(fs.readFileSync(file)), file };
  } catch (error) {
    throw new CliError(`cannot read '${path.relative(cwd, file) || file}': ${describeFsError(error)}`);
  }
}

/** Reads every input file, directories expanded, in argument order. */
export function readArticles(args: readonly string[], cwd: string): FileArticle[] {
  return expandInputs(args, cwd).map((file) => readArticle(file, cwd));
}

/** Two files with one id would make the report ambiguous (and the API refuses it), so say which ones. */
export function assertUniqueIds(articles: readonly FileArticle[], cwd: string): void {
  const seen = new Map<string, string>();
  for (const a of articles) {
    const earlier = seen.get(a.id);
    if (earlier !== undefined) {
      throw new CliError(
        `two input files share the id '${a.id}': '${path.relative(cwd, earlier)}' and '${path.relative(cwd, a.file)}'`,
      );
    }
    seen.set(a.id, a.file);
  }
}
