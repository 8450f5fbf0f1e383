/** Which spellings of one name a name-variant finding shows. */
import { crossReference, type ArticleInput } from '../../src/index';

const spellings = (articles: ArticleInput[]) =>
  crossReference(articles).findings.filter((f) => f.kind === 'name-variant').map((f) => f.evidence.map((e) => `${e.articleId}:${e.text}`).sort());

describe('name-variant spellings', () => {
  it('takes a profession opening a sentence for a title, so the name meets its other spelling', () => {
    const found = spellings([
      { id: 'wire', text: 'Contractor Abdiqadir Yusuf Warsame was jailed for six years on Tuesday, the court in Garowe heard.' },
      { id: 'paper', text: 'The court in Garowe jailed Abdulqadir Yusuf Warsame, a road contractor, for six years on Tuesday.' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.map((e) => e.replace(/^wire:Contractor /, 'wire:'))).toEqual(['paper:Abdulqadir Yusuf Warsame', 'wire:Abdiqadir Yusuf Warsame']);
  });

  it('shows a shorter form spelled otherwise, and never a shorter form spelled the same', () => {
    const found = spellings([
      { id: 'wire', text: 'Chief engineer Ionel Vasile Petrache of the dam company said the gates opened at midnight.' },
      { id: 'paper', text: 'Ionel Petrace, the dam company\'s engineer, said the gates were opened at midnight.' },
      { id: 'radio', text: 'Ionel Petrache said the gates were opened at midnight, the dam company confirmed.' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.some((e) => e === 'paper:Ionel Petrace')).toBe(true);
    expect(found[0]!.some((e) => e.startsWith('radio:'))).toBe(false);
  });
});
