import type { ArticleInput, CleanedArticle, Diagnostic, SkippedSpan } from '../types';
import type { Line, LineContext, LineRefiner, LineRule, LineVerdicts } from './types';
import { DEFAULT_LINE_RULES } from './rules';
import { DEFAULT_LINE_REFINERS } from './refiners';
import { splitLines } from './split-lines';
import { joinBlocks } from './join-blocks';
import { findOrigin } from './find-origin';
import { findWireCredits } from './find-wire-credits';
import { isHeadingLike } from './text-shape';
import { splitDateline } from './split-dateline';

export { DEFAULT_LINE_RULES } from './rules';
export { DEFAULT_LINE_REFINERS } from './refiners';

/** Options of `cleanArticle`: the line rules and refiners to use instead of the defaults. */
export interface CleanArticleOptions {
  rules?: readonly LineRule[];
  refiners?: readonly LineRefiner[];
}

/** The reason of the first rule that claims the line (a plain loop: no closure per line). */
function firstReason(rules: readonly LineRule[], line: Line, context: LineContext): string | undefined {
  for (const rule of rules) if (rule.test(line, context)) return rule.reason;
  return undefined;
}

/**
 * Each line's verdict, and the origin (from the first reprint notice) and
 * wire credits (from every line, first mention first). One pass, so the
 * reprint and credit rules and the provenance read a line one after the
 * other and the second reuses the first's answer.
 */
function judgeLines(lines: readonly Line[], rules: readonly LineRule[]): { verdicts: LineVerdicts; origin?: string; wireCredits: string[] } {
  let origin: string | undefined;
  const wireCredits: string[] = [];
  const verdicts: LineVerdicts = lines.map((line, index) => {
    // One context per line, not one per rule asked.
    const context: LineContext = { lines, index };
    const reason = firstReason(rules, line, context);
    origin = origin ?? findOrigin(line.text);
    for (const wire of findWireCredits(line.text)) if (!wireCredits.includes(wire)) wireCredits.push(wire);
    return reason;
  });
  return origin === undefined ? { verdicts, wireCredits } : { verdicts, origin, wireCredits };
}

/** The story's own headline (first kept line, short, no final stop) is kept; note it for later stages. */
function headlineDiagnostic(articleId: string, lines: readonly Line[], verdicts: LineVerdicts): Diagnostic[] {
  const first = verdicts.findIndex((v) => v === undefined);
  const line = lines[first];
  if (!line || !isHeadingLike(line.text)) return [];
  return [{ articleId, rule: 'headline', message: 'first line looks like a headline', span: { ...line.span } }];
}

/**
 * Splits an article into body blocks and skipped boilerplate (each with its
 * reason), and reads reprint origin and wire credits. Never throws on content.
 */
export function cleanArticle(article: ArticleInput, options: CleanArticleOptions = {}): CleanedArticle {
  const text = typeof article?.text === 'string' ? article.text : '';
  const id = typeof article?.id === 'string' ? article.id : '';
  const lines = splitLines(text);
  const judged = judgeLines(lines, options.rules ?? DEFAULT_LINE_RULES);
  const { origin, wireCredits } = judged;
  let verdicts = judged.verdicts;
  for (const refiner of options.refiners ?? DEFAULT_LINE_REFINERS) verdicts = refiner.refine(lines, verdicts);

  const skipped: SkippedSpan[] = [];
  lines.forEach((line, i) => {
    const reason = verdicts[i];
    if (reason !== undefined) skipped.push({ span: { ...line.span }, reason });
  });
  const blocks = joinBlocks(text, lines, verdicts).map((block) => {
    const split = splitDateline(block);
    if (split.skipped) skipped.push(split.skipped);
    return split.block;
  });
  skipped.sort((a, b) => a.span.start - b.span.start);
  const cleaned: CleanedArticle = {
    id,
    text,
    blocks,
    skipped,
    wireCredits,
    diagnostics: headlineDiagnostic(id, lines, verdicts),
  };
  if (origin !== undefined) cleaned.origin = origin;
  return cleaned;
}
