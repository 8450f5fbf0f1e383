import { sentencesOf } from './helpers';

describe('abbreviations', () => {
  it('keeps titles with the name they precede', () => {
    expect(sentencesOf('Mrs. Alvarez met Gen. Okafor and Dr. Lin on Tuesday. Sen. Park was absent.')).toEqual([
      'Mrs. Alvarez met Gen. Okafor and Dr. Lin on Tuesday.',
      'Sen. Park was absent.',
    ]);
  });

  it('keeps place prefixes such as St. and Mt.', () => {
    expect(sentencesOf('The march left St. Anne Square toward Mt. Kenya Road.')).toHaveLength(1);
  });

  it('splits after U.S. only when a sentence opener follows', () => {
    expect(sentencesOf('Troops of the U.S. Army arrived. They camped in the U.S. The base was quiet.')).toEqual([
      'Troops of the U.S. Army arrived.',
      'They camped in the U.S.',
      'The base was quiet.',
    ]);
  });

  it('treats company suffixes the same way', () => {
    expect(sentencesOf('The bid came from Harlow Bros. Inc. on Friday.')).toHaveLength(1);
    expect(sentencesOf('She sold the shares to Vance & Co. It was a quick sale.')).toEqual([
      'She sold the shares to Vance & Co.',
      'It was a quick sale.',
    ]);
  });

  it('keeps month abbreviations and No./p. before numbers', () => {
    expect(sentencesOf('The vote fell on Feb. 14 in room No. 7, see p. 12 of the minutes.')).toHaveLength(1);
  });

  it('never ends a sentence on e.g., i.e. or vs.', () => {
    expect(sentencesOf('Some items, e.g. Bread and Milk, rose vs. Last year; i.e. Prices climbed.')).toHaveLength(1);
  });

  it('reads single capitals as initials but the pronoun I as a word', () => {
    expect(sentencesOf('Reporter T. K. Boateng filed it.')).toEqual(['Reporter T. K. Boateng filed it.']);
    expect(sentencesOf('Nobody asked me, and I. Then we left.')).toEqual(['Nobody asked me, and I.', 'Then we left.']);
  });

  it('keeps a.m. inside a sentence before a lower-case word', () => {
    expect(sentencesOf('The blast came at 4 a.m. on the eastern edge. Police arrived later.')).toEqual([
      'The blast came at 4 a.m. on the eastern edge.',
      'Police arrived later.',
    ]);
  });
});
