import type { LineRule } from '../types';
import { normalizeLabel } from './normalize-label';
import { labelHeads, mayOpenWith } from './label-heads';

const CALL_TO_ACTION = /^(?:join|follow|subscribe|sign up|download|get|click|tap|like)\b/iu;
const PROMOTED_THING = /\b(?:channel|newsletters?|telegram|whatsapp|twitter|facebook|instagram|youtube|tiktok|app|podcast|updates|alerts|feed|page|here|notifications|subscription)\b/iu;
const BARE_PROMPTS: ReadonlySet<string> = new Set(['subscribe', 'subscribe now', 'sign up', 'sign up now', 'donate', 'support us']);
// Promotions address the reader about the site ("our channel", "follow us"); short ones need not.
// How bare prompts open: most lines open otherwise, and are passed over without reading their label.
const BARE_HEADS = labelHeads(BARE_PROMPTS);
const ADDRESSES_READER = /\b(?:our|us)\b/iu;
/** "Subscribe to the Tribune from €4.90 a month": a line that opens by asking for a subscription sells one, whatever it names. */
const SUBSCRIBE_OPENER = /^subscribe\s+(?:to|for|now|today|from)\b/iu;
const MAX_SHORT_WORDS = 8;
const MAX_LENGTH = 200;

/** Promotion: "Join our ... channel", "Subscribe", "Follow us on ...". */
export const promotion: LineRule = {
  name: 'promotion',
  reason: 'promotion',
  test: (line) => {
    if (line.text.length > MAX_LENGTH) return false;
    if (mayOpenWith(line.text, BARE_HEADS) && BARE_PROMPTS.has(normalizeLabel(line.text))) return true;
    if (SUBSCRIBE_OPENER.test(line.text)) return true;
    if (!CALL_TO_ACTION.test(line.text) || !PROMOTED_THING.test(line.text)) return false;
    return ADDRESSES_READER.test(line.text) || line.text.split(/\s+/u).length <= MAX_SHORT_WORDS;
  },
};
