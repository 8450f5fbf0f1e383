/**
 * Invented name parts. Stories draw random combinations, so a feed of
 * thousands of stories still has distinct people, places and outlets.
 */
import type { Rng } from './prng';

export const GIVEN_NAMES = [
  'Adela', 'Bram', 'Corin', 'Dalia', 'Emeric', 'Farah', 'Goran', 'Hanna', 'Idris', 'Jolan', 'Katya', 'Lior',
  'Mirela', 'Nadir', 'Oskar', 'Petra', 'Quentin', 'Rosalind', 'Sefa', 'Tobiah', 'Ulla', 'Vesna', 'Wendel', 'Ximena',
  'Yusra', 'Zoltan', 'Anouk', 'Bastian', 'Celeste', 'Dmitar', 'Elif', 'Florin', 'Greta', 'Hakon', 'Ilse', 'Jarek',
  'Kemal', 'Leonie', 'Matthias', 'Noor', 'Orla', 'Pavel', 'Rania', 'Stellan', 'Tamsin', 'Umar', 'Viktor', 'Wanda',
];

export const SURNAMES = [
  'Achterberg', 'Balogun', 'Castellane', 'Dragomir', 'Eskildsen', 'Fontaine', 'Grabowski', 'Halloran', 'Ibarra',
  'Jankovic', 'Kowalczyk', 'Lindqvist', 'Marchetti', 'Nakashima', 'Okonjo', 'Petrescu', 'Quiroga', 'Rasmussen',
  'Sandoval', 'Tervonen', 'Uzunova', 'Valdivia', 'Wojcik', 'Yilmaz', 'Zaragoza', 'Abernethy', 'Brenninkmeyer',
  'Ciobanu', 'Delacroix', 'Ferreira', 'Gudmundsson', 'Haddad', 'Ivanova', 'Kaczmarek', 'Lombardi', 'Mbeki',
  'Novak', 'Olsen', 'Pereira', 'Reinholt', 'Savastano', 'Tambor', 'Ulrich', 'Vasquez', 'Whitcombe', 'Zelenko',
];

const PLACE_HEADS = [
  'Vel', 'Kor', 'Ash', 'Brin', 'Dun', 'Esk', 'Fal', 'Gor', 'Hal', 'Isk', 'Jar', 'Kest', 'Lom', 'Mar', 'Nor',
  'Ost', 'Pell', 'Quar', 'Rav', 'Sel', 'Tarn', 'Ulm', 'Varn', 'Wex', 'Zan', 'Alder', 'Bel', 'Carr', 'Drev', 'Em',
];
const PLACE_TAILS = [
  'mora', 'holm', 'avia', 'istan', 'ford', 'grad', 'ona', 'wick', 'eth', 'ara', 'ovo', 'burg', 'dale', 'ania',
  'mouth', 'stad', 'ica', 'enza', 'port', 'ley', 'ova', 'ium', 'ash', 'ero',
];
const COUNTRY_TAILS = ['avia', 'istan', 'ania', 'ica', 'onia', 'aria', 'esia', 'ova', 'land', 'mark'];

const OUTLET_HEADS = [
  'Northern', 'Harbour', 'Capital', 'Evening', 'Morning', 'Coastal', 'Valley', 'Frontier', 'Republic', 'Daily',
  'Union', 'Central', 'Lakeside', 'Highland', 'Eastern', 'Western', 'Southern', 'Metro', 'Global', 'Plains',
];
const OUTLET_TAILS = [
  'Wire', 'Post', 'Herald', 'Courier', 'Ledger', 'Gazette', 'Dispatch', 'Chronicle', 'Tribune', 'Sentinel',
  'Observer', 'Bulletin', 'Review', 'Monitor', 'Standard', 'Times', 'Journal', 'Record', 'Examiner', 'News',
];

export function personName(rng: Rng): string {
  return `${rng.pick(GIVEN_NAMES)} ${rng.pick(SURNAMES)}`;
}

export function placeName(rng: Rng): string {
  return rng.pick(PLACE_HEADS) + rng.pick(PLACE_TAILS);
}

export function countryName(rng: Rng): string {
  return rng.pick(PLACE_HEADS) + rng.pick(COUNTRY_TAILS);
}

/** All outlet names, in a fixed order; stories pick a few of them. */
export const OUTLETS: readonly string[] = OUTLET_HEADS.flatMap((h) => OUTLET_TAILS.map((t) => `${h} ${t}`));

/** Draws distinct values until `count` are found (bounded, so a small list cannot loop forever). */
export function distinct(rng: Rng, count: number, draw: (rng: Rng) => string): string[] {
  const seen = new Set<string>();
  for (let tries = 0; seen.size < count && tries < count * 50; tries++) seen.add(draw(rng));
  return [...seen];
}
