import { crossReference } from '../../src/cross-reference';
import { analyzeArticle } from '../../src/pipeline/analyze-article';
import { validateReport } from '../../src/report/validate-report';
import { renderJson } from '../../src/report/render-json';
import { brokenSpans, overlappingClaims, uncoveredText } from '../helpers/invariants';

const TEXT = 'The envoy, who arrived on Tuesday with 40 aides, met Foreign Minister Lena Brandt.\n\nThe talks lasted three hours.';
const ARTICLE = { id: 'desk', text: TEXT, publishedAt: '2024-05-02' };

describe('a relative clause lifted out of a sentence', () => {
  const analysis = analyzeArticle(ARTICLE);
  const [outer, inner] = analysis.claims;

  it('makes the main claim discontinuous and the clause a claim of its own', () => {
    expect(outer.text).toBe('The envoy, who arrived on Tuesday with 40 aides, met Foreign Minister Lena Brandt.');
    expect(outer.parts!.map((p) => TEXT.slice(p.start, p.end))).toEqual(['The envoy', 'met Foreign Minister Lena Brandt.']);
    expect(inner.text).toBe('who arrived on Tuesday with 40 aides');
    expect(inner.antecedent?.text).toBe('The envoy');
  });

  it('gives the figures and the date in the clause to the clause only', () => {
    expect(outer.quantities).toEqual([]);
    expect(inner.quantities.map((q) => q.text)).toEqual(['Tuesday', '40']);
    expect(inner.quantities.every((q) => q.span.start >= inner.span.start && q.span.end <= inner.span.end)).toBe(true);
  });

  it('gives the names in the main claim to the main claim only', () => {
    expect(outer.mentions.map((m) => m.name)).toContain('Lena Brandt');
    expect(inner.mentions).toEqual([]);
  });

  it('records the commas around the clause as connective text', () => {
    const connectives = analysis.skipped.filter((s) => s.reason === 'connective').map((s) => TEXT.slice(s.span.start, s.span.end));
    expect(connectives).toEqual([',', ',']);
  });

  it('reports parts in a valid schemaVersion 2 report that keeps every invariant', () => {
    const report = crossReference([ARTICLE]);
    expect(report.schemaVersion).toBe(2);
    expect(validateReport(JSON.parse(renderJson(report)))).toEqual([]);
    expect(brokenSpans(report, [ARTICLE])).toEqual([]);
    expect(uncoveredText(report, ARTICLE)).toEqual([]);
    expect(overlappingClaims(report)).toEqual([]);
    const claim = report.claims.find((c) => c.parts)!;
    expect(claim.text).toBe(TEXT.slice(claim.span.start, claim.span.end));
    expect(Object.keys(claim).slice(0, 5)).toEqual(['id', 'articleId', 'text', 'span', 'parts']);
    expect(report.claims.filter((c) => !c.parts).every((c) => !('parts' in c))).toBe(true);
  });

  it('counts the antecedent’s names among the clause claim’s entities', () => {
    const text = 'Lena Brandt, who arrived on Tuesday with 40 aides, met the envoy.';
    const report = crossReference([{ id: 'x', text }]);
    const clause = report.claims.find((c) => c.text.startsWith('who'))!;
    const brandt = report.entities.find((e) => e.name === 'Lena Brandt')!;
    expect(clause.entities).toEqual([brandt.id]);
  });
});

describe('figures of a lifted clause read with the phrase it describes', () => {
  const text = 'Prices rose again as inflation, which quickened to 6.7 percent in May, squeezed wages. The tremor, which measured 5.2, shook the port. The toll, which rose to 31 on Friday, may climb.';
  const analysis = analyzeArticle({ id: 'rates', text, publishedAt: '2024-06-03' });
  const clauses = analysis.claims.filter((c) => c.antecedent);

  it('knows what a rate, a reading or a toll in the clause measures', () => {
    const read = clauses.map((c) => c.quantities.map((q) => [q.text, q.unit, q.subject]));
    expect(read).toEqual([
      [['6.7 percent', 'percent', 'inflation'], ['May', 'date', undefined]],
      [['5.2', 'magnitude', 'magnitude']],
      [['31', 'people', 'death'], ['Friday', 'date', undefined]],
    ]);
  });

  it('keeps every figure inside its clause, slicing back to its text', () => {
    for (const c of clauses) {
      for (const q of c.quantities) {
        expect(q.span.start).toBeGreaterThanOrEqual(c.span.start);
        expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
      }
    }
  });
});
