import type { ArticleInput, Report, ReportClaim, Span } from '../../src/types';

/** Every span in the report that does not slice back to its text, as readable strings (empty = all good). */
export function brokenSpans(report: Report, articles: readonly ArticleInput[]): string[] {
  const text = new Map(articles.map((a) => [a.id, a.text]));
  const broken: string[] = [];
  const check = (where: string, articleId: string, span: Span, expected?: string) => {
    const source = text.get(articleId);
    const ok =
      source !== undefined &&
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= source.length &&
      (expected === undefined || source.slice(span.start, span.end) === expected);
    if (!ok) broken.push(`${where} ${articleId} ${span.start}-${span.end}`);
  };
  for (const c of report.claims) {
    check(`claim ${c.id}`, c.articleId, c.span, c.text);
    for (const p of c.parts ?? []) check(`part of ${c.id}`, c.articleId, p);
    for (const q of c.quantities) check(`quantity in ${c.id}`, c.articleId, q.span, q.text);
  }
  for (const f of report.findings) for (const e of f.evidence) check(`evidence of ${f.id}`, e.articleId, e.span, e.text);
  for (const a of report.articles) for (const s of a.skipped) check(`skipped (${s.reason})`, a.id, s.span);
  return broken;
}

/** A claim's own pieces: its parts when it is discontinuous, else its span. */
function ownSpans(claim: ReportClaim): Span[] {
  return claim.parts ?? [claim.span];
}

/**
 * Claims whose own pieces overlap another claim's pieces, as readable strings
 * (empty = all good). A claim may nest inside another's span only in a gap
 * between that claim's parts.
 */
export function overlappingClaims(report: Report): string[] {
  const pieces = report.claims
    .flatMap((c) => ownSpans(c).map((span) => ({ id: c.id, articleId: c.articleId, span })))
    .sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.span.start - b.span.start));
  const out: string[] = [];
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    if (prev && prev.articleId === p.articleId && p.span.start < prev.span.end) out.push(`${prev.id} and ${p.id} overlap at ${p.span.start}`);
  });
  return out;
}

/** Non-whitespace characters of an article that lie in no claim and no skipped span. */
export function uncoveredText(report: Report, article: ArticleInput): string[] {
  const covered = new Uint8Array(article.text.length);
  for (const c of report.claims) if (c.articleId === article.id) for (const p of ownSpans(c)) covered.fill(1, p.start, p.end);
  for (const s of report.articles.find((a) => a.id === article.id)?.skipped ?? []) covered.fill(1, s.span.start, s.span.end);
  const gaps: string[] = [];
  for (let i = 0; i < article.text.length; i++) {
    if (covered[i] || !/\S/.test(article.text[i])) continue;
    let j = i;
    while (j < article.text.length && !covered[j]) j++;
    gaps.push(article.text.slice(i, j));
    i = j;
  }
  return gaps.filter((g) => g.trim() !== '');
}
