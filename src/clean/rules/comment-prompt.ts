import type { LineRule } from '../types';
import { normalizeLabel } from './normalize-label';
import { labelHeads, mayOpenWith } from './label-heads';

const PROMPTS: ReadonlySet<string> = new Set([
  'leave a reply', 'leave a comment', 'leave your comment', 'post a comment', 'add comment', 'add a comment',
  'comment', 'comments', 'your comment', 'your name', 'your email', 'name', 'email', 'website', 'cancel reply',
  'submit', 'post comment', 'send', 'be the first to comment', 'join the discussion', 'show comments',
  'view comments', 'load comments',
]);
const PROMPT_OPENINGS = [
  'please enter your', 'your email address will not be published', 'save my name', 'you must be logged in',
  'required fields are marked', 'this site uses akismet', 'notify me of',
];
const COMMENT_COUNT = /^\d{1,5} comments?$/u;
// How prompts open: most prose lines open otherwise, and are passed over without reading their label.
const PROMPT_HEADS = labelHeads([...PROMPTS, ...PROMPT_OPENINGS]);
const MAX_LENGTH = 200;

/** Comment-form prompts: "Leave a reply", "Please enter your comment!", "* Comment:". */
export const commentPrompt: LineRule = {
  name: 'comment-prompt',
  reason: 'comment prompt',
  test: (line) => {
    if (line.text.length > MAX_LENGTH || !mayOpenWith(line.text, PROMPT_HEADS)) return false;
    const label = normalizeLabel(line.text);
    return PROMPTS.has(label) || COMMENT_COUNT.test(label) || PROMPT_OPENINGS.some((p) => label.startsWith(p));
  },
};
