import { extractEntities } from '../../src/entities/extract-entities';
import { isGivenNameSyllables } from '../../src/entities/given-name-syllables';

const names = (text: string) => extractEntities(text).map((m) => m.name);

describe('hyphenated given names with a lower-case second syllable', () => {
  it('keep both syllables', () => {
    expect(names('The memorial to Sun Yat-sen reopened.')).toEqual(['Sun Yat-sen']);
    expect(names('Officials met Lee Hsien-loong and Yoon Suk-yeol in Busan.')).toEqual(['Lee Hsien-loong', 'Yoon Suk-yeol', 'Busan']);
  });

  it('are not read into a sentence’s first word, which is more likely a compound', () => {
    expect(names('First-time voters queued in Busan.')).toEqual(['Busan']);
  });

  it('still lose an adjective ending or a number', () => {
    expect(names('The talks drew Taliban-run courts, Soviet-era tanks and Iran-backed militias.')).toEqual(['Taliban', 'Soviet', 'Iran']);
    for (const [head, tail] of [['Kabul', 'based'], ['China', 'born'], ['Houthi', 'held'], ['Forty', 'two'], ['Arab', 'speaking'], ['Kremlin', 'friendly']]) {
      expect(isGivenNameSyllables(head, tail)).toBe(false);
    }
  });
});
