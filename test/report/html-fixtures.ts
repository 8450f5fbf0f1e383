/**
 * Articles written for the HTML report tests: two outlets disagree on a
 * figure, one of them carries markup that must never run, and a third agrees
 * on a side fact. Plus small helpers to read the rendered page without a DOM.
 */
import type { ArticleInput } from '../../src/types';

export const HOSTILE_SCRIPT = '<script>window.__pwned=1</script>';
export const HOSTILE_IMG = '<img src=x onerror="window.__pwned=2">';

export const HARBOR: ArticleInput = {
  id: 'harbor-gazette',
  source: 'Harbor Gazette',
  publishedAt: '2025-02-03',
  text:
    `${HOSTILE_SCRIPT}\nPort officials said more than 2,000 containers were stranded at the harbor on Monday. ` +
    `${HOSTILE_IMG} The storm also closed the coastal highway.\r\n` +
    'A spokesman said repairs to the quay would take "several weeks" </textarea> at least.',
};

export const COASTAL: ArticleInput = {
  id: 'coastal-times',
  source: 'Coastal Times',
  publishedAt: '2025-02-03',
  text:
    'About 3,500 containers were stranded at the harbor on Monday, port officials said. ' +
    "The coastal highway was closed by the storm. 🌊 Crews & divers said the quay's repairs would take several weeks.",
};

export const BAY: ArticleInput = {
  id: 'bay-bulletin',
  source: 'Bay Bulletin',
  publishedAt: '2025-02-04',
  text: 'The storm closed the coastal highway on Monday night. Ferry services resumed on Tuesday morning.',
};

export const HOSTILE_ARTICLES: ArticleInput[] = [HARBOR, COASTAL, BAY];

/** Reverses escapeHtml. */
export function unescapeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text a fragment shows: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return unescapeHtml(html.replace(/<[^>]*>/g, ''));
}

/** The inner HTML of each article pane's text, by pane index. */
export function paneBodies(html: string): string[] {
  return [...html.matchAll(/<div class="pane-body">([\s\S]*?)<\/div><\/section>/g)].map((m) => m[1] as string);
}

/** Every start tag in the page: name and attributes (values decoded). */
export function startTags(html: string): { name: string; attrs: Record<string, string>; raw: string }[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:="[^"]*")?)*)\s*>/g)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] as string).matchAll(/([a-zA-Z][a-zA-Z0-9-]*)(?:="([^"]*)")?/g)) {
      attrs[a[1] as string] = unescapeHtml(a[2] ?? '');
    }
    return { name: (m[1] as string).toLowerCase(), attrs, raw: m[0] };
  });
}

/** The concatenated text of the elements whose `attr` lists `token` (space-separated, as `~=` matches). */
export function textWithToken(fragment: string, attr: string, token: string): string {
  const re = new RegExp(`<(mark|span)\\b[^>]*\\b${attr}="([^"]*)"[^>]*>([^<]*)</\\1>`, 'g');
  let out = '';
  for (const m of fragment.matchAll(re)) if ((m[2] as string).split(' ').includes(token)) out += m[3] as string;
  return unescapeHtml(out);
}

/** The concatenated text of the claim elements with the given DOM id (a discontinuous claim has several). */
export function claimText(fragment: string, domId: string): string {
  const re = new RegExp(
    `<span class="claim[^"]*" data-claim="${domId}"[^>]*>((?:[^<]|<mark[^>]*>|</mark>|<span class="skip"[^>]*>[\\s\\S]*?</span>)*)</span>`,
    'g',
  );
  return [...fragment.matchAll(re)].map((m) => textOf(m[1] as string)).join('');
}
