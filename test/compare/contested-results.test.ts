import { pointsBack } from '../../src/compare/contested';
import { disputed } from '../helpers/disputed';


describe('contested: rejecting results, and denials that carry their own clause', () => {
  it('rejecting "the results", "the count" or "the vote" points back', () => {
    expect(pointsBack('The Liberal bloc rejected the results as fraudulent.')).toBe(true);
    expect(pointsBack('The alliance refuses to accept the provisional results.')).toBe(true);
    expect(pointsBack('The party called the count a fraud.')).toBe(true);
    expect(pointsBack('A spokeswoman said the suggestion was wrong.')).toBe(true);
  });

  it('a rejection of the results answers the whole statement before it', () => {
    const text = [
      'Board chairman Hanna Vell said the ballot had been "orderly and honest" and that no complaints had been filed.',
      'The Liberal bloc rejected the results as fraudulent.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Valley Herald', text }])).toEqual([
      ['Board chairman Hanna Vell said the ballot had been "orderly and honest"', 'The Liberal bloc rejected the results as fraudulent.'],
      ['no complaints had been filed.', 'The Liberal bloc rejected the results as fraudulent.'],
    ]);
  });

  it('a denied clause does not fall back to an unrelated figure before it', () => {
    const text = [
      'Ostrava Timber sold 1.8 million cubic metres of pine to Lundmark last year.',
      'Its chief executive denied that the sawmills had been paid subsidies.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Forest Wire', text }])).toEqual([]);
  });

  it('a denied clause still answers an earlier claim that shares its words', () => {
    const text = [
      'Lundmark officials said the sawmills had been paid subsidies worth 40 million crowns.',
      'Ostrava Timber shipped 1.8 million cubic metres of pine last year.',
      'Its chief executive denied that the sawmills had received subsidies.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Forest Wire', text }])).toEqual([
      ['Lundmark officials said the sawmills had been paid subsidies worth 40 million crowns.', 'Its chief executive denied that the sawmills had received subsidies.'],
    ]);
  });
});

describe('contested: a rejection of the results answers the outcome, not any statement before it', () => {
  it('skips an attributed remark with no figure and takes the result reported before it', () => {
    const text = [
      'The Harbour Party won 52 percent of the vote, according to preliminary results.',
      'Its leader said voters deserved a quick count.',
      'The Green List said it would challenge the results in court.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Valley Herald', text }])).toEqual([
      ['The Harbour Party won 52 percent of the vote, according to preliminary results.', 'The Green List said it would challenge the results in court.'],
    ]);
  });
});
