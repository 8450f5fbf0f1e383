import type { AttributionRule } from '../types';
import { buildMatch } from './build-match';
import { isSpeakerPhrase } from './noun-phrase';

/** "According to X, ...", "..., according to X." and "..., according to X, ...": the speaker runs to the next comma. */
export const accordingTo: AttributionRule = {
  name: 'according-to',
  match(text, tokens, guarded) {
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (guarded[k] || tokens[k].lower !== 'according' || tokens[k + 1].lower !== 'to') continue;
      let end = k + 2;
      while (end < tokens.length && !guarded[end] && !/^[,;:!?]$/.test(tokens[end].text)) end++;
      // A final period ends the speaker, a period inside a word token ("U.S") does not.
      if (end === tokens.length && tokens[end - 1]?.text === '.') end--;
      if (!isSpeakerPhrase(tokens, guarded, k + 2, end)) continue;
      return buildMatch(text, tokens, k + 2, end, 'according to', 'according-to', this.name);
    }
    return null;
  },
};
