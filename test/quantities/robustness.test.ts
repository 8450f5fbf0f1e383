import fc from 'fast-check';
import { extractQuantities, parseQuantities } from '../../src/quantities';

const spansHold = (text: string, offset = 0): void => {
  for (const q of extractQuantities(text, { offset, publishedAt: '2021-07-09' })) {
    expect(text.slice(q.span.start - offset, q.span.end - offset)).toBe(q.text);
    expect(q.low).toBeLessThanOrEqual(q.high);
  }
};

describe('odd input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['CRLF', 'More than 1,000 soldiers\r\nfled on Thursday.\r\n'],
    ['emoji', '🔥 200 🔥 protesters 👍🏽 gathered, about 3 million 🙏'],
    ['NUL', 'About\u0000300 civilians\u0000fled'],
    ['RTL', 'قال المسؤولون إن 300 جندي \u202Efled\u202C over 1,000 soldiers'],
    ['lone surrogate', '\uD800 500 refugees \uDC00'],
    ['punctuation only', '-,-,-%%%$$$'],
  ])('%s keeps the span invariant', (_name, text) => {
    expect(() => extractQuantities(text)).not.toThrow();
    spansHold(text);
    spansHold(text, 1000);
  });

  it('reads through CRLF and emoji', () => {
    const q = extractQuantities('🔥 more than\r\n1,000 soldiers');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ value: 1000, unit: 'people', subject: 'soldier', qualifier: 'more than' });
  });

  it('handles a large repetitive text', () => {
    const text = 'Over 1,000 soldiers and some 300 - 400 km, 1,1,1,1 ---- 5555 '.repeat(5000);
    const found = extractQuantities(text);
    expect(found.length).toBeGreaterThan(5000);
    spansHold(text.slice(0, 5000));
  });

  it('returns nothing for a non-string at runtime', () => {
    expect(extractQuantities(undefined as unknown as string)).toEqual([]);
  });
});

describe('contract', () => {
  it('adds the offset to every span', () => {
    const [a] = extractQuantities('about 300 troops');
    const [b] = extractQuantities('about 300 troops', { offset: 50 });
    expect(b.span).toEqual({ start: a.span.start + 50, end: a.span.end + 50 });
  });

  it('is deterministic and leaves its options alone', () => {
    const options = Object.freeze({ offset: 3, publishedAt: '2021-07-09' });
    const text = 'On Thursday more than 1,500 troops and two-thirds of the 900-kilometer border.';
    expect(extractQuantities(text, options)).toEqual(extractQuantities(text, options));
    expect(options).toEqual({ offset: 3, publishedAt: '2021-07-09' });
  });

  it('keeps quantities free of the rule field but parseQuantities names it', () => {
    const [q] = extractQuantities('about 300 troops');
    expect(Object.keys(q)).not.toContain('rule');
    expect(parseQuantities('about 300 troops')[0].rule).toBe('number:digits+qualifier');
  });

  it('returns spans in text order without overlaps', () => {
    const found = extractQuantities('On July 8, 2021, over 1,000 of 5,000 troops left in 20 trucks.');
    for (let i = 1; i < found.length; i++) expect(found[i].span.start).toBeGreaterThanOrEqual(found[i - 1].span.end);
  });

  it('keeps the span invariant on arbitrary text', () => {
    const alphabet = fc.constantFrom(...'0123456789,.-–% $€abc MTJuly Thursday several hundred of\r\n🔥'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((cs) => cs.join('')), fc.nat(1000), (text, offset) => {
        for (const q of extractQuantities(text, { offset })) {
          if (text.slice(q.span.start - offset, q.span.end - offset) !== q.text) return false;
          if (!(q.low <= q.high) || !Number.isFinite(q.value)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
