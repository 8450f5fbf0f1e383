import { renderJson } from '../../src/report/render-json';
import { validateReport } from '../../src/report/validate-report';
import type { Report } from '../../src/types';
import { sampleReport } from './fixtures/sample-report';

/** A deep copy whose objects list their keys in reverse: same data, different construction order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) out[key] = reverseKeys((value as Record<string, unknown>)[key]);
  return out;
}

describe('renderJson', () => {
  it('renders the same report to byte-identical text', () => {
    expect(renderJson(sampleReport())).toBe(renderJson(sampleReport()));
  });

  it('uses 2-space indentation and ends with one newline', () => {
    const text = renderJson(sampleReport());
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 2,');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('puts keys in the contract order whatever order the objects were built in', () => {
    const scrambled = reverseKeys(sampleReport()) as Report;
    expect(Object.keys(scrambled)[0]).toBe('diagnostics');
    expect(renderJson(scrambled)).toBe(renderJson(sampleReport()));
    const top = Object.keys(JSON.parse(renderJson(scrambled)) as object);
    expect(top).toEqual(['schemaVersion', 'articles', 'claims', 'clusters', 'entities', 'findings', 'diagnostics']);
  });

  it('orders nested keys too (claims, quantities, evidence, spans)', () => {
    const parsed = JSON.parse(renderJson(reverseKeys(sampleReport()) as Report)) as Report;
    const claim = parsed.claims.find((c) => c.quantities.length > 0 && c.attribution);
    expect(Object.keys(claim ?? {})).toEqual(['id', 'articleId', 'text', 'span', 'quantities', 'entities', 'attribution', 'negated']);
    expect(Object.keys(claim?.quantities[0] ?? {})).toEqual(['text', 'span', 'value', 'low', 'high', 'unit', 'subject']);
    expect(Object.keys(claim?.span ?? {})).toEqual(['start', 'end']);
    expect(Object.keys(parsed.findings[3].evidence[0])).toEqual(['articleId', 'claimId', 'text', 'span', 'value', 'unit']);
  });

  it('round-trips through JSON.parse into an equal, valid report', () => {
    const report = sampleReport();
    const parsed: unknown = JSON.parse(renderJson(report));
    expect(parsed).toEqual(report);
    expect(validateReport(parsed)).toEqual([]);
  });

  it('drops undefined optional fields and keeps unknown keys after the known ones', () => {
    const report = sampleReport();
    const withExtras = {
      ...report,
      articles: [{ ...report.articles[2], source: undefined, zeta: 1, alpha: 2 }, ...report.articles.slice(0, 2)],
    } as unknown as Report;
    const first = (JSON.parse(renderJson(withExtras)) as { articles: object[] }).articles[0];
    expect(Object.keys(first)).toEqual(['id', 'claimCount', 'skipped', 'alpha', 'zeta']);
  });

  it('does not mutate the report', () => {
    const report = sampleReport();
    const before = JSON.stringify(report);
    renderJson(reverseKeys(report) as Report);
    renderJson(report);
    expect(JSON.stringify(report)).toBe(before);
  });
});
