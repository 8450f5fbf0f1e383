import { sentencesOf } from './helpers';

describe('ellipses and repeated marks', () => {
  it('splits after !! and ?! and ??', () => {
    expect(sentencesOf('Wow!! That was fast. Really?! Yes. Who?? Me.')).toEqual([
      'Wow!!',
      'That was fast.',
      'Really?!',
      'Yes.',
      'Who??',
      'Me.',
    ]);
  });

  it('keeps a brand with an exclamation mark before a lower-case word', () => {
    expect(sentencesOf('She joined Zoomly! as an intern.')).toHaveLength(1);
  });

  it('keeps a mid-sentence ellipsis and splits a final one', () => {
    expect(sentencesOf('We waited ... and waited… and then it came.')).toHaveLength(1);
    expect(sentencesOf('It was over.... Nobody spoke.')).toEqual(['It was over....', 'Nobody spoke.']);
    expect(sentencesOf('The line went dead… After that, silence.')).toEqual(['The line went dead…', 'After that, silence.']);
  });

  it('reads spaced ellipses: three dots omit words, four end the sentence', () => {
    expect(sentencesOf('The rules . . . The practice held.')).toEqual(['The rules . . . The practice held.']);
    expect(sentencesOf('The rules changed . . . . The practice held.')).toEqual([
      'The rules changed . . . .',
      'The practice held.',
    ]);
    expect(sentencesOf('Rules changed. . . . The practice held.')).toEqual(['Rules changed.', '. . . The practice held.']);
  });
});
