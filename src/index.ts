/**
 * corroborate: cross-reference news articles, claim by claim.
 * The one-call pipeline, each stage on its own, the renderers, and the types.
 */
export { crossReference } from './cross-reference';
export type { CrossReferenceOptions } from './cross-reference';
export { crossReferenceAsync } from './cross-reference-async';
export type { CrossReferenceAsyncOptions } from './cross-reference-async';
export type { Progress, ProgressListener } from './parallel/progress';
export { createIndex, loadIndex, mergeIndexes } from './create-index';
export type { CorroborateIndex, SavedIndex } from './create-index';
export { CorroborateError } from './errors';
export type { CorroborateErrorCode } from './errors';

// Stages, in pipeline order.
export { cleanArticle } from './clean/clean-article';
export type { CleanArticleOptions } from './clean/clean-article';
export type { LineRule, LineRefiner, Line, LineContext, LineVerdicts } from './clean/types';
export { splitSentences } from './sentences/split-sentences';
export type { SplitSentencesOptions } from './sentences/types';
export { extractClaims } from './claims/extract-claims';
export type { ExtractClaimsOptions } from './claims/extract-claims';
export type { AttributionRule, AttributionMatch, AttributionKind, SplitRule, SplitPoint, SplitContext, Token } from './claims/types';
export type { SkipRule } from './claims/skip-rules';
export { extractQuantities } from './quantities/extract-quantities';
export type { ExtractQuantitiesOptions } from './quantities/types';
export { subjectsCompatible } from './quantities/subjects-compatible';
export { extractEntities } from './entities/extract-entities';
export type { ExtractEntitiesOptions, EntityGrouping, EntityNameInput } from './entities/types';
export { isNameVariant, isPartialName } from './entities/is-name-variant';
export { groupEntities } from './entities/group-entities';
export { analyzeArticle } from './pipeline/analyze-article';
export type { ArticleAnalysisResult } from './pipeline/analyze-article';
export { findNearDuplicates, originsFromDuplicates } from './sources';
export type { NearDuplicatePair, NearDuplicateOptions } from './sources/find-near-duplicates';
export { clusterClaims, DEFAULT_CLUSTER_THRESHOLD } from './cluster/cluster-claims';
export type { ClusterOptions } from './cluster/cluster-claims';
export { compareClusters, DEFAULT_TOLERANCE } from './compare/compare-clusters';
export type { CompareOptions } from './compare/compare-clusters';
export type { NameSighting } from './compare/name-variants';
export { intervalGap } from './compare/interval-gap';

// Output.
export { renderJson } from './report/render-json';
export { renderMarkdown } from './report/render-markdown';
export { renderHtml } from './report/render-html';
export { validateReport } from './report/validate-report';

export type * from './types';
