import type { AttributionRule } from '../types';
import { hasTrait, QUOTING_VERB } from '../token-traits';
import { buildMatch } from './build-match';
import { isSpeakerPhrase } from './noun-phrase';

/** "as saying" and its kin -> lemma. */
const AS_VERBS: Readonly<Record<string, string>> = { saying: 'say', telling: 'tell', stating: 'state', reporting: 'report', claiming: 'claim', warning: 'warn' };

export const QUOTING_VERBS: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/** "The agency quoted X as saying ...": X is the one who said it. */
export const quotedAsSaying: AttributionRule = {
  name: 'quoted-as-saying',
  match(text, tokens, guarded) {
    for (let k = 0; k < tokens.length; k++) {
      // The trait bit is `QUOTING_VERBS` read once per word (see `word-roles`), not a set lookup per token.
      if (guarded[k] || !hasTrait(tokens[k], QUOTING_VERB)) continue;
      for (let a = k + 2; a + 1 < tokens.length && a <= k + 16; a++) {
        const verb = AS_VERBS[tokens[a + 1].lower];
        if (tokens[a].lower === 'as' && verb !== undefined) {
          if (!isSpeakerPhrase(tokens, guarded, k + 1, a)) break;
          return buildMatch(text, tokens, k + 1, a, verb, 'quoted-as-saying', this.name);
        }
      }
    }
    return null;
  },
};
