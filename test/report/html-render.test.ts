import { createHash } from 'node:crypto';
import { crossReference } from '../../src/cross-reference';
import { CorroborateError } from '../../src/errors';
import { renderHtml } from '../../src/report/render-html';
import type { ArticleInput, Report } from '../../src/types';
import { loadExampleArticles } from '../../examples/load-example-articles';
import {
  claimText,
  HARBOR,
  HOSTILE_ARTICLES,
  HOSTILE_IMG,
  HOSTILE_SCRIPT,
  paneBodies,
  startTags,
  textOf,
  textWithToken,
} from './html-fixtures';

const TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'main', 'aside', 'header', 'nav', 'section', 'article',
  'h1', 'h2', 'h4', 'p', 'span', 'b', 'a', 'mark', 'blockquote', 'q', 'ul', 'li', 'details', 'summary', 'code', 'script',
]);
const ATTRS = new Set([
  'lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'href', 'role', 'tabindex', 'title',
  'aria-label', 'aria-live', 'aria-pressed',
]);

/** The page with its one inline script cut out (the script itself may contain "<"). */
function withoutScript(html: string): string {
  expect(html.match(/<script/g)).toHaveLength(1);
  return html.replace(/<script>[\s\S]*?<\/script>/, '');
}

/** Every "<" opens a known tag with known attributes; no event handler, no outside link, no markup from the text. */
function expectOnlyOwnMarkup(html: string): void {
  const page = withoutScript(html);
  expect(page.replace(/<!DOCTYPE html>/, '')).not.toMatch(/<(?![a-zA-Z/])/);
  const tags = startTags(page);
  expect(tags).toHaveLength((page.match(/<[a-zA-Z]/g) ?? []).length);
  for (const tag of tags) {
    expect(TAGS).toContain(tag.name);
    for (const [attr, value] of Object.entries(tag.attrs)) {
      if (!attr.startsWith('data-')) expect(ATTRS).toContain(attr);
      if (attr === 'href') expect(value.startsWith('#')).toBe(true);
    }
  }
}

function articleIndex(report: Report, id: string): number {
  return report.articles.findIndex((a) => a.id === id);
}

describe('renderHtml', () => {
  const report = crossReference(HOSTILE_ARTICLES);
  const html = renderHtml(report, HOSTILE_ARTICLES);
  const bodies = paneBodies(html);

  it('shows markup in an article as text and never as markup', () => {
    expectOnlyOwnMarkup(html);
    expect(html).not.toMatch(/<img|<textarea|<\/textarea/i);
    const harbor = bodies[articleIndex(report, HARBOR.id)] as string;
    expect(textOf(harbor)).toContain(HOSTILE_SCRIPT);
    expect(textOf(harbor)).toContain(HOSTILE_IMG);
    expect(textOf(harbor)).toContain('"several weeks" </textarea> at least.');
  });

  it('escapes every string from the report and the caller: summaries, sources, ids, reasons, diagnostics', () => {
    const hostileId = `gazette"><svg onload='window.__pwned=3'>`;
    const articles: ArticleInput[] = HOSTILE_ARTICLES.map((a) =>
      a.id === HARBOR.id ? { ...a, id: hostileId, source: `Harbor "Gazette" <i onmouseover='x'>` } : a,
    );
    const base = crossReference(articles);
    const hostile: Report = {
      ...base,
      articles: base.articles.map((a) => ({ ...a, skipped: a.skipped.map((s) => ({ ...s, reason: '<img src=x onerror=alert(1)>' })) })),
      findings: base.findings.map((f) => ({ ...f, summary: `${f.summary} </p><script>window.__pwned=4</script>` })),
      diagnostics: [{ articleId: hostileId, rule: '<b>rule</b>', message: `"><iframe src=x></iframe>`, span: { start: 0, end: 3 } }],
    };
    const out = renderHtml(hostile, articles);
    expectOnlyOwnMarkup(out);
    expect(out).not.toMatch(/<svg|<iframe|<img|<i /i);
    expect(textOf(withoutScript(out))).toContain('</p><script>window.__pwned=4</script>');
    // The hostile id is shown, escaped, and never used as a DOM id or selector.
    expect(out).toContain('gazette&quot;&gt;&lt;svg');
    for (const tag of startTags(out)) {
      for (const [attr, value] of Object.entries(tag.attrs)) {
        if (attr === 'id' || attr.startsWith('data-')) expect(value).toMatch(/^[a-z0-9. -]*$/);
      }
    }
  });

  it('marks every evidence span in its article, with the finding it supports', () => {
    expect(report.findings.length).toBeGreaterThan(0);
    report.findings.forEach((finding, n) => {
      finding.evidence.forEach((e, i) => {
        const body = bodies[articleIndex(report, e.articleId)] as string;
        const text = HOSTILE_ARTICLES.find((a) => a.id === e.articleId)?.text as string;
        expect(textWithToken(body, 'data-evi', `f${n}.${i}`)).toBe(text.slice(e.span.start, e.span.end));
        expect(textWithToken(body, 'data-ev', `f${n}`)).toContain(text.slice(e.span.start, e.span.end));
      });
    });
  });

  it('keeps each article text whole, line breaks and emoji included', () => {
    report.articles.forEach((a, i) => {
      const text = HOSTILE_ARTICLES.find((x) => x.id === a.id)?.text;
      expect(textOf(bodies[i] as string)).toBe(text);
    });
  });

  it('marks each claim in its text, linked to its cluster and to the findings that cite it', () => {
    report.claims.forEach((claim, k) => {
      const body = bodies[articleIndex(report, claim.articleId)] as string;
      expect(claimText(body, `c${k}`)).toBe(claim.text);
      const tag = startTags(body).find((t) => t.attrs['data-claim'] === `c${k}`);
      const cluster = report.clusters.findIndex((c) => c.claimIds.includes(claim.id));
      expect(tag?.attrs['data-cluster']).toBe(cluster < 0 ? undefined : `k${cluster}`);
      const findings = report.findings.flatMap((f, n) => (f.evidence.some((e) => e.claimId === claim.id) ? [`f${n}`] : []));
      expect(tag?.attrs['data-findings']).toBe(findings.length > 0 ? findings.join(' ') : undefined);
      expect(tag?.attrs.title).toContain(`Claim ${claim.id}`);
    });
  });

  it('shows a conflict as a card with each source side by side and its figure marked', () => {
    const n = report.findings.findIndex((f) => f.kind === 'numeric-conflict');
    const card = html.match(new RegExp(`<article class="finding sev-high" id="f${n}"[\\s\\S]*?</article>`))?.[0] as string;
    expect(card).toBeDefined();
    expect(card.match(/<div class="source">/g)).toHaveLength(2);
    expect(card).toContain('<h4>Coastal Times <span class="id">(coastal-times)</span></h4>');
    expect(card).toContain('<mark class="ev">About 3,500</mark>');
    expect(card).toContain('<mark class="ev">more than 2,000</mark>');
    expect(textOf(card)).toContain('“Port officials said more than 2,000 containers were stranded at the harbor on Monday.”');
  });

  it('allows only its own inline style and script, by hash', () => {
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] as string;
    const hash = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');
    const script = html.match(/<script>([\s\S]*?)<\/script>/)?.[1] as string;
    const style = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] as string;
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      `style-src 'sha256-${hash(style)}'`,
      `script-src 'sha256-${hash(script)}'`,
      "img-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    // Nothing to fetch: no URL, import or url() anywhere (src= and the like are ruled out by the tag check).
    expect(html).not.toMatch(/https?:\/\/|@import|url\(/);
  });

  it('gives the same page for the same input, in any article order', () => {
    expect(renderHtml(report, HOSTILE_ARTICLES)).toBe(html);
    const reversed = [...HOSTILE_ARTICLES].reverse();
    expect(renderHtml(crossReference(reversed), reversed)).toBe(html);
  });

  it('orders sections like the Markdown report and counts findings in the summary bar', () => {
    const articles = loadExampleArticles();
    const example = crossReference(articles);
    const page = renderHtml(example, articles);
    const headings = [...page.matchAll(/<section class="block" id="[^"]+"><h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings.slice(0, 5)).toEqual(['Conflicts', 'Contested claims', 'Single-source claims', 'Name variants', 'Corroborated claims']);
    expect(headings.slice(5)).toEqual(['Skipped text', 'Diagnostics'].filter((h) => headings.includes(h)));
    const conflicts = example.findings.filter((f) => f.kind === 'numeric-conflict' || f.kind === 'date-conflict').length;
    expect(page).toContain(`<a class="chip" href="#sec-conflicts"><b>${conflicts}</b> conflicts</a>`);
    const high = example.findings.filter((f) => f.severity === 'high').length;
    expect(page).toContain(`<span class="chip sev-high"><b>${high}</b> high</span>`);
    expect(page).toContain(`<p class="counts">4 articles · ${example.claims.length} claims · ${example.clusters.length} clusters · ${example.findings.length} findings</p>`);
    expect(page).toMatch(/<span class="count">\d+ independent sources<\/span>/);
    expectOnlyOwnMarkup(page);
  });

  it('renders an empty report as a page that says so', () => {
    const page = renderHtml(crossReference([]), []);
    expect(page).toContain('<title>Corroborate report: 0 articles, 0 claims, 0 findings</title>');
    expect(page).toContain('No disagreements found.');
    expect(page).toContain('No articles.');
    expect(page).toContain('<span class="chip zero"><b>0</b> conflicts</span>');
    expectOnlyOwnMarkup(page);
  });

  it('says when an article text was not supplied, and still shows the findings', () => {
    const page = renderHtml(report, []);
    expect(paneBodies(page).every((b) => b.includes('The article text was not supplied.'))).toBe(true);
    expect(page).toContain('<mark class="ev">About 3,500</mark>');
  });

  it('marks a discontinuous claim in its parts and the claim nested in its gap on its own', () => {
    const text = 'The envoy, who arrived on Tuesday, met the minister.\r\nWaves 🌊 rose 3 m.';
    const outer = 'The envoy, who arrived on Tuesday, met the minister.';
    const inner = 'who arrived on Tuesday';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const claim = (id: string, s: string, parts?: { start: number; end: number }[]) => ({
      id, articleId: 'desk', text: s, span: at(s), quantities: [], entities: [], negated: false, ...(parts ? { parts } : {}),
    });
    const base = crossReference([]);
    const nested: Report = {
      ...base,
      articles: [{ id: 'desk', claimCount: 3, skipped: [] }],
      claims: [
        claim('desk#1', outer, [at('The envoy'), at('met the minister.')]),
        claim('desk#2', inner),
        claim('desk#3', 'Waves 🌊 rose 3 m.'),
      ],
      findings: [
        { id: 'x', kind: 'single-source', severity: 'low', summary: 'Only desk', evidence: [{ articleId: 'desk', claimId: 'desk#3', text: '🌊 rose 3', span: at('🌊 rose 3') }] },
      ],
    };
    const page = renderHtml(nested, [{ id: 'desk', text }]);
    const body = paneBodies(page)[0] as string;
    expect(claimText(body, 'c0')).toBe('The envoymet the minister.');
    expect(claimText(body, 'c1')).toBe(inner);
    expect(body.match(/data-claim="c0"/g)).toHaveLength(2);
    expect(textWithToken(body, 'data-evi', 'f0.0')).toBe('🌊 rose 3');
    expect(textOf(body)).toBe(text);
    expectOnlyOwnMarkup(page);
  });

  it('throws a CorroborateError on input that is not a report and articles', () => {
    const call = (r: unknown, a: unknown) => () => renderHtml(r as Report, a as ArticleInput[]);
    expect(call(null, [])).toThrow(CorroborateError);
    expect(call({ ...report, findings: 'none' }, [])).toThrow(expect.objectContaining({ code: 'INVALID_REPORT' }));
    expect(call(report, 'text')).toThrow(expect.objectContaining({ code: 'INVALID_ARTICLES' }));
    expect(call(report, [{ id: 1 }])).toThrow(expect.objectContaining({ code: 'INVALID_ARTICLE' }));
  });
});
