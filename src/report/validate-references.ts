/**
 * Cross-reference checks for `validateReport`: ids are unique within their
 * list and every id a report points at exists. Runs on any parsed value, so
 * it only follows fields whose type is already right (shape problems are
 * reported by the shape checks, not twice here).
 */
import { isPlain, type Plain, type Problems } from './validate-fields';

function items(value: unknown): Plain[] {
  return Array.isArray(value) ? value.filter(isPlain) : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The set of ids in one list, recording duplicates. */
function collectIds(list: unknown, name: string, problems: Problems): Set<string> {
  const seen = new Set<string>();
  for (const item of items(list)) {
    if (typeof item.id !== 'string') continue;
    if (seen.has(item.id)) problems.push(`${name}: duplicate id ${JSON.stringify(item.id)}`);
    seen.add(item.id);
  }
  return seen;
}

function expectKnown(id: unknown, known: Set<string>, what: string, path: string, problems: Problems): void {
  if (typeof id === 'string' && !known.has(id)) problems.push(`${path}: unknown ${what} ${JSON.stringify(id)}`);
}

export function checkReferences(report: Plain, problems: Problems): void {
  const articles = collectIds(report.articles, 'articles', problems);
  const claims = collectIds(report.claims, 'claims', problems);
  const clusters = collectIds(report.clusters, 'clusters', problems);
  const entities = collectIds(report.entities, 'entities', problems);
  collectIds(report.findings, 'findings', problems);

  items(report.claims).forEach((c, i) => {
    expectKnown(c.articleId, articles, 'article', `claims[${i}].articleId`, problems);
    strings(c.entities).forEach((e) => expectKnown(e, entities, 'entity', `claims[${i}].entities`, problems));
  });
  items(report.clusters).forEach((c, i) => {
    strings(c.claimIds).forEach((id) => expectKnown(id, claims, 'claim', `clusters[${i}].claimIds`, problems));
    strings(c.articleIds).forEach((id) => expectKnown(id, articles, 'article', `clusters[${i}].articleIds`, problems));
  });
  items(report.findings).forEach((f, i) => {
    expectKnown(f.clusterId, clusters, 'cluster', `findings[${i}].clusterId`, problems);
    items(f.evidence).forEach((e, j) => {
      expectKnown(e.articleId, articles, 'article', `findings[${i}].evidence[${j}].articleId`, problems);
      expectKnown(e.claimId, claims, 'claim', `findings[${i}].evidence[${j}].claimId`, problems);
    });
  });
  items(report.diagnostics).forEach((d, i) =>
    expectKnown(d.articleId, articles, 'article', `diagnostics[${i}].articleId`, problems),
  );
}
