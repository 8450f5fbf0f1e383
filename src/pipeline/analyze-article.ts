import type { ArticleAnalysis, ArticleInput, Claim, ClaimDraft, Diagnostic, EntityMention, Quantity, SkippedSpan, Span } from '../types';
import { cleanArticle } from '../clean/clean-article';
import { splitSentences } from '../sentences/split-sentences';
import { extractClaims } from '../claims/extract-claims';
import { extractQuantities } from '../quantities/extract-quantities';
import { extractEntities } from '../entities/extract-entities';
import { connectiveGaps } from './connective-gaps';
import { looksEnglishJoined } from './looks-english';
import { isTeaserHeadline } from './is-teaser-headline';
import { mentionsWithin, mentionsWithinParts } from './mentions-within';
import { buildClaim } from './build-claim';
import { claimId } from './claim-id';
import { exactSize } from '../internal/exact-size';

/** Skipped text whose names still count: captions and headlines name the people in the story. */
const NAME_BEARING_SKIPS = new Set(['photo caption', 'headline']);

/** What `analyzeArticle` returns: the article's analysis plus caption names, skipped text and diagnostics. */
export interface ArticleAnalysisResult extends ArticleAnalysis {
  /** Names found in skipped text that still names real entities (photo captions). */
  captionMentions: EntityMention[];
  /** Everything left out of the claims, with why: boilerplate from cleaning and non-claims (questions...) from the claims stage. */
  skipped: SkippedSpan[];
  diagnostics: Diagnostic[];
}

/**
 * Figures of a claim read in its whole text (so a figure keeps its context),
 * kept only when they lie in its own pieces: a figure in a lifted relative
 * clause belongs to that clause's claim alone.
 */
function ownQuantities(draft: ClaimDraft, source: string, publishedAt: string | undefined): Quantity[] {
  if (draft.antecedent) return exactSize(clauseQuantities(draft, draft.antecedent.span.start, source, publishedAt));
  // Kept for the whole feed, so made at their exact length (see exactSize).
  const all = extractQuantities(draft.text, { offset: draft.span.start, publishedAt });
  if (!draft.parts) return exactSize(all);
  const parts = draft.parts;
  return exactSize(all.filter((q) => parts.some((p) => p.start <= q.span.start && q.span.end <= p.end)));
}

/**
 * Figures of a lifted relative clause, read from where the phrase it
 * describes starts ("inflation, which slowed to 8.9 percent"), so a figure
 * read by the noun before it knows that noun; only the clause's own are
 * kept. Read in the clause alone when the article's text over that stretch
 * is not the claim's (a cleaned or joined block).
 */
function clauseQuantities(draft: ClaimDraft, from: number, source: string, publishedAt: string | undefined): Quantity[] {
  const { start, end } = draft.span;
  if (from >= start || source.slice(start, end) !== draft.text) return extractQuantities(draft.text, { offset: start, publishedAt });
  return extractQuantities(source.slice(from, end), { offset: from, publishedAt }).filter((q) => q.span.start >= start);
}

/** Claim drafts of every sentence of every body block, spans in article coordinates. */
function draftClaims(blocks: ArticleAnalysis['cleaned']['blocks']): { drafts: ClaimDraft[]; skipped: SkippedSpan[] } {
  const drafts: ClaimDraft[] = [];
  const skipped: SkippedSpan[] = [];
  for (const block of blocks) {
    if (isTeaserHeadline(block)) {
      skipped.push({ span: { ...block.span }, reason: 'headline' });
      continue;
    }
    for (const sentence of splitSentences(block.text, { offset: block.span.start })) {
      const result = extractClaims(sentence);
      // Loops, not spreads: this runs for every sentence of every article.
      const covered: Span[] = [];
      for (const claim of result.claims) {
        drafts.push(claim);
        if (claim.parts) for (const span of claim.parts) covered.push(span);
        else covered.push(claim.span);
      }
      for (const skip of result.skipped) {
        skipped.push(skip);
        covered.push(skip.span);
      }
      for (const gap of connectiveGaps(sentence, covered)) skipped.push(gap);
    }
  }
  return { drafts, skipped };
}

/** The per-article stages: clean, split, extract claims, then read each claim's figures and names. */
export function analyzeArticle(article: ArticleInput): ArticleAnalysisResult {
  const cleaned = cleanArticle(article);
  const { drafts, skipped } = draftClaims(cleaned.blocks);
  // Names are read over the whole article, so a capitalised sentence opener
  // ("Officials said") is seen to be a common word used lower-case elsewhere.
  const articleMentions = extractEntities(article.text);
  const claims: Claim[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    const quantities = ownQuantities(draft, article.text, article.publishedAt);
    // Most claims are one piece: no array of spans made for them.
    const mentions = draft.parts ? mentionsWithinParts(articleMentions, draft.parts) : mentionsWithin(articleMentions, draft.span);
    // The names of the phrase a relative clause describes: "who fled in 2019" is about them.
    const antecedentMentions = draft.antecedent ? mentionsWithin(articleMentions, draft.antecedent.span) : undefined;
    claims.push(buildClaim(draft, claimId(article.id, i), article.id, quantities, mentions, antecedentMentions, []));
  }
  const diagnostics: Diagnostic[] = cleaned.diagnostics.map((d) => ({ articleId: article.id, ...d }));
  if (looksEnglishJoined(cleaned.blocks.map((b) => b.text)) === false) {
    diagnostics.push({
      articleId: article.id,
      rule: 'not-english',
      message: 'This article does not read as English; corroborate reads English only, so its claims, figures and names may be missed.',
    });
  }
  if (claims.length === 0 && article.text.trim() !== '') {
    diagnostics.push({ articleId: article.id, rule: 'no-claims', message: 'No checkable claim was found in this article.' });
  }
  const allSkipped = exactSize([...cleaned.skipped, ...skipped].sort((a, b) => a.span.start - b.span.start));
  // A loop, not filter and flatMap: no filtered copy of the skipped list, on every article.
  const captionNames: EntityMention[] = [];
  for (const s of allSkipped) {
    if (!NAME_BEARING_SKIPS.has(s.reason)) continue;
    for (const m of mentionsWithin(articleMentions, s.span)) captionNames.push(m);
  }
  return { article, cleaned, claims, captionMentions: exactSize(captionNames), skipped: allSkipped, diagnostics };
}
