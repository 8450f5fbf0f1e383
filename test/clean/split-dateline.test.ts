import { splitDateline } from '../../src/clean/split-dateline';

const block = (text: string, start = 10) => ({ text, span: { start, end: start + text.length } });

describe('splitDateline', () => {
  it.each([
    ['CAIRO -- Talks resumed on Monday.', 'CAIRO --'],
    ['NEW DELHI - The court ruled.', 'NEW DELHI -'],
    ['GENEVA (Reuters) — Envoys met again.', 'GENEVA (Reuters) —'],
  ])('cuts the dateline off %p', (text, dateline) => {
    const { block: rest, skipped } = splitDateline(block(text));
    expect(skipped?.reason).toBe('dateline');
    expect(text.slice(skipped!.span.start - 10, skipped!.span.end - 10)).toBe(dateline);
    expect(text.slice(rest.span.start - 10, rest.span.end - 10)).toBe(rest.text);
    expect(rest.text.startsWith(dateline)).toBe(false);
  });

  it.each([
    'The U.S. - Mexico border reopened.',
    'A - B testing is common.',
    'NATO leaders met on Tuesday.',
  ])('leaves ordinary openings alone: %p', (text) => {
    expect(splitDateline(block(text)).skipped).toBeUndefined();
  });
});
