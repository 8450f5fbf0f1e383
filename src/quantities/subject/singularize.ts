import { lookupTable } from '../../internal/lookup-table';
/** Irregular plurals news counts often; the rest follow the suffix rules below. */
const IRREGULAR: Readonly<Record<string, string>> = lookupTable({
  people: 'person', men: 'man', women: 'woman', children: 'child', personnel: 'personnel',
  police: 'police', lives: 'life', wives: 'wife', knives: 'knife', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', data: 'data', media: 'media', series: 'series', species: 'species',
  news: 'news', crises: 'crisis', analyses: 'analysis',
});

const NOT_PLURAL_ENDINGS = /(?:ss|us|is|ous)$/;

/** Singular of a lower-case English noun, by a small irregular table and suffix rules. */
export function singularize(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || NOT_PLURAL_ENDINGS.test(word)) return word;
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** True when the word reads as a plural noun ("troops", "men", "people"). */
export function looksPlural(word: string): boolean {
  if (word === 'personnel' || word === 'police' || word === 'people') return true;
  return singularize(word) !== word;
}
