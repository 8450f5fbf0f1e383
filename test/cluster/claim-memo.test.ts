import { memoOf, withMemoScope } from '../../src/cluster/claim-memo';
import type { Claim } from '../../src/types';

const claim = (id: string) => ({ id, text: 'The bridge cost 40 million dollars.' }) as unknown as Claim;

describe('claim memos', () => {
  it('are one per claim object', () => {
    const c = claim('a#1');
    expect(memoOf(c)).toBe(memoOf(c));
    expect(memoOf(c)).not.toBe(memoOf(claim('a#1')));
  });

  it('made in a scope are kept only while it runs, and nested scopes do not share', () => {
    const c = claim('a#2');
    const outside = memoOf(c);
    const [inScope, nested, again] = withMemoScope(() => {
      const first = memoOf(c);
      const inner = withMemoScope(() => memoOf(c));
      return [first, inner, memoOf(c)];
    });
    expect(inScope).not.toBe(outside);
    expect(nested).not.toBe(inScope);
    expect(again).toBe(inScope); // the outer scope is back after the inner one
    expect(memoOf(c)).toBe(outside);
    expect(withMemoScope(() => memoOf(c))).not.toBe(inScope); // a new scope starts empty
  });

  it('ends its scope when the work throws', () => {
    const c = claim('a#3');
    const outside = memoOf(c);
    expect(() => withMemoScope(() => { memoOf(c); throw new Error('stop'); })).toThrow('stop');
    expect(memoOf(c)).toBe(outside);
  });
});
