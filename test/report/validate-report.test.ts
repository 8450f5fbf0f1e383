import { validateReport } from '../../src/report/validate-report';
import type { Report } from '../../src/types';
import { sampleReport } from './fixtures/sample-report';

/** A plain-JSON copy of the sample report, free to break. */
function broken(edit: (r: Record<string, any>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(sampleReport())) as Record<string, any>;
  edit(copy);
  return copy;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('validateReport', () => {
  it('accepts the sample report and an empty one', () => {
    expect(validateReport(sampleReport())).toEqual([]);
    const empty: Report = { schemaVersion: 2, articles: [], claims: [], clusters: [], entities: [], findings: [], diagnostics: [] };
    expect(validateReport(empty)).toEqual([]);
  });

  it('rejects values that are not objects', () => {
    expect(validateReport(null)).toEqual(['report: expected an object, got null']);
    expect(validateReport([])).toEqual(['report: expected an object, got an array']);
    expect(validateReport('{}')).toHaveLength(1);
  });

  it('requires schemaVersion 2', () => {
    expect(validateReport(broken((r) => (r.schemaVersion = 1)))).toEqual(['schemaVersion: expected 2, got 1']);
    expect(validateReport(broken((r) => delete r.schemaVersion))).toEqual(['schemaVersion: expected 2, got undefined']);
  });

  it('names a missing or mistyped top-level list', () => {
    expect(validateReport(broken((r) => delete r.claims))).toContain('claims: expected an array, got undefined');
    expect(validateReport(broken((r) => (r.findings = {})))).toContain('findings: expected an array, got object');
  });

  it('checks finding kinds and severities against their enums', () => {
    const problems = validateReport(
      broken((r) => {
        r.findings[0].kind = 'opinion';
        r.findings[1].severity = 'urgent';
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^findings\[0\]\.kind: expected one of numeric-conflict, date-conflict/);
    expect(problems[1]).toMatch(/^findings\[1\]\.severity: expected one of high, medium, low, got "urgent"/);
  });

  it('checks spans: integers, not negative, start <= end', () => {
    expect(validateReport(broken((r) => (r.claims[0].span = { start: 9, end: 4 })))).toEqual([
      'claims[0].span: start 9 is after end 4',
    ]);
    expect(validateReport(broken((r) => (r.claims[0].span.start = -1)))).toEqual([
      'claims[0].span.start: expected an integer >= 0, got -1',
    ]);
    expect(validateReport(broken((r) => (r.findings[3].evidence[0].span.end = 1.5)))).toEqual([
      'findings[3].evidence[0].span.end: expected an integer >= 0, got 1.5',
    ]);
    expect(validateReport(broken((r) => delete r.articles[0].skipped[0].span))).toEqual([
      'articles[0].skipped[0].span: expected an object, got undefined',
    ]);
  });

  it('checks field types, including optional ones when present', () => {
    const problems = validateReport(
      broken((r) => {
        r.claims[1].negated = 'no';
        r.claims[1].attribution = { speaker: 'Officials' };
        r.articles[1].source = null;
        r.articles[2].claimCount = -3;
        r.entities[0].variants = ['ok', 7];
      }),
    );
    expect(problems).toEqual([
      'articles[1].source: expected a string, got null',
      'articles[2].claimCount: expected an integer >= 0, got -3',
      'claims[1].attribution.verb: expected a string, got undefined',
      'claims[1].negated: expected a boolean, got string',
      'entities[0].variants[1]: expected a string, got number',
    ]);
  });

  it('flags quantities that did not survive JSON (Infinity becomes null) and inverted intervals', () => {
    const problems = validateReport(
      broken((r) => {
        r.claims[1].quantities[0].high = null;
        r.claims[4].quantities[0].low = 5000;
      }),
    );
    expect(problems).toEqual([
      'claims[1].quantities[0].high: expected a finite number, got null',
      'claims[4].quantities[0]: low 5000 is above high 1200',
    ]);
  });

  it('flags dangling references and duplicate ids', () => {
    const problems = validateReport(
      broken((r) => {
        r.findings[2].evidence[0].claimId = 'nowhere#1';
        r.findings[2].clusterId = 'k99';
        r.clusters[0].articleIds.push('ghost');
        r.claims[1].id = r.claims[0].id;
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'claims: duplicate id "coast-wire#1"',
        'clusters[0].articleIds: unknown article "ghost"',
        'findings[2].clusterId: unknown cluster "k99"',
        'findings[2].evidence[0].claimId: unknown claim "nowhere#1"',
      ]),
    );
  });

  it('never throws and never mutates, even on deeply broken input', () => {
    const frozen = deepFreeze(broken((r) => {
      r.claims = [null, 3, { span: 'x', quantities: [null] }];
      r.findings = [{ evidence: [7] }];
    }));
    expect(() => validateReport(frozen)).not.toThrow();
    expect(validateReport(frozen).length).toBeGreaterThan(5);
  });
});
