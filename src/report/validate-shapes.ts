/** Shape checks for each kind of object the JSON report holds (DESIGN.md contract). */
import type { FindingKind } from '../types';
import { SEVERITIES } from '../internal/severities';
import {
  expectArray,
  expectBoolean,
  expectCount,
  expectEnum,
  expectNumber,
  expectObject,
  expectSpan,
  expectString,
  expectStringArray,
  type Problems,
} from './validate-fields';
import { checkParts } from './validate-parts';

export const FINDING_KINDS: readonly FindingKind[] = [
  'numeric-conflict',
  'date-conflict',
  'name-variant',
  'single-source',
  'contested',
];

export function checkArticle(value: unknown, path: string, problems: Problems): void {
  const a = expectObject(value, path, problems);
  if (!a) return;
  expectString(a, 'id', path, problems);
  expectString(a, 'source', path, problems, true);
  expectString(a, 'publishedAt', path, problems, true);
  expectCount(a, 'claimCount', path, problems);
  expectArray(a.skipped, `${path}.skipped`, problems)?.forEach((item, i) => {
    const s = expectObject(item, `${path}.skipped[${i}]`, problems);
    if (!s) return;
    expectSpan(s, 'span', `${path}.skipped[${i}]`, problems);
    expectString(s, 'reason', `${path}.skipped[${i}]`, problems);
  });
}

function checkQuantity(value: unknown, path: string, problems: Problems): void {
  const q = expectObject(value, path, problems);
  if (!q) return;
  expectString(q, 'text', path, problems);
  expectSpan(q, 'span', path, problems);
  const before = problems.length;
  for (const key of ['value', 'low', 'high']) expectNumber(q, key, path, problems);
  if (problems.length === before && (q.low as number) > (q.high as number)) {
    problems.push(`${path}: low ${String(q.low)} is above high ${String(q.high)}`);
  }
  expectString(q, 'unit', path, problems);
  expectString(q, 'subject', path, problems, true);
  expectString(q, 'qualifier', path, problems, true);
}

export function checkClaim(value: unknown, path: string, problems: Problems): void {
  const c = expectObject(value, path, problems);
  if (!c) return;
  expectString(c, 'id', path, problems);
  expectString(c, 'articleId', path, problems);
  expectString(c, 'text', path, problems);
  expectSpan(c, 'span', path, problems);
  checkParts(c, path, problems);
  expectArray(c.quantities, `${path}.quantities`, problems)?.forEach((q, i) =>
    checkQuantity(q, `${path}.quantities[${i}]`, problems),
  );
  expectStringArray(c, 'entities', path, problems);
  if (c.attribution !== undefined) {
    const attr = expectObject(c.attribution, `${path}.attribution`, problems);
    if (attr) {
      expectString(attr, 'speaker', `${path}.attribution`, problems);
      expectString(attr, 'verb', `${path}.attribution`, problems);
    }
  }
  expectBoolean(c, 'negated', path, problems);
}

export function checkCluster(value: unknown, path: string, problems: Problems): void {
  const c = expectObject(value, path, problems);
  if (!c) return;
  expectString(c, 'id', path, problems);
  expectStringArray(c, 'claimIds', path, problems);
  expectStringArray(c, 'articleIds', path, problems);
  expectCount(c, 'independentSources', path, problems);
}

export function checkEntity(value: unknown, path: string, problems: Problems): void {
  const e = expectObject(value, path, problems);
  if (!e) return;
  expectString(e, 'id', path, problems);
  expectString(e, 'name', path, problems);
  expectStringArray(e, 'variants', path, problems);
}

function checkEvidence(value: unknown, path: string, problems: Problems): void {
  const e = expectObject(value, path, problems);
  if (!e) return;
  expectString(e, 'articleId', path, problems);
  expectString(e, 'claimId', path, problems, true);
  expectString(e, 'text', path, problems);
  expectSpan(e, 'span', path, problems);
  expectNumber(e, 'value', path, problems, true);
  expectString(e, 'unit', path, problems, true);
}

export function checkFinding(value: unknown, path: string, problems: Problems): void {
  const f = expectObject(value, path, problems);
  if (!f) return;
  expectString(f, 'id', path, problems);
  expectEnum(f, 'kind', FINDING_KINDS, path, problems);
  expectEnum(f, 'severity', SEVERITIES, path, problems);
  expectString(f, 'summary', path, problems);
  expectString(f, 'clusterId', path, problems, true);
  expectArray(f.evidence, `${path}.evidence`, problems)?.forEach((e, i) =>
    checkEvidence(e, `${path}.evidence[${i}]`, problems),
  );
}

export function checkDiagnostic(value: unknown, path: string, problems: Problems): void {
  const d = expectObject(value, path, problems);
  if (!d) return;
  expectString(d, 'articleId', path, problems, true);
  expectString(d, 'rule', path, problems);
  expectString(d, 'message', path, problems);
  expectSpan(d, 'span', path, problems, true);
}
