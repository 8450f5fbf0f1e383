import { renderMarkdown } from '../../src/report/render-markdown';
import type { Report } from '../../src/types';
import { ARTICLES, CONFLICT_SUMMARY, COAST_TEXT, HARBOR_TEXT, sampleReport, spanOf } from './fixtures/sample-report';

const SECTION_ORDER = [
  '## Conflicts',
  '## Contested claims',
  '## Single-source claims',
  '## Name variants',
  '## Corroborated claims',
  '## Skipped text',
  '## Diagnostics',
];

/** The lines between a section heading and the next heading. */
function section(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, next < 0 ? undefined : next).filter((l) => l !== '');
}

function emptyReport(): Report {
  return { schemaVersion: 2, articles: [], claims: [], clusters: [], entities: [], findings: [], diagnostics: [] };
}

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleReport(), ARTICLES);

  it('opens with a title that counts articles, claims and findings', () => {
    expect(md.split('\n')[0]).toBe('# Corroborate report: 3 articles, 8 claims, 4 findings');
    expect(md).toContain('Findings by severity: 1 high, 1 medium, 2 low.');
  });

  it('lists the articles in a table with their sources and dates', () => {
    expect(md).toContain('| harbor-daily | Harbor Daily | 2024-03-05 | 3 |');
    expect(md).toContain('| river-news |  |  | 2 |');
  });

  it('puts the sections in editorial order regardless of the order of findings', () => {
    const positions = SECTION_ORDER.map((h) => md.split('\n').indexOf(h));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).not.toContain('No disagreements found.');
  });

  it('shows each conflicting figure bold inside its sentence, with source and span', () => {
    const lines = section(md, '## Conflicts');
    expect(lines[0]).toBe(`- **high** · ${CONFLICT_SUMMARY}`);
    const harbor = spanOf(HARBOR_TEXT, '1,200');
    const coast = spanOf(COAST_TEXT, '900');
    expect(lines).toContain(
      `  - Harbor Daily (harbor-daily): 1,200 — “Officials said **1,200** homes lost power.” (chars ${harbor.start}–${harbor.end})`,
    );
    expect(lines).toContain(
      `  - Coast Wire (coast-wire): 900 — “About **900** homes lost power, the utility said.” (chars ${coast.start}–${coast.end})`,
    );
  });

  it('falls back to the evidence text when the claim id does not resolve', () => {
    const report = sampleReport();
    const conflict = report.findings[3];
    conflict.evidence = [{ ...conflict.evidence[0], claimId: 'missing', text: 'some 900 homes' }];
    const lines = section(renderMarkdown(report, ARTICLES), '## Conflicts');
    expect(lines[1]).toMatch(/^ {2}- Coast Wire \(coast-wire\): 900 homes — “some 900 homes” \(chars \d+–\d+\)$/);
  });

  it('quotes both sides of a contested claim', () => {
    const lines = section(md, '## Contested claims');
    expect(lines[0]).toMatch(/^- \*\*medium\*\* · Disputed:/);
    expect(lines[1]).toContain('Harbor Daily (harbor-daily): “Officials said 1,200 homes lost power.”');
    expect(lines[2]).toContain('river-news: “A council member denied that 1,200 homes lost power.”');
  });

  it('lists single-source claims with escaped backticks and underscores', () => {
    const lines = section(md, '## Single-source claims');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('“Mayor Ilsa Varga said the \\`east\\` pier held\\_up fine.”');
  });

  it('says which spelling each source used for a name variant', () => {
    const lines = section(md, '## Name variants');
    expect(lines.slice(1)).toEqual([
      `  - Coast Wire (coast-wire) writes “Ilsa Varga” (chars ${spanOf(COAST_TEXT, 'Ilsa Varga').start}–${spanOf(COAST_TEXT, 'Ilsa Varga').end})`,
      `  - Harbor Daily (harbor-daily) writes “Ilse Varga” (chars ${spanOf(HARBOR_TEXT, 'Ilse Varga').start}–${spanOf(HARBOR_TEXT, 'Ilse Varga').end})`,
    ]);
  });

  it('shows corroborated clusters (2+ independent sources) with one claim and every source', () => {
    const lines = section(md, '## Corroborated claims');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '- “\\#1 concern: the Kellbrook bridge closed on Tuesday after flooding.” — 3 independent sources: ' +
        'Coast Wire (coast-wire); Harbor Daily (harbor-daily); river-news',
    );
    expect(lines.join('\n')).not.toContain('pier held');
  });

  it('counts skipped text by reason per article and lists diagnostics with their rule', () => {
    expect(section(md, '## Skipped text')).toEqual([
      '- Coast Wire (coast-wire): 1 × ad',
      '- Harbor Daily (harbor-daily): 1 × boilerplate',
    ]);
    expect(section(md, '## Diagnostics')).toEqual([
      '- `clean/hash-line`: Line starts with # but reads as body text (river-news, chars 0–2)',
    ]);
  });

  it('escapes article text so pipes, emphasis and leading hashes cannot break the layout', () => {
    const report = sampleReport();
    report.findings[0].evidence[0] = { ...report.findings[0].evidence[0], claimId: 'harbor-daily#3' };
    const text = renderMarkdown(report, ARTICLES);
    expect(text).toContain('Ilse Varga called it the \\*worst\\* storm \\| in years.');
    const outsideTable = text.split('\n').filter((l) => !l.startsWith('| '));
    expect(outsideTable.filter((l) => /(^|[^\\])\|/.test(l))).toEqual([]);
  });

  it('escapes source names and folds newlines so a table row stays one line', () => {
    const text = renderMarkdown(sampleReport(), [{ id: 'river-news', text: '', source: 'River | News\n# Weekly' }]);
    expect(text).toContain('| river-news | River \\| News # Weekly |  | 2 |');
    expect(text).toContain('River \\| News # Weekly (river-news)');
  });

  it('orders findings within a section by severity, most severe first', () => {
    const report = sampleReport();
    const high = report.findings[3];
    report.findings.splice(3, 0, { ...high, id: 'f0', severity: 'low', summary: 'A minor gap in counts' });
    const lines = section(renderMarkdown(report, ARTICLES), '## Conflicts').filter((l) => l.startsWith('- '));
    expect(lines).toEqual([`- **high** · ${CONFLICT_SUMMARY}`, '- **low** · A minor gap in counts']);
  });

  it('omits empty sections and says so when there are no findings', () => {
    const report = { ...emptyReport(), articles: [{ id: 'solo', claimCount: 0, skipped: [] }] };
    const text = renderMarkdown(report, []);
    expect(text).toBe(
      '# Corroborate report: 1 article, 0 claims, 0 findings\n\n' +
        '| Article | Source | Published | Claims |\n| --- | --- | --- | ---: |\n| solo |  |  | 0 |\n\n' +
        'No disagreements found.\n',
    );
  });

  it('is deterministic and does not depend on the order of the articles argument', () => {
    expect(renderMarkdown(sampleReport(), ARTICLES)).toBe(md);
    expect(renderMarkdown(sampleReport(), [...ARTICLES].reverse())).toBe(md);
  });

  it('does not mutate its inputs', () => {
    const report = sampleReport();
    const before = JSON.stringify([report, ARTICLES]);
    renderMarkdown(report, ARTICLES);
    expect(JSON.stringify([report, ARTICLES])).toBe(before);
  });
});
