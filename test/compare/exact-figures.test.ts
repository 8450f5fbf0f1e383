import { crossReference } from '../../src/index';
import { extractQuantities } from '../../src/quantities/extract-quantities';
import { writtenPrecision } from '../../src/compare/written-precision';
import { exactDisagreement } from '../../src/compare/exact-disagreement';

/** The first figure of a text. */
const figure = (text: string) => extractQuantities(text)[0];

describe('writtenPrecision', () => {
  it('reads the rounding and significant digits a figure is written to', () => {
    expect(writtenPrecision(figure('It has 1,214 beds.'))).toEqual({ half: 0.5, digits: 4 });
    expect(writtenPrecision(figure('It has 4,200 beds.'))).toEqual({ half: 50, digits: 2 });
    expect(writtenPrecision(figure('The rate is 15.50 percent.'))).toEqual({ half: 0.005, digits: 4 });
    expect(writtenPrecision(figure('It cost $4.2 billion.'))).toMatchObject({ digits: 2 });
    expect(writtenPrecision(figure('It cost $4.2 billion.'))!.half).toBeCloseTo(0.05e9);
  });

  it('gives nothing for a qualified figure or one in words', () => {
    expect(writtenPrecision(figure('It has about 1,214 beds.'))).toBeUndefined();
    expect(writtenPrecision(figure('It has nine beds.'))).toBeUndefined();
  });
});

describe('exactDisagreement', () => {
  it('sets apart exact figures that differ within the tolerance', () => {
    expect(exactDisagreement(figure('The rate is 15.5%.'), figure('The rate is 15.25%.'), 0.05)).toBe(true);
    expect(exactDisagreement(figure('It has 1,214 beds.'), figure('It has 1,240 beds.'), 0.05)).toBe(true);
  });

  it('reads a rate as exact from two digits: a point apart is a difference, a round or rounded rate is not', () => {
    expect(exactDisagreement(figure('VAT goes up to 25%.'), figure('VAT goes up to 26 per cent.'), 0.05)).toBe(true);
    expect(exactDisagreement(figure('Turnout was 5.2%.'), figure('Turnout was 5.3%.'), 0.05)).toBe(true);
    expect(exactDisagreement(figure('VAT goes up to 25%.'), figure('VAT goes up to 24.8%.'), 0.05)).toBe(false);
    expect(exactDisagreement(figure('Support is 40%.'), figure('Support is 41%.'), 0.05)).toBe(false);
    expect(exactDisagreement(figure('It has 25 beds.'), figure('It has 26 beds.'), 0.05)).toBe(false);
  });

  it('lets rounding, round figures, qualifiers and tiny gaps agree', () => {
    // 15.5 allows 15.45 to 15.55.
    expect(exactDisagreement(figure('The rate is 15.5%.'), figure('The rate is 15.50%.'), 0.05)).toBe(false);
    expect(exactDisagreement(figure('It has 1,000 beds.'), figure('It has 1,040 beds.'), 0.05)).toBe(false);
    expect(exactDisagreement(figure('It has 4,200 beds.'), figure('It has 4,300 beds.'), 0.05)).toBe(false);
    expect(exactDisagreement(figure('It has about 1,214 beds.'), figure('It has 1,240 beds.'), 0.05)).toBe(false);
    // 0.2% apart: under a fifth of the tolerance.
    expect(exactDisagreement(figure('It cost $41.6 million.'), figure('It cost $41.7 million.'), 0.05)).toBe(false);
    expect(exactDisagreement(figure('It cost $41.6 million.'), figure('It cost $41.7 million.'), 0)).toBe(true);
  });
});

describe('exact figures in a report', () => {
  const articles = [
    { id: 'first', source: 'First Wire', text: 'The central bank of Varnelia cut its base rate to 12.5% on Thursday, citing slowing inflation.' },
    { id: 'second', source: 'Second Herald', text: 'The central bank of Varnelia cut its base rate to 12.25% on Thursday, pointing to slower inflation.' },
    { id: 'third', source: 'Third Radio', text: 'Varnelia\'s central bank cut its base rate to 12.50% on Thursday as inflation slowed.' },
  ];

  it('flags two exact rates 2% apart, and lets 12.5% and 12.50% agree', () => {
    const conflicts = crossReference(articles).findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].summary).toBe('Sources disagree on a figure for percent: 12.25% (second) vs 12.5% (first and third)');
    expect(conflicts[0].severity).toBe('low');
  });

  it('leaves them to the tolerance when it is raised', () => {
    expect(crossReference(articles, { tolerance: 0.2 }).findings.filter((f) => f.kind === 'numeric-conflict')).toEqual([]);
  });
});
