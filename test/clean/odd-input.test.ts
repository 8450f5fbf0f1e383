import { cleanArticle } from '../../src/clean/clean-article';
import { HARBOUR_PAGE } from './fixtures';
import { expectFullCoverage } from './helpers';

describe('cleanArticle on odd input', () => {
  it('returns an empty result for empty or blank text', () => {
    for (const text of ['', '\n\n', ' \t\u00a0\r\n']) {
      const cleaned = cleanArticle({ id: 'e', text });
      expect(cleaned.blocks).toEqual([]);
      expect(cleaned.skipped).toEqual([]);
      expect(cleaned.wireCredits).toEqual([]);
    }
  });

  it('does not throw on a missing text field', () => {
    const cleaned = cleanArticle({ id: 'x' } as unknown as { id: string; text: string });
    expect(cleaned.blocks).toEqual([]);
  });

  it('trims tabs and NBSP from spans and handles emoji, NUL and right-to-left text', () => {
    const text = '\t\u00a0Prices rose 😀 again today.\u00a0\n\u0000\nالأسعار ارتفعت اليوم.\n';
    const cleaned = cleanArticle({ id: 'odd', text });
    expect(cleaned.blocks.map((b) => b.text)).toEqual(['Prices rose 😀 again today.', 'الأسعار ارتفعت اليوم.']);
    expect(cleaned.skipped.map((s) => s.reason)).toEqual(['lone punctuation']);
    expectFullCoverage(cleaned);
  });

  it('handles a large page and does not mutate its input', () => {
    const article = { id: 'big', text: HARBOUR_PAGE.repeat(200) };
    const copy = JSON.parse(JSON.stringify(article));
    const cleaned = cleanArticle(article);
    expect(article).toEqual(copy);
    expect(cleaned.blocks.length).toBeGreaterThan(200);
    expect(cleanArticle(article)).toEqual(cleaned);
  });

  it('keeps prose that merely mentions subscriptions or related news', () => {
    const text = 'Join the queue early, officials advised, as the new subscription office opens on Monday.\nRelated news emerged later.';
    expect(cleanArticle({ id: 'p', text }).skipped).toEqual([]);
  });
});
