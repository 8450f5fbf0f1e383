import { validateReport } from '../../src/report/validate-report';
import type { Report, ReportClaim } from '../../src/types';

const TEXT = 'The envoy, who arrived on Tuesday, met the minister.';

/** A report with one discontinuous claim and the claim nested in its gap. */
function report(parts: unknown): unknown {
  const outer: ReportClaim = { id: 'a#1', articleId: 'a', text: TEXT, span: { start: 0, end: TEXT.length }, quantities: [], entities: [], negated: false };
  const inner: ReportClaim = { id: 'a#2', articleId: 'a', text: 'who arrived on Tuesday', span: { start: 11, end: 33 }, quantities: [], entities: [], negated: false };
  const r: Report = {
    schemaVersion: 2,
    articles: [{ id: 'a', claimCount: 2, skipped: [] }],
    claims: [outer, inner],
    clusters: [],
    entities: [],
    findings: [],
    diagnostics: [],
  };
  return JSON.parse(JSON.stringify({ ...r, claims: [{ ...outer, parts }, inner] }));
}

const GOOD = [{ start: 0, end: 9 }, { start: 35, end: TEXT.length }];

describe('validateReport: claim parts (schemaVersion 2)', () => {
  it('accepts well-formed parts and a claim without them', () => {
    expect(TEXT.slice(0, 9)).toBe('The envoy');
    expect(TEXT.slice(35)).toBe('met the minister.');
    expect(validateReport(report(GOOD))).toEqual([]);
    expect(validateReport(report(undefined))).toEqual([]);
  });

  it('rejects parts that are not spans', () => {
    expect(validateReport(report('x'))).toEqual(['claims[0].parts: expected an array, got string']);
    expect(validateReport(report([{ start: 0 }, GOOD[1]]))).toEqual(['claims[0].parts[0].end: expected an integer >= 0, got undefined']);
  });

  it('wants at least two pieces', () => {
    expect(validateReport(report([{ start: 0, end: TEXT.length }]))).toEqual([
      'claims[0].parts: expected at least 2 pieces (leave it out for a claim in one piece), got 1',
    ]);
  });

  it('rejects overlapping, unsorted and empty pieces', () => {
    expect(validateReport(report([{ start: 0, end: 20 }, { start: 10, end: TEXT.length }]))).toContain(
      'claims[0].parts[1]: overlaps or precedes the piece before it',
    );
    expect(validateReport(report([GOOD[1], GOOD[0]]))).toContain('claims[0].parts[1]: overlaps or precedes the piece before it');
    expect(validateReport(report([{ start: 0, end: 0 }, { start: 5, end: 9 }, GOOD[1]]))).toContain('claims[0].parts[0]: empty piece');
  });

  it('wants the pieces to run from span start to span end, inside it, and non-blank', () => {
    expect(validateReport(report([{ start: 4, end: 9 }, GOOD[1]]))).toEqual(['claims[0].parts: pieces must run from span.start to span.end']);
    expect(validateReport(report([{ start: 0, end: 9 }, { start: 35, end: 90 }]))).toEqual([
      'claims[0].parts: pieces must run from span.start to span.end',
      "claims[0].parts[1]: outside the claim's span",
    ]);
    expect(TEXT.slice(10, 11)).toBe(' ');
    expect(validateReport(report([GOOD[0], { start: 10, end: 11 }, GOOD[1]]))).toEqual(['claims[0].parts[1]: blank piece']);
  });
});
