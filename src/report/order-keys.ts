/**
 * Rebuilds report objects with their keys in the contract's order so that
 * JSON output does not depend on how a stage happened to build an object.
 * Keys the contract does not name are kept (sorted, after the known ones) so
 * nothing is silently lost; `undefined` values are dropped as JSON would.
 */
import type {
  Diagnostic,
  Evidence,
  Finding,
  Quantity,
  Report,
  ReportArticle,
  ReportClaim,
  ReportCluster,
  ReportEntity,
  SkippedSpan,
  Span,
} from '../types';

type Plain = Record<string, unknown>;
type Nested = Record<string, (value: unknown) => unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies `value` with `keys` first (in that order), then any other keys sorted; nested values go through `nested`. */
function ordered(value: unknown, keys: readonly string[], nested: Nested = {}): unknown {
  if (!isPlain(value)) return value;
  const out: Plain = {};
  const extra = Object.keys(value)
    .filter((k) => !keys.includes(k))
    .sort();
  for (const key of [...keys, ...extra]) {
    const v = value[key];
    if (v === undefined) continue;
    const convert = nested[key];
    out[key] = convert ? convert(v) : v;
  }
  return out;
}

function each(convert: (value: unknown) => unknown): (value: unknown) => unknown {
  return (value) => (Array.isArray(value) ? value.map(convert) : value);
}

const orderSpan = (v: unknown): unknown => ordered(v, ['start', 'end'] satisfies (keyof Span)[]);

const orderSkipped = (v: unknown): unknown =>
  ordered(v, ['span', 'reason'] satisfies (keyof SkippedSpan)[], { span: orderSpan });

const orderArticle = (v: unknown): unknown =>
  ordered(v, ['id', 'source', 'publishedAt', 'claimCount', 'skipped'] satisfies (keyof ReportArticle)[], {
    skipped: each(orderSkipped),
  });

const orderQuantity = (v: unknown): unknown =>
  ordered(
    v,
    ['text', 'span', 'value', 'low', 'high', 'unit', 'subject', 'qualifier'] satisfies (keyof Quantity)[],
    { span: orderSpan },
  );

const orderClaim = (v: unknown): unknown =>
  ordered(
    v,
    ['id', 'articleId', 'text', 'span', 'parts', 'quantities', 'entities', 'attribution', 'negated'] satisfies (keyof ReportClaim)[],
    {
      span: orderSpan,
      parts: each(orderSpan),
      quantities: each(orderQuantity),
      attribution: (a) => ordered(a, ['speaker', 'verb']),
    },
  );

const orderCluster = (v: unknown): unknown =>
  ordered(v, ['id', 'claimIds', 'articleIds', 'independentSources'] satisfies (keyof ReportCluster)[]);

const orderEntity = (v: unknown): unknown =>
  ordered(v, ['id', 'name', 'variants'] satisfies (keyof ReportEntity)[]);

const orderEvidence = (v: unknown): unknown =>
  ordered(v, ['articleId', 'claimId', 'text', 'span', 'value', 'unit'] satisfies (keyof Evidence)[], {
    span: orderSpan,
  });

const orderFinding = (v: unknown): unknown =>
  ordered(v, ['id', 'kind', 'severity', 'summary', 'clusterId', 'evidence'] satisfies (keyof Finding)[], {
    evidence: each(orderEvidence),
  });

const orderDiagnostic = (v: unknown): unknown =>
  ordered(v, ['articleId', 'rule', 'message', 'span'] satisfies (keyof Diagnostic)[], { span: orderSpan });

/** A copy of the report whose objects list their keys in the contract's order. */
export function orderReportKeys(report: Report): unknown {
  return ordered(
    report,
    ['schemaVersion', 'articles', 'claims', 'clusters', 'entities', 'findings', 'diagnostics'] satisfies (keyof Report)[],
    {
      articles: each(orderArticle),
      claims: each(orderClaim),
      clusters: each(orderCluster),
      entities: each(orderEntity),
      findings: each(orderFinding),
      diagnostics: each(orderDiagnostic),
    },
  );
}
