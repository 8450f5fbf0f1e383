/** Escaping for the HTML report: every string from an article or a report goes through here. */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an HTML text node or a double- or single-quoted attribute.
 * Markup in an article (`<script>`, `<img onerror>`, `</textarea>`) comes out as
 * plain characters, and a quote cannot close the attribute it stands in.
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
