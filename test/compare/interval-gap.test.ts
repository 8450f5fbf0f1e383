import { intervalGap, relativeDifference } from '../../src/compare/interval-gap';

describe('intervalGap', () => {
  it('is zero when intervals overlap or touch', () => {
    expect(intervalGap({ low: 3e6, high: 3e6 }, { low: 3e6, high: 9e6 })).toBe(0);
    expect(intervalGap({ low: 90, high: 90 }, { low: 90, high: 112.5 })).toBe(0);
  });

  it('measures the empty gap against the larger magnitude, in either order', () => {
    expect(intervalGap({ low: 900, high: 900 }, { low: 1357, high: 1357 })).toBeCloseTo(457 / 1357);
    expect(intervalGap({ low: 1357, high: 1357 }, { low: 900, high: 900 })).toBeCloseTo(457 / 1357);
  });

  it('keeps "more than" intervals of different thresholds apart', () => {
    expect(intervalGap({ low: 1000, high: 1250 }, { low: 1500, high: 1875 })).toBeGreaterThan(0.1);
  });

  it('treats two zeros as equal', () => {
    expect(intervalGap({ low: 0, high: 0 }, { low: 0, high: 0 })).toBe(0);
    expect(relativeDifference(0, 0)).toBe(0);
  });
});
