import { cleanArticle } from '../../src/clean/clean-article';
import { splitSentences } from '../../src/sentences/split-sentences';
import { COUNCIL_PAGE, GALLERY_PAGE, HARBOUR_PAGE } from './fixtures';
import { expectFullCoverage, skippedOf } from './helpers';

describe('cleanArticle on a page with promotion, caption, reprint notice and tags', () => {
  const cleaned = cleanArticle({ id: 'harbour', text: HARBOUR_PAGE });

  it('skips each kind of boilerplate with a reason naming its rule', () => {
    expect(skippedOf(cleaned)).toEqual([
      ['Menu', 'navigation'],
      ['Follow our new WhatsApp channel for breaking updates!', 'promotion'],
      ['•', 'lone punctuation'],
      ['Port director Lena Varga at a press briefing. (Reuters)', 'photo caption'],
      ['This story was originally published by Coastline Weekly and is reprinted with permission.', 'reprint notice'],
      ['Read also: Ferry fares rise for the second time this year', 'read-also teaser'],
      ['Additional reporting by the Associated Press and AFP.', 'credit line'],
      ['Labour Unrest', 'tag'],
    ]);
  });

  it('keeps the headline as a block and notes it', () => {
    expect(cleaned.blocks[0]?.text).toBe('Harbour Cranes Stall as Dock Strike Enters Third Day');
    expect(cleaned.diagnostics.map((d) => d.rule)).toEqual(['headline']);
  });

  it('joins a paragraph broken mid-sentence into one block', () => {
    const joined = cleaned.blocks.find((b) => b.text.includes('\n'));
    expect(joined?.text).toBe(
      'The union says 2,300 members have joined the walkout, while the port authority puts the figure\nnearer 1,800 and says talks will resume on Wednesday.',
    );
    expect(cleaned.blocks).toHaveLength(4);
  });

  it('reads the reprint origin and the credited wires', () => {
    expect(cleaned.origin).toBe('Coastline Weekly');
    expect(cleaned.wireCredits).toEqual(['Associated Press', 'AFP']);
  });

  it('covers every character and keeps the original text', () => {
    expect(cleaned.text).toBe(HARBOUR_PAGE);
    expectFullCoverage(cleaned);
  });

  it('gives blocks the sentence splitter can read with offsets into the original', () => {
    const joined = cleaned.blocks.find((b) => b.text.includes('\n'));
    const sentences = joined ? splitSentences(joined.text, { offset: joined.span.start }) : [];
    expect(sentences).toHaveLength(1);
    for (const s of sentences) expect(HARBOUR_PAGE.slice(s.span.start, s.span.end)).toBe(s.text);
  });
});

describe('cleanArticle on a CRLF page with metadata and a comment form', () => {
  const cleaned = cleanArticle({ id: 'council', text: COUNCIL_PAGE });

  it('drops metadata, captions, section headings and comment prompts', () => {
    expect(skippedOf(cleaned)).toEqual([
      ['Story ID: 55102', 'metadata'],
      ['Published on : 03 March 2024 - 08:15', 'metadata'],
      ['RIVERTON --', 'dateline'],
      ['FILE - Traffic crosses the old bridge in Riverton, Jan. 5, 2023.', 'photo caption'],
      ['Recent Articles', 'section heading'],
      ['Related News', 'section heading'],
      ['Leave a Reply', 'comment prompt'],
      ['Cancel reply', 'comment prompt'],
      ['Please enter your comment!', 'comment prompt'],
      ['Please enter your email address', 'comment prompt'],
    ]);
  });

  it('keeps prose lines (without carriage returns) and credits no wire for "according to"', () => {
    expect(cleaned.blocks.map((b) => b.text.slice(0, 12))).toEqual(['The city cou', 'Engineers fo', 'Repairs are ']);
    expect(cleaned.blocks.every((b) => !b.text.includes('\r'))).toBe(true);
    expect(cleaned.wireCredits).toEqual([]);
    expect(cleaned.origin).toBeUndefined();
    expectFullCoverage(cleaned);
  });
});

describe('cleanArticle on a gallery page with duplicated captions and a related-story card', () => {
  const cleaned = cleanArticle({ id: 'gallery', text: GALLERY_PAGE });

  it('drops the truncated caption and its full copy, and the related headline, but keeps the summary', () => {
    expect(skippedOf(cleaned).map(([, reason]) => reason)).toEqual([
      'photo caption',
      'photo caption',
      'dateline',
      'photo caption',
      'related headline',
      'credit line',
    ]);
    expect(cleaned.blocks.map((b) => b.text.slice(0, 15))).toEqual(['Floodwater reac', 'An audit found ']);
  });

  it('credits Reuters from the credit line', () => {
    expect(cleaned.wireCredits).toEqual(['Reuters']);
    expectFullCoverage(cleaned);
  });
});

describe('cleanArticle and headlines listed under "Related:"', () => {
  const text = [
    'Mill owner agrees to sell riverside site',
    '',
    'The owner of the Harrow Lane mill agreed on Monday to sell the site to the town council for 2 million pounds.',
    '',
    'Related:',
    'Bakery chain saved in last-minute rescue',
    'Council approves 400 homes on old airfield',
  ].join('\n');
  const cleaned = cleanArticle({ id: 'mill', text });

  it('skips each one, in sentence case as in title case, and keeps the story', () => {
    expect(skippedOf(cleaned).map(([, reason]) => reason)).toEqual(['section heading', 'related headline', 'related headline']);
    expect(cleaned.blocks.map((b) => b.text.slice(0, 20))).toEqual(['Mill owner agrees to', 'The owner of the Har']);
    expectFullCoverage(cleaned);
  });
});
