import { sentencesOf } from './helpers';

describe('quotes and brackets', () => {
  it('splits after a closing quote when a new sentence starts', () => {
    expect(sentencesOf('The mayor said "the bridge stays shut." Then she left.')).toEqual([
      'The mayor said "the bridge stays shut."',
      'Then she left.',
    ]);
  });

  it('does not split when the quote is followed by its speech tag', () => {
    expect(sentencesOf('"Can we win?" the coach asked.')).toEqual(['"Can we win?" the coach asked.']);
    expect(sentencesOf('“We are ready.” he said.')).toEqual(['“We are ready.” he said.']);
    expect(sentencesOf("'Not again!' she shouted.")).toHaveLength(1);
  });

  it('handles curly quotes ending a sentence', () => {
    expect(sentencesOf('He called it “a disaster.” Officials disagreed.')).toEqual([
      'He called it “a disaster.”',
      'Officials disagreed.',
    ]);
  });

  it('keeps a parenthetical sentence inside its host sentence', () => {
    expect(sentencesOf('The dam (It was built in 1961.) still holds water.')).toHaveLength(1);
  });

  it('does not treat a bracketed omission as an end', () => {
    expect(sentencesOf('"The plan [...]" (Report 12) was shelved.')).toHaveLength(1);
  });
});
