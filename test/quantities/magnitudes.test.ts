import { extractQuantities } from '../../src/quantities';
import { crossReference } from '../../src/index';

const read = (text: string) => extractQuantities(text).map((q) => ({ text: text.slice(q.span.start, q.span.end), value: q.value, unit: q.unit, subject: q.subject }));

describe('earthquake magnitudes', () => {
  it('are read in each usual form, the scale as their subject', () => {
    expect(read('A magnitude 6.8 earthquake shook the coast of Pellinor.')).toEqual([{ text: 'magnitude 6.8', value: 6.8, unit: 'magnitude', subject: 'magnitude' }]);
    expect(read('A 7.1-magnitude quake shook the coast.')).toEqual([{ text: '7.1-magnitude', value: 7.1, unit: 'magnitude', subject: 'magnitude' }]);
    expect(read('The tremor measured 6.9 magnitude, the survey said.')).toEqual([{ text: '6.9 magnitude', value: 6.9, unit: 'magnitude', subject: 'magnitude' }]);
  });

  it('are read with the scale glued on by a hyphen, which leaves model names alone', () => {
    expect(read('A magnitude-6.8 earthquake shook the coast.')).toEqual([{ text: 'magnitude-6.8', value: 6.8, unit: 'magnitude', subject: 'magnitude' }]);
    expect(read('An F-16 and a Su-57 flew over the coast.')).toEqual([]);
  });

  it('leave other figures of the sentence as they were', () => {
    expect(read('The 6.8 magnitude quake killed 12 people.').map((q) => q.unit)).toEqual(['magnitude', 'people']);
  });

  const quake = (id: string, source: string, reading: string) => ({
    id,
    source,
    text: `A ${reading} earthquake shook the coast of Pellinor on Tuesday morning, the national geological survey said.`,
  });

  it('conflict at a few tenths apart, though the readings differ by under 5%: the scale is logarithmic', () => {
    const report = crossReference([quake('a', 'Harbour Ledger', 'magnitude 6.8'), quake('b', 'Valley Courier', '7.1-magnitude')]);
    const [finding] = report.findings.filter((f) => f.kind === 'numeric-conflict');
    expect(finding).toMatchObject({ severity: 'high', summary: expect.stringContaining('for magnitude: magnitude 6.8 (a) vs 7.1-magnitude (b)') });
  });

  it('conflict when one is written "magnitude-6.8"', () => {
    const report = crossReference([quake('a', 'Harbour Ledger', 'magnitude-6.8'), quake('b', 'Valley Courier', '7.1-magnitude')]);
    expect(report.findings.filter((f) => f.kind === 'numeric-conflict').map((f) => f.evidence.map((e) => e.text))).toEqual([['magnitude-6.8', '7.1-magnitude']]);
  });

  it('agree when they are the same reading', () => {
    const report = crossReference([quake('a', 'Harbour Ledger', 'magnitude 6.8'), quake('b', 'Valley Courier', '6.8-magnitude')]);
    expect(report.findings.filter((f) => f.kind === 'numeric-conflict')).toEqual([]);
  });
});
