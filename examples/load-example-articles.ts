import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/index';

interface SourcesFile {
  articles: { id: string; file: string; source?: string; publishedAt?: string }[];
}

/** The bundled example articles with their metadata from sources.json. */
export function loadExampleArticles(dir = join(__dirname, 'articles')): ArticleInput[] {
  const meta = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as SourcesFile;
  return meta.articles.map((a) => ({
    id: a.id,
    text: readFileSync(join(dir, a.file), 'utf8'),
    source: a.source,
    publishedAt: a.publishedAt,
  }));
}
