/**
 * Spelling-neutral keys for name words. A key keeps consonants (with
 * transliteration digraphs folded: q->k, w->v, ph->f, kh, sh/ch, dh->d ...)
 * and folds vowels into three classes, because romanisations swap vowels
 * inside a class (o/u: Muttaqi/Mottaki, e/i/y: Stanekzai/Stanikzai) far more
 * often than across classes (Hassan/Hussein, Sudan/Sedan are different names).
 */

const MARKS = /\p{M}/gu;
const DOUBLES = /(.)\1+/g;

/** Lower-case, diacritics removed, NFKD-folded. */
export function foldCase(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

// Ordered: longer digraphs first so "sch" is not read as "s" + "ch".
const DIGRAPHS: readonly [RegExp, string][] = [
  [/sch|tch|ch|sh/g, '$'],
  [/dzh|zh|dj/g, 'j'],
  [/kh/g, '#'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/q/g, 'k'],
  // w after a vowel and before a consonant is a vowel glide (Rowhani = Rouhani); else it is v (Lavrow).
  [/([aeiou])w(?=[b-df-hj-np-tv-z])/g, '$1u'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  // y is a consonant only before a vowel at a syllable start: Yusuf, Maya; not Kyiv, Pyotr.
  [/(^|[aeiou])y(?=[aeiou])/g, '$1j'],
  [/([aeiou])h$/, '$1'],
];

const VOWEL_CLASS: Readonly<Record<string, string>> = { a: 'A', e: 'I', i: 'I', y: 'I', o: 'U', u: 'U' };

/** Phonetic key of one lower-case word: consonants folded, vowels as A / I / U. */
export function phoneticKey(word: string): string {
  let s = word.replace(DOUBLES, '$1');
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  let out = '';
  for (const ch of s) out += VOWEL_CLASS[ch] ?? ch;
  // "ai"/"ay" read as one front vowel: Hussain/Hussein, Mikhail/Mikhael.
  return out.replace(DOUBLES, '$1').replace(/AI/g, 'I').replace(DOUBLES, '$1');
}

export const isVowelClass = (ch: string | undefined): boolean => ch === 'A' || ch === 'I' || ch === 'U';

// Consonants that romanisations and typists confuse with each other.
const CONFUSABLE_GROUPS = ['sz', 'kg#', 'dt', 'fv', 'bp'];

export function areConfusable(a: string, b: string): boolean {
  return CONFUSABLE_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

const MERGE: Readonly<Record<string, string>> = { z: 's', g: 'k', '#': 'k', h: '', t: 'd', v: 'f', b: 'p' };

/**
 * Blocking key: consonants only, confusable ones merged, a final t/h dropped.
 * Any two words the matcher can accept share it (or share a Double Metaphone code).
 */
export function consonantSkeleton(key: string): string {
  let out = '';
  for (const ch of key) if (!isVowelClass(ch)) out += MERGE[ch] ?? ch;
  return out.replace(DOUBLES, '$1').replace(/d$/, '');
}
