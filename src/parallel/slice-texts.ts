import type { Span } from '../types';
import type { ArticleAnalysisResult } from '../pipeline/analyze-article';

/**
 * Texts a worker leaves out of an analysis because the calling thread can
 * cut them from the article again: every `text` that is exactly the
 * article's text over its `span`, and each claim's `articleId`. In the
 * worker they were slices of the article; cloned, each would cross as a
 * copy of its characters and land as a flat string of its own, the
 * article's text copied over again several times. Left out, they cost
 * nothing to send, and cut again they are slices, as in one thread.
 * A dropped text is `null` in the packed analysis; nothing else is.
 */

/** Something with a text that is (usually) the article's text over its span. */
interface Spanned {
  text: string | null;
  span: Span;
}

/** Leaves out the text of `item` when the article gives it back over its span; already-left-out ones (shared objects) stay so. */
function dropText(item: Spanned, source: string): void {
  if (item.text !== null && item.text === source.slice(item.span.start, item.span.end)) item.text = null;
}

/** Cuts a left-out text back from the article. */
function restoreText(item: Spanned, source: string): void {
  if (item.text === null) item.text = source.slice(item.span.start, item.span.end);
}

/** Calls `visit` on every spanned text of an analysis: blocks, claims, their names, figures and antecedents, caption names. */
function eachSpanned(result: ArticleAnalysisResult, visit: (item: Spanned) => void): void {
  for (const block of result.cleaned.blocks as Spanned[]) visit(block);
  for (const claim of result.claims) {
    visit(claim as Spanned);
    for (const m of claim.mentions as Spanned[]) visit(m);
    for (const q of claim.quantities as Spanned[]) visit(q);
    if (claim.antecedent) visit(claim.antecedent as Spanned);
    if (claim.antecedentMentions) for (const m of claim.antecedentMentions as Spanned[]) visit(m);
  }
  for (const m of result.captionMentions as Spanned[]) visit(m);
}

/**
 * Leaves out of a worker's own analysis what the calling thread can cut from
 * the article again (see above). It changes the analysis in place: the
 * worker sends it and lets it go.
 */
export function dropArticleSlices(result: ArticleAnalysisResult): void {
  const source = result.article.text;
  eachSpanned(result, (item) => dropText(item, source));
  const id = result.article.id;
  for (const claim of result.claims) if (claim.articleId === id) (claim as { articleId: string | null }).articleId = null;
}

/** Puts back, in place, what `dropArticleSlices` left out, from the calling thread's own article. */
export function restoreArticleSlices(result: ArticleAnalysisResult): void {
  const source = result.article.text;
  eachSpanned(result, (item) => restoreText(item, source));
  const id = result.article.id;
  for (const claim of result.claims) if ((claim as { articleId: string | null }).articleId === null) claim.articleId = id;
}

