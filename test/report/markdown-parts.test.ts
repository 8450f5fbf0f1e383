import { quoteClaim } from '../../src/report/markdown-quote';
import { renderMarkdown } from '../../src/report/render-markdown';
import type { Report, ReportClaim } from '../../src/types';

const TEXT = 'The envoy, who arrived on Tuesday with 40 aides, met the minister.';
const OUTER: ReportClaim = {
  id: 'a#1',
  articleId: 'a',
  text: TEXT,
  span: { start: 0, end: TEXT.length },
  parts: [
    { start: 0, end: 9 },
    { start: 49, end: TEXT.length },
  ],
  quantities: [],
  entities: [],
  negated: false,
};

describe('Markdown quoting of a discontinuous claim', () => {
  it('quotes only its own pieces, joined with an ellipsis', () => {
    expect(TEXT.slice(49)).toBe('met the minister.');
    expect(quoteClaim(OUTER)).toBe('“The envoy … met the minister.”');
  });

  it('bolds the part of a piece the evidence points at', () => {
    expect(quoteClaim(OUTER, [53, 65])).toBe('“The envoy … met **the minister**.”');
  });

  it('quotes a claim in one piece whole, as before', () => {
    const inner: ReportClaim = { ...OUTER, id: 'a#2', text: 'who arrived on Tuesday with 40 aides', span: { start: 11, end: 47 }, parts: undefined };
    expect(quoteClaim(inner)).toBe('“who arrived on Tuesday with 40 aides”');
    expect(quoteClaim(inner, [28, 30])).toBe('“who arrived on Tuesday with **40** aides”');
  });

  it('uses the pieces in the corroborated section', () => {
    const other: ReportClaim = { ...OUTER, id: 'b#1', articleId: 'b' };
    const report: Report = {
      schemaVersion: 2,
      articles: [
        { id: 'a', claimCount: 1, skipped: [] },
        { id: 'b', claimCount: 1, skipped: [] },
      ],
      claims: [OUTER, other],
      clusters: [{ id: 'cluster-1', claimIds: ['a#1', 'b#1'], articleIds: ['a', 'b'], independentSources: 2 }],
      entities: [],
      findings: [],
      diagnostics: [],
    };
    const md = renderMarkdown(report, [
      { id: 'a', text: TEXT },
      { id: 'b', text: TEXT },
    ]);
    expect(md).toContain('- “The envoy … met the minister.” — 2 independent sources: a; b');
  });
});
