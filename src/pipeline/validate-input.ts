import type { ArticleInput } from '../types';
import { CorroborateError } from '../errors';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function fail(code: ConstructorParameters<typeof CorroborateError>[0], message: string): never {
  throw new CorroborateError(code, message);
}

/** True for an ISO date that names a real day (2021-02-30 is not one). */
export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkOptional(article: Record<string, unknown>, key: string, index: number): void {
  const value = article[key];
  if (value !== undefined && typeof value !== 'string') {
    fail('INVALID_ARTICLE', `articles[${index}].${key} must be a string when given (got ${typeof value}).`);
  }
}

/** Throws a CorroborateError that says what to fix when the articles are not usable; returns them typed. */
export function validateArticles(articles: unknown): ArticleInput[] {
  if (!Array.isArray(articles)) fail('INVALID_ARTICLES', `crossReference expects an array of articles (got ${articles === null ? 'null' : typeof articles}).`);
  const seen = new Set<string>();
  articles.forEach((raw: unknown, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      fail('INVALID_ARTICLE', `articles[${index}] must be an object like { id, text } (got ${raw === null ? 'null' : typeof raw}).`);
    }
    const article = raw as Record<string, unknown>;
    if (typeof article.id !== 'string' || article.id.trim() === '') fail('INVALID_ARTICLE', `articles[${index}].id must be a non-empty string.`);
    if (typeof article.text !== 'string') fail('INVALID_ARTICLE', `articles[${index}] ("${article.id}") needs a string "text" (got ${typeof article.text}).`);
    for (const key of ['source', 'url', 'publishedAt']) checkOptional(article, key, index);
    if (typeof article.publishedAt === 'string' && !isValidIsoDate(article.publishedAt)) {
      fail('INVALID_DATE', `articles[${index}].publishedAt "${article.publishedAt}" is not an ISO date such as 2021-07-08.`);
    }
    if (seen.has(article.id)) fail('DUPLICATE_ID', `Two articles share the id "${article.id}"; ids must be unique.`);
    seen.add(article.id);
  });
  return articles as ArticleInput[];
}
