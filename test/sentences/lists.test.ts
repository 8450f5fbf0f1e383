import { sentencesOf } from './helpers';

describe('list items', () => {
  it('splits inline numbered items without punctuation', () => {
    expect(sentencesOf('1. Call the office 2. Check the figures 3. File the story')).toEqual([
      '1. Call the office',
      '2. Check the figures',
      '3. File the story',
    ]);
  });

  it('handles "1)" and "1.)" and lettered markers', () => {
    expect(sentencesOf('1) Red 2) Blue')).toEqual(['1) Red', '2) Blue']);
    expect(sentencesOf('1.) Red. 2.) Blue.')).toEqual(['1.) Red.', '2.) Blue.']);
    expect(sentencesOf('a. Red b. Blue c. Green')).toEqual(['a. Red', 'b. Blue', 'c. Green']);
  });

  it('splits before bullets', () => {
    expect(sentencesOf('• 4. Roads • 5. Bridges')).toEqual(['• 4. Roads', '• 5. Bridges']);
    expect(sentencesOf('• Roads closed • Bridges open')).toEqual(['• Roads closed', '• Bridges open']);
  });

  it('splits numbered sections that start lines', () => {
    expect(sentencesOf('Findings:\n1. Water is safe\n2. Power is back')).toEqual([
      'Findings:',
      '1. Water is safe',
      '2. Power is back',
    ]);
  });

  it('does not treat a later number as an item when no list is open', () => {
    expect(sentencesOf('The score was 2. 3 players were hurt.')).toEqual(['The score was 2.', '3 players were hurt.']);
  });
});
