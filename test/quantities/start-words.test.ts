import { extractQuantities } from '../../src/quantities/extract-quantities';

/**
 * The number parser tries its readers only at tokens that can start a reading
 * (src/quantities/parsers/start-words.ts): one phrasing per way a reading starts.
 */
describe('number parser: every way a quantity can start', () => {
  test.each([
    ['A couple of boats sank.', 'A couple'],
    ['One in three voters stayed home.', 'One in three'],
    ['Scores of homes burned.', 'Scores'],
    ['Half the staff left.', 'Half'],
    ['A dozen shops closed.', 'A dozen'],
    ['Several hundred people fled.', 'Several hundred'],
    ['Tens of thousands marched.', 'Tens of thousands'],
    ['Two-thirds of the wells are dry.', 'Two-thirds'],
    ['US$4.5 billion was pledged.', 'US$4.5 billion'],
    ['USD 300 was paid.', 'USD 300'],
    ['It took a decade.', 'a decade'],
    ['Between 300 and 400 fighters crossed.', 'Between 300 and 400'],
    ['Twenty-five soldiers died.', 'Twenty-five'],
    ['Three quarters of the crop was lost.', 'Three quarters'],
    ['€3bn was pledged.', '€3bn'],
  ])('%s', (text, figure) => {
    expect(extractQuantities(text, { publishedAt: '2024-05-10' }).map((q) => q.text)).toEqual([figure]);
  });
});
