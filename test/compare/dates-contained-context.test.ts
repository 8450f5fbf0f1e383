import { crossReference } from '../../src/index';
import { containedContext } from '../../src/compare/contained-context';

const dateConflicts = (texts: Record<string, string>) =>
  crossReference(Object.entries(texts).map(([id, text]) => ({ id, source: id, publishedAt: '2024-06-04', text })))
    .findings.filter((f) => f.kind === 'date-conflict')
    .map((f) => f.evidence.map((e) => e.text));

describe('a short dated claim wholly inside a long one', () => {
  it('reads whether every term of the shorter context is in the longer', () => {
    expect(containedContext(Int32Array.from([3, 7]), Int32Array.from([1, 3, 5, 7, 9]))).toBe(true);
    expect(containedContext(Int32Array.from([3, 8]), Int32Array.from([1, 3, 5, 7, 9]))).toBe(false);
    // One shared word says too little.
    expect(containedContext(Int32Array.from([3]), Int32Array.from([1, 3, 5]))).toBe(false);
  });

  it('dates the same event, though the long sentence says much more', () => {
    const texts = {
      wire: 'The Dornia council chose a builder for the ring road last year. The contract was signed on March 3, 2021. Work began in May.',
      radio: 'The trial goes back to a deal to widen the ring road that was signed on 3 March 2021, the prosecutor said.',
      ledger: 'The case turned on a 2.4 billion dram contract, signed on 13 March 2021 with Kestrel Roadworks, a local firm, to widen 30 kilometres of the Dornia ring road serving farming villages in Olm and Brask.',
    };
    expect(dateConflicts(texts)).toEqual([['13 March 2021', 'March 3, 2021']]);
  });
});
