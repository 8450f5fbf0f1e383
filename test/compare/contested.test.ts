import { crossReference } from '../../src/index';
import type { ArticleInput } from '../../src/index';

const contested = (articles: ArticleInput[]) => crossReference(articles).findings.filter((f) => f.kind === 'contested');
const pairs = (articles: ArticleInput[]) => contested(articles).map((f) => f.evidence.map((e) => e.articleId).join(' <- '));

describe('contested findings', () => {
  it('flag the claim a denial answers', () => {
    const articles = [
      { id: 'wire', source: 'Harbour Ledger', text: 'Hundreds of soldiers crossed the river into the next valley at dawn, witnesses said.' },
      { id: 'army', source: 'Valley Courier', text: 'The army denied reports that soldiers had crossed the river into the next valley.' },
    ];
    expect(pairs(articles)).toEqual(['wire <- army']);
  });

  it('flag a claim against a rejection whose subject shares one word with it', () => {
    const articles = [
      { id: 'rebels', source: 'Harbour Ledger', text: 'Rebel officials said the movement now holds 85 percent of the districts in the north.' },
      { id: 'capital', source: 'Valley Courier', text: 'Officials in Marrowfield rejected the claim that the movement holds 85 percent of the districts in the north.' },
    ];
    expect(pairs(articles)).toEqual(['rebels <- capital']);
  });

  it('do not set two outlets that retell one rejection against each other', () => {
    const articles = [
      { id: 'a', source: 'Harbour Ledger', text: 'The flood drew notice beyond Marrowfield, with newspapers in Kestle running editorials that challenged the official account of the evacuation.' },
      { id: 'b', source: 'Valley Courier', text: 'The flood also drew notice outside Marrowfield, and newspapers in Kestle printed editorials which questioned the official account of the evacuation.' },
    ];
    expect(contested(articles)).toEqual([]);
  });
});
