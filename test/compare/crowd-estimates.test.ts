import { crossReference } from '../../src';

const conflicts = (articles: { id: string; source: string; text: string }[]) =>
  crossReference(articles).findings.filter((f) => f.kind === 'numeric-conflict').map((f) => [...new Set(f.evidence.map((e) => e.value))].sort((a, b) => a! - b!));

describe('a crowd counted by the police and by the organisers', () => {
  it('is one fact, far apart and with no word in common beside the figure', () => {
    expect(conflicts([
      { id: 'wire', source: 'Harbour Wire', text: 'Police put the crowd in the Velmora town square at about 9,000 on Sunday.' },
      { id: 'ledger', source: 'Velmora Ledger', text: 'Organisers said more than 45,000 people came to the square to oppose the water tax.' },
    ])).toEqual([[9000, 45000]]);
  });

  it('is not made of an arrest count, a figure of the past or two figures of one side', () => {
    expect(conflicts([
      { id: 'wire', source: 'Harbour Wire', text: 'Police said they detained 1,400 people at the march in Velmora on Sunday.' },
      { id: 'ledger', source: 'Velmora Ledger', text: 'Organisers said more than 45,000 people came to the square to oppose the water tax.' },
    ])).toEqual([]);
    expect(conflicts([
      { id: 'wire', source: 'Harbour Wire', text: 'Police put the crowd at the 2019 march in Velmora at 9,000.' },
      { id: 'ledger', source: 'Velmora Ledger', text: 'Organisers said more than 45,000 people came to the square on Sunday.' },
    ].map((a) => ({ ...a, publishedAt: '2025-05-12T08:00:00Z' })))).toEqual([]);
    expect(conflicts([
      { id: 'wire', source: 'Harbour Wire', text: 'Police put the crowd outside the town hall at about 9,000.' },
      { id: 'ledger', source: 'Velmora Ledger', text: 'Police said some 30,000 drivers were stuck on the ring road during the march.' },
    ])).toEqual([]);
  });
});
