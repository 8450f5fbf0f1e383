/** The --meta file: `{ "articles": [{ "id", "file"?, "source"?, "publishedAt"?, "url"? }] }`. */
import fs from 'node:fs';
import path from 'node:path';
import { CliError, describeFsError } from './cli-error';
import type { FileArticle } from './read-articles';

export interface MetaEntry {
  id: string;
  file?: string;
  source?: string;
  publishedAt?: string;
  url?: string;
}

const OPTIONAL_FIELDS = ['file', 'source', 'publishedAt', 'url'] as const;

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One entry, checked field by field so a typo in the meta file is named, not silently ignored. */
function toEntry(value: unknown, index: number, shown: string): MetaEntry {
  const where = `meta file '${shown}': articles[${index}]`;
  if (!isPlain(value)) throw new CliError(`${where} is not an object`);
  if (typeof value.id !== 'string' || value.id === '') throw new CliError(`${where}.id must be a non-empty string`);
  const entry: MetaEntry = { id: value.id };
  for (const key of OPTIONAL_FIELDS) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') throw new CliError(`${where}.${key} must be a string`);
    entry[key] = v;
  }
  return entry;
}

/** Parses the meta file's JSON into entries; any problem is a one-line CliError. */
export function parseMeta(json: string, shown: string): MetaEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(`meta file '${shown}' is not valid JSON: ${reason}`);
  }
  if (!isPlain(value) || !Array.isArray(value.articles)) {
    throw new CliError(`meta file '${shown}' must be an object with an "articles" array`);
  }
  return value.articles.map((entry, i) => toEntry(entry, i, shown));
}

export function readMeta(file: string, cwd: string): MetaEntry[] {
  let json: string;
  try {
    json = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new CliError(`cannot read meta file '${file}': ${describeFsError(error)}`);
  }
  return parseMeta(json, file);
}

/** The entry for an article: by `file` name first (it names exactly one file), else by id. */
function entryFor(article: FileArticle, meta: readonly MetaEntry[]): MetaEntry | undefined {
  const name = path.basename(article.file);
  return (
    meta.find((e) => e.file !== undefined && path.basename(e.file) === name) ?? meta.find((e) => e.id === article.id)
  );
}

/**
 * Copies of the articles with their meta applied. An entry matched by file
 * name also gives the article its id: the meta file is where ids are chosen.
 * Entries that match no input are ignored (a meta file may cover a whole corpus).
 */
export function applyMeta(articles: readonly FileArticle[], meta: readonly MetaEntry[]): FileArticle[] {
  return articles.map((article) => {
    const entry = entryFor(article, meta);
    if (!entry) return { ...article };
    const out: FileArticle = { ...article, id: entry.id };
    if (entry.source !== undefined) out.source = entry.source;
    if (entry.publishedAt !== undefined) out.publishedAt = entry.publishedAt;
    if (entry.url !== undefined) out.url = entry.url;
    return out;
  });
}
