import type { ArticleInput, CleanedArticle } from '../types';

/** Lower-case letters and digits only, so "Radio Free Europe / Radio Liberty" and "radio free europe/radio liberty" meet. */
export function originKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Who stands behind an article: a relation the caller gave, else the outlet the
 * text says it reprints, else its source, else the article itself. Articles
 * with one origin count once when corroboration is counted.
 */
export function articleOrigin(article: ArticleInput, cleaned: CleanedArticle, relations: Readonly<Record<string, string>> = {}): string {
  const given = relations[article.id] ?? (article.source ? relations[article.source] : undefined);
  const name = given ?? cleaned.origin ?? article.source ?? `article:${article.id}`;
  return originKey(name) || `article:${article.id}`;
}
