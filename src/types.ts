/**
 * The data model. The report types (`Report` and what it holds) are the JSON
 * contract of DESIGN.md: other tools read them, so change them only together
 * with `schemaVersion`. The stage types below them are the library's own.
 */

// ---------------------------------------------------------------- contract --

/** One article handed to the library. `publishedAt` is an ISO date (YYYY-MM-DD or a full timestamp). */
export interface ArticleInput {
  id: string;
  text: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

/** Half-open UTF-16 offsets into an article's ORIGINAL text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A number as written, read as an interval after its qualifiers. */
export interface Quantity {
  text: string;
  span: Span;
  value: number;
  low: number;
  high: number;
  unit: string;
  subject?: string;
  qualifier?: string;
}

export type FindingKind = 'numeric-conflict' | 'date-conflict' | 'name-variant' | 'single-source' | 'contested';
export type Severity = 'high' | 'medium' | 'low';

export interface Evidence {
  articleId: string;
  claimId?: string;
  text: string;
  span: Span;
  value?: number;
  unit?: string;
}

export interface Finding {
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** One line an editor can read. */
  summary: string;
  clusterId?: string;
  evidence: Evidence[];
}

export interface SkippedSpan {
  span: Span;
  reason: string;
}

export interface Attribution {
  speaker: string;
  verb: string;
}

export interface ReportArticle {
  id: string;
  source?: string;
  publishedAt?: string;
  claimCount: number;
  skipped: SkippedSpan[];
}

export interface ReportClaim {
  id: string;
  articleId: string;
  text: string;
  span: Span;
  quantities: Quantity[];
  /** Canonical entity ids (see `Report.entities`). */
  entities: string[];
  attribution?: Attribution;
  negated: boolean;
}

export interface ReportCluster {
  id: string;
  claimIds: string[];
  articleIds: string[];
  /** Distinct origins behind the cluster: reprints of one source count once. */
  independentSources: number;
}

export interface ReportEntity {
  id: string;
  name: string;
  variants: string[];
}

/** A non-fatal problem, vfile-style: which rule noticed it and where. */
export interface Diagnostic {
  articleId?: string;
  rule: string;
  message: string;
  span?: Span;
}

export interface Report {
  schemaVersion: 1;
  articles: ReportArticle[];
  claims: ReportClaim[];
  clusters: ReportCluster[];
  entities: ReportEntity[];
  findings: Finding[];
  diagnostics: Diagnostic[];
}

// ------------------------------------------------------------ stage types --

/** A run of text with its span; `text === original.slice(span.start, span.end)`. */
export interface TextSegment {
  text: string;
  span: Span;
}

/** Output of `cleanArticle`: the body blocks worth reading and what was dropped, with why. */
export interface CleanedArticle {
  id: string;
  /** The original text, unchanged: every span points into it. */
  text: string;
  /** Body paragraphs (a scraped paragraph broken over several lines is one block). */
  blocks: TextSegment[];
  skipped: SkippedSpan[];
  /** Who originally published the text when it says it is a reprint ("originally published by X"). */
  origin?: string;
  /** Wire services the article credits for material ("some information from Reuters ..."). */
  wireCredits: string[];
  diagnostics: Diagnostic[];
}

export type Sentence = TextSegment;

/** An atomic claim before ids and features are attached. Spans are in the same coordinates as the input sentence. */
export interface ClaimDraft {
  text: string;
  span: Span;
  attribution?: Attribution & { span?: Span };
  negated: boolean;
  /** Hedge words (may, reportedly, allegedly ...) found in the claim, lower-case. */
  hedges: string[];
  /** True when the claim is (or contains) directly quoted speech. */
  quoted: boolean;
  /** True when the claim states that someone rejects, denies or disputes another statement. */
  rejects: boolean;
}

export interface ClaimExtraction {
  claims: ClaimDraft[];
  skipped: SkippedSpan[];
}

export type EntityKind = 'person' | 'place' | 'organization' | 'other';

/** A name as it stands in the text: `text` is the exact slice; `name` drops titles, possessives and roles. */
export interface EntityMention {
  text: string;
  span: Span;
  name: string;
  kind: EntityKind;
  /** Title or role written beside the name (President, Foreign Minister, spokesman). */
  role?: string;
}

/** A claim with everything later stages need. */
export interface Claim extends ClaimDraft {
  id: string;
  articleId: string;
  quantities: Quantity[];
  mentions: EntityMention[];
  /** Canonical entity ids, filled once names are grouped across articles. */
  entities: string[];
}

export interface ArticleAnalysis {
  article: ArticleInput;
  cleaned: CleanedArticle;
  claims: Claim[];
}

export interface Cluster {
  id: string;
  claimIds: string[];
  articleIds: string[];
  independentSources: number;
}
