import { expectArray, expectObject, type Problems } from './validate-fields';
import { checkReferences } from './validate-references';
import {
  checkArticle,
  checkClaim,
  checkCluster,
  checkDiagnostic,
  checkEntity,
  checkFinding,
} from './validate-shapes';

const LISTS: [key: string, check: (value: unknown, path: string, problems: Problems) => void][] = [
  ['articles', checkArticle],
  ['claims', checkClaim],
  ['clusters', checkCluster],
  ['entities', checkEntity],
  ['findings', checkFinding],
  ['diagnostics', checkDiagnostic],
];

/**
 * Checks a parsed JSON value against the report contract of DESIGN.md and
 * returns the problems found, each prefixed with its path; empty means valid.
 * Never throws: it is meant for reports read back from files or other tools.
 */
export function validateReport(value: unknown): string[] {
  const problems: Problems = [];
  const report = expectObject(value, 'report', problems);
  if (!report) return problems;
  if (report.schemaVersion !== 2) {
    problems.push(`schemaVersion: expected 2, got ${JSON.stringify(report.schemaVersion) ?? 'undefined'}`);
  }
  for (const [key, check] of LISTS) {
    expectArray(report[key], key, problems)?.forEach((item, i) => check(item, `${key}[${i}]`, problems));
  }
  checkReferences(report, problems);
  return problems;
}
