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

/** What a finding flags (the README's "What it finds" table lists when each is raised). */
export type FindingKind = 'numeric-conflict' | 'date-conflict' | 'name-variant' | 'single-source' | 'contested';
/** How much a finding matters to an editor; for figures it grows with how far apart the stated values are. */
export type Severity = 'high' | 'medium' | 'low';

/** One place in one article that a finding points at: `text` is exactly the article's text at `span`. */
export interface Evidence {
  articleId: string;
  claimId?: string;
  text: string;
  span: Span;
  value?: number;
  unit?: string;
}

/** A disagreement, name variant or lone claim worth an editor's check, with the evidence for it. */
export interface Finding {
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** One line an editor can read. */
  summary: string;
  clusterId?: string;
  evidence: Evidence[];
}

/** Text kept out of the claims (boilerplate, captions, ...) and why, so nothing is dropped silently. */
export interface SkippedSpan {
  span: Span;
  reason: string;
}

/** Who a claim is attributed to and the verb that attributes it ("officials", "said"). */
export interface Attribution {
  speaker: string;
  verb: string;
}

/** An article as the report lists it: its metadata, how many claims it gave, and what was skipped. */
export interface ReportArticle {
  id: string;
  source?: string;
  publishedAt?: string;
  claimCount: number;
  skipped: SkippedSpan[];
}

/** An atomic claim in the report, with its figures, entities and attribution. */
export interface ReportClaim {
  id: string;
  articleId: string;
  /** The claim's whole extent: `articleText.slice(span.start, span.end)`. */
  text: string;
  span: Span;
  /**
   * Present only for a discontinuous claim (schemaVersion 2): the pieces that
   * belong to it, sorted, non-overlapping, each inside `span` and non-blank.
   * The gaps between them hold other claims ("The envoy, who arrived on
   * Tuesday, met the minister.": parts "The envoy" and "met the minister.").
   */
  parts?: Span[];
  quantities: Quantity[];
  /** Canonical entity ids (see `Report.entities`). */
  entities: string[];
  attribution?: Attribution;
  negated: boolean;
}

/** Claims from different articles that state the same thing. */
export interface ReportCluster {
  id: string;
  claimIds: string[];
  articleIds: string[];
  /** Distinct origins behind the cluster: reprints of one source count once. */
  independentSources: number;
}

/** One entity across all articles: a canonical name and every spelling seen. */
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

/** What `crossReference` returns: the JSON contract other tools read, versioned by `schemaVersion`. */
export interface Report {
  /** 2 since claims may carry `parts`; a v1 reader that ignores `parts` still finds `text === slice(span)`. */
  schemaVersion: 2;
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

/** One sentence of an article body, as `splitSentences` returns it. */
export type Sentence = TextSegment;

/** An atomic claim before ids and features are attached. Spans are in the same coordinates as the input sentence. */
export interface ClaimDraft {
  /** The whole extent, `original.slice(span.start, span.end)`; nested claims included when `parts` is set. */
  text: string;
  span: Span;
  /** Present only for a discontinuous claim: its own pieces, sorted; the gaps hold other claims. */
  parts?: Span[];
  /**
   * For a claim made of a relative clause ("who arrived on Tuesday"): the noun
   * phrase it describes ("The envoy"), so the claim can be read on its own.
   */
  antecedent?: TextSegment;
  attribution?: Attribution & { span?: Span };
  negated: boolean;
  /** Hedge words (may, reportedly, allegedly ...) found in the claim, lower-case. */
  hedges: string[];
  /** True when the claim is (or contains) directly quoted speech. */
  quoted: boolean;
  /** True when the claim states that someone rejects, denies or disputes another statement. */
  rejects: boolean;
}

/** Output of `extractClaims`: the claims of one sentence and the spans of it that are not claims. */
export interface ClaimExtraction {
  claims: ClaimDraft[];
  skipped: SkippedSpan[];
}

/** The kind of thing a name refers to, as far as the rules can tell. */
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
  /** Names in the antecedent of a relative-clause claim: they count toward its entities, not as sightings. */
  antecedentMentions?: EntityMention[];
  /** Canonical entity ids, filled once names are grouped across articles. */
  entities: string[];
}

/** The per-article stages' output for one article, before anything is compared across articles. */
export interface ArticleAnalysis {
  article: ArticleInput;
  cleaned: CleanedArticle;
  claims: Claim[];
}

/** A group of claims from the clustering stage; the report holds it as a `ReportCluster`. */
export interface Cluster {
  id: string;
  claimIds: string[];
  articleIds: string[];
  independentSources: number;
}
