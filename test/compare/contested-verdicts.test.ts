import { extractClaims } from '../../src/claims/extract-claims';
import { disputed } from '../helpers/disputed';


const rejects = (text: string) => extractClaims({ text, span: { start: 0, end: text.length } }).claims.map((c) => c.rejects);

describe('verdict rejections are flagged on claims', () => {
  it('flags a claim that calls a statement or an outcome false without a rejecting verb', () => {
    expect(rejects('The union called the count a sham.')).toEqual([true]);
    expect(rejects('The ministry said the figures were fabricated.')).toEqual([true]);
    expect(rejects('These reports are untrue, the spokesman said.')).toEqual([true]);
    expect(rejects('The bloc refuses to accept the results.')).toEqual([true]);
  });

  it('leaves other uses of the words alone', () => {
    expect(rejects('The witness told a lie in court.')).toEqual([false]);
    expect(rejects('The mayor called the meeting for Friday.')).toEqual([false]);
  });
});

describe('a verdict rejection in a report', () => {
  it('answers the statement before it', () => {
    const text = [
      'A relief charity said its volunteers had counted at least 14 deaths in the hill villages in January.',
      '"These reports are untrue," a ministry spokesman said.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Hill Post', text }])).toEqual([
      ['A relief charity said its volunteers had counted at least 14 deaths in the hill villages in January.', '"These reports are untrue," a ministry spokesman said.'],
    ]);
  });

  it('passes over a lifted clause for the outcome a rejected count reports', () => {
    const text = [
      'The Unity party won 28 of the 45 seats, the commission said.',
      'The Green bloc, which held six seats in the old chamber, gained ground.',
      'The Green bloc called the count a sham.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Plains Courier', text }])).toEqual([
      ['The Unity party won 28 of the 45 seats, the commission said.', 'The Green bloc called the count a sham.'],
    ]);
  });
});

describe('a rejected outcome', () => {
  it('is not answered by an alike claim that reports no outcome', () => {
    const articles = [
      { id: 'a', source: 'North Wire', publishedAt: '2026-05-20T10:00:00Z', text: 'Kessler and Morrow will face each other in the presidential run-off on June 2, the election commission said.' },
      { id: 'b', source: 'South Post', publishedAt: '2026-05-20T12:00:00Z', text: 'The Morrow campaign denounced the presidential election as rigged and demanded a run-off recount.' },
    ];
    expect(disputed(articles)).toEqual([]);
  });
});

describe('own stance', () => {
  it('does not set what a person says against their own refusal', () => {
    const articles = [
      { id: 'a', source: 'North Wire', text: 'Mira Halvorsen refused to accept defeat on Sunday night.' },
      { id: 'b', source: 'South Post', text: '"We will not accept a count built on fraud," Mira Halvorsen said on Sunday night.' },
    ];
    expect(disputed(articles)).toEqual([]);
  });
});
