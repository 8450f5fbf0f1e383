import { extractQuantities } from '../../src/quantities/extract-quantities';
import { lemma } from '../../src/cluster/claim-terms';
import { singularize } from '../../src/quantities/subject/singularize';

// Words that name properties of every plain JavaScript object. Word tables are
// looked up with the article's own words, so these must read as ordinary words.
const OBJECT_WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('words that are also Object property names', () => {
  test.each(OBJECT_WORDS)('"%s" is not read as a number, unit, month or weekday', (word) => {
    const found = extractQuantities(`The ${word} said ${word} 40 ${word} people left on ${word} 3.`);
    expect(found.map((q) => q.value)).toContain(40);
    for (const q of found) {
      expect(Number.isFinite(q.value)).toBe(true);
      expect(typeof q.unit).toBe('string');
      expect(q.text).not.toContain(word);
    }
  });

  test.each(OBJECT_WORDS)('"%s" lemmatises and singularises to a string', (word) => {
    expect(typeof lemma(word.toLowerCase())).toBe('string');
    expect(typeof singularize(word.toLowerCase())).toBe('string');
  });
});
