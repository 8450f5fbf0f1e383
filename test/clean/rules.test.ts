import { DEFAULT_LINE_RULES } from '../../src/clean/rules';
import { findOrigin } from '../../src/clean/find-origin';
import { findWireCredits } from '../../src/clean/find-wire-credits';
import { splitLines } from '../../src/clean/split-lines';

/** The reason the first matching rule gives a lone line, or undefined when kept. */
function verdict(text: string): string | undefined {
  const lines = splitLines(text);
  return DEFAULT_LINE_RULES.find((rule) => rule.test(lines[0]!, { lines, index: 0 }))?.reason;
}

describe('line rules', () => {
  it.each([
    ['Home » World » Africa', 'navigation'],
    ['Subscribe', 'promotion'],
    ['Subscribe to the Harbour Gazette from £3.50 a week', 'promotion'],
    ['See also: Markets slide on rate fears', 'read-also teaser'],
    ['* Comment:', 'comment prompt'],
    ['3 comments', 'comment prompt'],
    ['Most Read', 'section heading'],
    ['Tags: floods, schools, rescue', 'tag'],
    ['Last updated: 12 May 2024', 'metadata'],
    ['5 min read', 'metadata'],
    ['Photo: a rescue boat near the dam', 'photo caption'],
    ['FILE PHOTO: A tanker at anchor', 'photo caption'],
    ['Smoke over the refinery (AP Photo/Sam Dee)', 'photo caption'],
    ['—', 'lone punctuation'],
  ])('%s -> %s', (line, reason) => {
    expect(verdict(line)).toBe(reason);
  });

  it.each([
    'Officials said the bridge would reopen in June (local time).',
    'File clerks went on strike last week, the union said.',
    'Read the full statement below, the spokesman told reporters.',
    'Subscribers to the scheme fell to 4,100 in May.',
  ])('keeps prose: %s', (line) => {
    expect(verdict(line)).toBeUndefined();
  });
});

describe('provenance', () => {
  it('finds the origin of a reprint in general wording', () => {
    expect(findOrigin('This piece first appeared in The Valley Ledger and is republished here.')).toBe('The Valley Ledger');
    expect(findOrigin('Republished with permission from Harbor Voice.')).toBe('Harbor Voice');
    expect(findOrigin('The mayor published the plan on Monday.')).toBeUndefined();
  });

  it('credits wires only from credit phrases', () => {
    expect(findWireCredits('Reporting by Reuters and the Associated Press was used for this story.')).toEqual([
      'Reuters',
      'Associated Press',
    ]);
    expect(findWireCredits('AFP contributed to this report.')).toEqual(['AFP']);
    expect(findWireCredits('MADRID (Reuters) - Spain raised rates on Monday.')).toEqual(['Reuters']);
    expect(findWireCredits('The minister told Reuters the talks failed, according to AP.')).toEqual([]);
  });
});

describe('splitLines', () => {
  it('gives trimmed lines with exact spans across CRLF, CR and NBSP', () => {
    const text = ' one\u00a0\r\ntwo\r\rthree\t';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['one', 'two', 'three']);
    expect(lines.map((l) => l.blankBefore)).toEqual([true, false, true]);
    for (const l of lines) expect(text.slice(l.span.start, l.span.end)).toBe(l.text);
  });
});
