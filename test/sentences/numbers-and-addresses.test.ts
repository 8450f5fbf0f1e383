import { sentencesOf } from './helpers';

describe('numbers, money, e-mail and URLs', () => {
  it('does not split decimals or money', () => {
    expect(sentencesOf('Output grew 3.5 percent to $4.25 billion. Analysts expected less.')).toEqual([
      'Output grew 3.5 percent to $4.25 billion.',
      'Analysts expected less.',
    ]);
  });

  it('splits after a figure that ends a sentence', () => {
    expect(sentencesOf('The fine was $250.00. He paid it.')).toEqual(['The fine was $250.00.', 'He paid it.']);
  });

  it('keeps e-mail addresses and URLs whole', () => {
    expect(sentencesOf('Write to desk.editor@news.example.org. Replies come fast.')).toEqual([
      'Write to desk.editor@news.example.org.',
      'Replies come fast.',
    ]);
    expect(sentencesOf('The file is at http://data.example.net/v2.1/report.pdf today. Read it.')).toEqual([
      'The file is at http://data.example.net/v2.1/report.pdf today.',
      'Read it.',
    ]);
  });

  it('keeps dotted version and reference numbers', () => {
    expect(sentencesOf('Use form No. 12.4.7 for claims. Keep a copy.')).toHaveLength(2);
  });
});
