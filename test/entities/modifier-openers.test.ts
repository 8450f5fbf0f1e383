import { extractEntities } from '../../src/entities/extract-entities';

const texts = (text: string) => extractEntities(text).map((m) => m.text);

describe('a role modifier opening a sentence', () => {
  it('is no name when a lower-case word follows it', () => {
    expect(texts('Security forces closed the pass. Foreign ministers met in Tromso.')).toEqual(['Tromso']);
    expect(texts('Regional officials counted the votes. Police said nothing more.')).toEqual([]);
    expect(texts('Officials said the road to Kestle was shut. Diplomats met in Tromso.')).toEqual(['Kestle', 'Tromso']);
  });

  it('joins the role of the name after it', () => {
    const [mention] = extractEntities('Former president Ilse Varga opened the bridge.');
    expect(mention).toMatchObject({ text: 'Former president Ilse Varga', name: 'Ilse Varga', role: 'Former president', kind: 'person' });
    expect(extractEntities('Deputy governor Tomas Reyes said so.')[0]).toMatchObject({ name: 'Tomas Reyes', role: 'Deputy governor' });
  });

  it('is still read as part of a name or a title written capitalised', () => {
    expect(texts('Security Council members met on Friday.')).toEqual(['Security Council']);
    expect(texts('Foreign Minister Ilse Varga left.')).toEqual(['Foreign Minister Ilse Varga']);
  });

  it('leaves the same word alone inside a sentence', () => {
    expect(texts('The talks were held with Opposition leaders present.')).toContain('Opposition');
  });
});
