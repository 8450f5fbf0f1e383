/** The one check renderHtml makes before reading its input: misuse throws, odd content renders. */
import { CorroborateError } from '../errors';
import type { Report } from '../types';

const LISTS = ['articles', 'claims', 'clusters', 'entities', 'findings', 'diagnostics'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws a CorroborateError when the arguments are not a report and a list of articles. */
export function checkHtmlInput(report: unknown, articles: unknown): asserts report is Report {
  if (!isObject(report)) throw new CorroborateError('INVALID_REPORT', 'renderHtml: report must be an object');
  for (const key of LISTS) {
    if (!Array.isArray(report[key])) throw new CorroborateError('INVALID_REPORT', `renderHtml: report.${key} must be an array`);
  }
  if (!Array.isArray(articles)) throw new CorroborateError('INVALID_ARTICLES', 'renderHtml: articles must be an array');
  (articles as unknown[]).forEach((a, i) => {
    if (!isObject(a) || typeof a.id !== 'string' || typeof a.text !== 'string') {
      throw new CorroborateError('INVALID_ARTICLE', `renderHtml: articles[${i}] needs a string id and text`);
    }
  });
}
