import { isCheckableFigure } from '../../src/compare/checkable-figure';
import type { Quantity } from '../../src/types';

const figure = (value: number, unit: string): Quantity => ({ text: String(value), span: { start: 0, end: 1 }, value, low: value, high: value, unit });

describe('isCheckableFigure', () => {
  it('checks amounts of money in any currency and magnitudes, however small', () => {
    expect(isCheckableFigure(figure(5, 'KZT'))).toBe(true);
    expect(isCheckableFigure(figure(3, 'shilling'))).toBe(true);
    expect(isCheckableFigure(figure(6.8, 'magnitude'))).toBe(true);
  });

  it('leaves small counts and spans of time alone', () => {
    expect(isCheckableFigure(figure(5, 'count'))).toBe(false);
    expect(isCheckableFigure(figure(30, 'day'))).toBe(false);
  });
});
