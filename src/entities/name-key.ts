/**
 * Spelling-neutral keys for name words. A key keeps consonants (with
 * transliteration digraphs folded: q->k, w->v, ph->f, kh, sh/ch, dh->d ...)
 * and folds vowels into three classes, because romanisations swap vowels
 * inside a class (o/u: Mohamed/Muhamed, e/i/y: Karzei/Karzai) far more
 * often than across classes (Hassan/Hussein, Sudan/Sedan are different names).
 */
import { boundedMemo } from '../internal/bounded-memo';

const MARKS = /\p{M}/gu;
const DOUBLES = /(.)\1+/g;

// Letters NFKD does not decompose, written by their usual Latin stand-ins (Kılıç = Kilic, Đoković = Djokovic).
const UNDECOMPOSED: Readonly<Record<string, string>> = { ı: 'i', đ: 'dj', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' };
const UNDECOMPOSED_RE = /[ıđłøæœß]/g;

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower-case, diacritics removed, NFKD-folded. */
export function foldCase(s: string): string {
  // Plain ASCII has nothing to decompose or strip: most names of a feed.
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch] ?? ch);
}

// Ordered: longer digraphs first so "sch" is not read as "s" + "ch".
const DIGRAPHS: readonly [RegExp, string][] = [
  // Greek chi and Slavic h before r or l are one sound, written ch, kh or h (Christos/Hristos/Khristos).
  [/^(?:ch|h)(?=[rl])/, '#'],
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
  // Greek gamma before i then a vowel is that y: Karagiannis = Karayannis, Giannis = Yannis.
  [/(^|[aeiou])gi(?=[aeou])/g, '$1j'],
  [/([aeiou])h$/, '$1'],
];

/**
 * "Servant of" names joined to the next word, with the linking vowel or
 * article written many ways: Abdirahman (Somali), Abdulrahman, Abdelrahman,
 * Abdurrahman are one name.
 */
const ABD_LINK = /^abd(?:ul|el|al|ur|ar|ou|u|i|e)(?=[b-df-hj-np-tv-z][a-z]{2})/;

const VOWEL_CLASS: Readonly<Record<string, string>> = { a: 'A', e: 'I', i: 'I', y: 'I', o: 'U', u: 'U' };

/** Phonetic key of one lower-case word: consonants folded, vowels as A / I / U. */
export const phoneticKey = boundedMemo(readPhoneticKey);

function readPhoneticKey(word: string): string {
  // German and French render the Russian -ov ending as -off / -ow (Ivanoff, Romanow).
  let s = word.replace(/off$/, 'ov').replace(ABD_LINK, 'abd').replace(DOUBLES, '$1');
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  let out = '';
  for (const ch of s) out += VOWEL_CLASS[ch] ?? ch;
  // "ai"/"ay" read as one front vowel: Hussain/Hussein, Mikhail/Mikhael.
  return out.replace(DOUBLES, '$1').replace(/AI/g, 'I').replace(DOUBLES, '$1');
}

/**
 * A looser key for the letters romanisations add or drop between vowels:
 * a non-initial h or kh (Bahrain/Baharain, Rahmon/Rakhmon, Nahid/Nakhid)
 * and the glide y (Basayev/Basaev, Mariya/Maria); a final -eh is the
 * Persian spelling of the Arabic -a ending (Haniyeh/Haniya). An inner run
 * of vowels then counts as one, read by its first class; a final run is
 * kept because endings carry gender (Maria/Mario, Yevgeny/Yevgenia).
 */
export const looseKey = boundedMemo(readLooseKey);

function readLooseKey(word: string): string {
  const s = word
    .replace(/off$/, 'ov')
    .replace(/eh$/, 'a')
    .replace(/(?<=.)kh/g, '')
    // An h that is not part of a digraph (sh, ch, zh, th, ph, gh, dh, kh) and not initial.
    .replace(/(?<=[^sczptgdk])h/g, '')
    .replace(/([aeiou])y(?=[aeiou])/g, '$1');
  // A vowel run inside a word reads as one vowel; a run that ends the word is kept.
  // (No lookahead: /[AIU]+(?=[^AIU])/ rescans a long final run from every start, which is quadratic.)
  const key = phoneticKey(s);
  return key.replace(/([AIU])[AIU]+/g, (run: string, first: string, at: number) => (at + run.length === key.length ? run : first));
}

export const isVowelClass = (ch: string | undefined): boolean => ch === 'A' || ch === 'I' || ch === 'U';

// Consonants that romanisations and typists confuse with each other (l and r: one sound in many
// languages, Chichewa's Mkandawire/Mkandawile or Japanese and Korean names).
// s and sh/ch ($) too: a dropped h (Petrache/Petrace, Shevchenko/Sevchenko) is a common slip.
// g and j (y before a vowel): Greek gamma before i/e and Egyptian jim are written either way
// (Giorgos/Yiorgos, Gamal/Jamal).
const CONFUSABLE_GROUPS = ['sz$', 'kg#', 'dt', 'fv', 'bp', 'lr', 'gj'];

export function areConfusable(a: string, b: string): boolean {
  return CONFUSABLE_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

const MERGE: Readonly<Record<string, string>> = { z: 's', $: 's', g: 'k', j: 'k', '#': 'k', h: '', t: 'd', v: 'f', b: 'p', r: 'l' };

/**
 * Blocking key: consonants only, confusable ones merged, a final t/h dropped.
 * Any two words the matcher can accept share it (or share a Double Metaphone code).
 */
export function consonantSkeleton(key: string): string {
  let out = '';
  for (const ch of key) if (!isVowelClass(ch)) out += MERGE[ch] ?? ch;
  return out.replace(DOUBLES, '$1').replace(/d$/, '');
}

/**
 * Polish nasal vowels romanised: ą is written a (its letter without the
 * hook) or om/on, ę is written e or em/en (Dąbrowski: Dabrowski, Dombrowski;
 * Węgrzyn: Wegrzyn, Wengrzyn). Folds om/on and em/en before a consonant.
 */
export function nasalFold(norm: string): string {
  return norm.replace(/o[mn](?=[b-df-hj-np-tv-xz])/g, 'a').replace(/e[mn](?=[b-df-hj-np-tv-xz])/g, 'e');
}

/**
 * Greek chi romanised: written ch, kh or h (Chatzidakis, Hatzidakis;
 * Vlachou, Vlakhou, Vlahou). Folds ch and kh to h.
 */
export function chiFold(norm: string): string {
  return norm.replace(/[ck]h/g, 'h');
}
