import { sentencesOf } from './helpers';

describe('headings and line breaks', () => {
  it('ends a heading line without final punctuation', () => {
    expect(sentencesOf('Floods Close Northern Roads\nHeavy rain cut three highways on Monday.')).toEqual([
      'Floods Close Northern Roads',
      'Heavy rain cut three highways on Monday.',
    ]);
  });

  it('joins a line broken mid-sentence', () => {
    expect(sentencesOf('The council met in the old\ntown hall on Friday.')).toEqual(['The council met in the old\ntown hall on Friday.']);
  });

  it('joins when the line ends on a function word or comma, even before a capital', () => {
    expect(sentencesOf('The envoy met with\nPresident Ruiz on Friday.')).toHaveLength(1);
    expect(sentencesOf('Rain hit Lagos,\nAccra and Lome.')).toHaveLength(1);
  });

  it('always splits at a blank line', () => {
    expect(sentencesOf('Caption without a stop\n\nthe story starts here.')).toEqual([
      'Caption without a stop',
      'the story starts here.',
    ]);
  });

  it('treats CRLF like LF', () => {
    expect(sentencesOf('Storm Warning Issued\r\nWinds will rise tonight.\r\n\r\nStay home.')).toEqual([
      'Storm Warning Issued',
      'Winds will rise tonight.',
      'Stay home.',
    ]);
  });
});
