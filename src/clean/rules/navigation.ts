import type { LineRule } from '../types';
import { normalizeLabel } from './normalize-label';
import { endsWithSentencePunctuation, words } from '../text-shape';

const NAVIGATION_LABELS: ReadonlySet<string> = new Set([
  'navigation', 'menu', 'main menu', 'toggle navigation', 'skip to content', 'skip to main content', 'home',
  'search', 'close', 'back', 'back to top', 'next', 'previous', 'share', 'share this', 'share this article',
  'share on facebook', 'share on twitter', 'print', 'email', 'e-mail', 'facebook', 'twitter', 'whatsapp',
  'telegram', 'linkedin', 'reddit', 'copy link', 'sign in', 'log in', 'login', 'register', 'my account',
  'advertisement', 'sponsored', 'sponsored content', 'ad', 'top', 'listen', 'listen to this article',
  'font size', 'text size',
]);
const BREADCRUMB_SEPARATORS = [' » ', ' › ', ' > ', ' / ', ' | '];

/** Breadcrumbs ("Home » World » Asia"): several short labels joined by a separator. */
function isBreadcrumb(text: string): boolean {
  if (text.length > 160 || endsWithSentencePunctuation(text)) return false;
  const separator = BREADCRUMB_SEPARATORS.find((s) => text.includes(s));
  if (!separator) return false;
  const parts = text.split(separator);
  return parts.length >= 2 && parts.every((part) => words(part).length <= 4);
}

/** Site navigation: menu labels, share buttons, breadcrumbs. */
export const navigation: LineRule = {
  name: 'navigation',
  reason: 'navigation',
  test: (line) => (line.text.length <= 40 && NAVIGATION_LABELS.has(normalizeLabel(line.text))) || isBreadcrumb(line.text),
};
