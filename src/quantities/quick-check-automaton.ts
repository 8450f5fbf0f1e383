import { trieChild, type AsciiWordTrie } from './tables/ascii-word-trie';
import { isAsciiLetter } from '../internal/ascii';

/**
 * The quick check as a table-driven automaton over ASCII char codes: one table load per
 * character, with no branch that depends on where words start or end. The check reads every
 * character of every claim and most claims hold no quantity, so its cost per character is its
 * cost; branching on letter runs and trie walks cost about twice as much.
 */
export interface QuickCheckAutomaton {
  /** The state after reading ASCII code c in state s at `step[(s << 7) | c]`. */
  readonly step: Uint16Array;
  /** The state that says yes; it only ever steps to itself. */
  readonly accept: number;
  /** 1 at a state where the letters read since the last non-letter spell a word of the trie. */
  readonly ends: Uint8Array;
}

/**
 * States: the trie's nodes (node 0, the root, also stands between letter runs), then one for
 * "inside a letter run that spells no word and begins none", then the accepting state. A letter
 * walks the trie; a non-letter after a whole word, or any code `says yes` to, accepts; any other
 * non-letter goes back to the root.
 */
export function buildQuickCheckAutomaton(trie: AsciiWordTrie, saysYes: (code: number) => boolean): QuickCheckAutomaton {
  const nodes = trie.ends.length;
  const noWord = nodes;
  const accept = nodes + 1;
  if (accept > 0xffff) throw new RangeError('buildQuickCheckAutomaton: too many trie nodes for 16-bit states');
  const ends = new Uint8Array(accept + 1);
  ends.set(trie.ends);
  const step = new Uint16Array((accept + 1) << 7);
  for (let s = 0; s <= accept; s++) {
    for (let code = 0; code < 128; code++) {
      let to: number;
      if (s === accept || saysYes(code)) to = accept;
      else if (isAsciiLetter(code)) to = s === noWord ? noWord : trieChild(trie.next, s, code) || noWord;
      else to = ends[s] === 1 ? accept : 0;
      step[(s << 7) | code] = to;
    }
  }
  return { step, accept, ends };
}
