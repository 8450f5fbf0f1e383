import { crossReference } from '../../src/index';
import type { ArticleInput } from '../../src/index';

const contested = (articles: ArticleInput[]) => crossReference(articles).findings.filter((f) => f.kind === 'contested');
const pairs = (articles: ArticleInput[]) => contested(articles).map((f) => f.evidence.map((e) => e.articleId).join(' <- '));

describe('contested findings', () => {
  it('flag the claim a denial answers', () => {
    const articles = [
      { id: 'wire', source: 'Harbour Ledger', text: 'Hundreds of soldiers crossed the river into the next valley at dawn, witnesses said.' },
      { id: 'army', source: 'Valley Courier', text: 'The army denied reports that soldiers had crossed the river into the next valley.' },
    ];
    expect(pairs(articles)).toEqual(['wire <- army']);
  });

  it('flag a claim against a rejection whose subject shares one word with it', () => {
    const articles = [
      { id: 'rebels', source: 'Harbour Ledger', text: 'Rebel officials said the movement now holds 85 percent of the districts in the north.' },
      { id: 'capital', source: 'Valley Courier', text: 'Officials in Marrowfield rejected the claim that the movement holds 85 percent of the districts in the north.' },
    ];
    expect(pairs(articles)).toEqual(['rebels <- capital']);
  });

  it('do not set two outlets that retell one rejection against each other', () => {
    const articles = [
      { id: 'a', source: 'Harbour Ledger', text: 'The flood drew notice beyond Marrowfield, with newspapers in Kestle running editorials that challenged the official account of the evacuation.' },
      { id: 'b', source: 'Valley Courier', text: 'The flood also drew notice outside Marrowfield, and newspapers in Kestle printed editorials which questioned the official account of the evacuation.' },
    ];
    expect(contested(articles)).toEqual([]);
  });
});

describe('a claim about an earlier event', () => {
  const story = (pastClaim: string, denial: string): ArticleInput[] => [
    { id: 'herald', publishedAt: '2025-08-14', text: `A wildfire near Dunmore has burned 9,000 hectares since Tuesday.\n\n${pastClaim}` },
    { id: 'radio', publishedAt: '2025-08-14', text: `A wildfire near Dunmore has burned 9,000 hectares since Tuesday.\n\n${denial}` },
  ];

  it('is not what a denial of the news answers', () => {
    expect(contested(story('In 2016, the Corran fire was started by a Veltron line.', 'Veltron has denied that its line started the fire.'))).toEqual([]);
  });

  it('is still answered by a denial of that event', () => {
    const articles = story('In 2016, the Corran fire was started by a Veltron line.', 'In 2016, Veltron denied that its line started the Corran fire.');
    expect(pairs(articles)).toEqual(['herald <- radio']);
  });
});

describe('a denial that gives its reason ("denied that ..., saying ...")', () => {
  const courier = [
    'Floodwater reached the roofs in Varno on Sunday.',
    'Mayor Tana Brel said the operator had opened the sluices too late.',
    '"They held the lake full for the turbines," Brel said.',
    '"Whole streets were under water by dawn."',
    'She called for an inquiry into the dam.',
    'Company chief Ivo Marek denied that the opening had been delayed, saying the rules set by the river agency barred big releases while the river was rising.',
  ].join(' ');
  const wire = 'Floodwater reached the roofs in Varno on Sunday. The rules set by the river agency bar big releases while the river is rising, the company says.';

  it('answers the accusation a few claims before it, not another outlet\'s retelling of its own reason', () => {
    const found = contested([{ id: 'courier', text: courier }, { id: 'wire', text: wire }]);
    expect(found.map((f) => f.evidence.map((e) => e.text.slice(0, 40)))).toEqual([
      ['Mayor Tana Brel said the operator had op', 'Company chief Ivo Marek denied that the '],
    ]);
  });
});

describe('a pointing rejection after a reported statement and the quote that backs it', () => {
  it('answers the statement as well as the quote', () => {
    const text = [
      'Protests spread across Dorvik on Friday.',
      'Opposition leader Mara Velt told the Herald that soldiers had fired on the march with live rounds.',
      '"They are shooting at their own people," she said.',
      'The defence ministry rejected that claim as invented.',
    ].join(' ');
    const targets = contested([{ id: 'herald', text }]).map((f) => f.evidence[0]!.text);
    expect(targets).toEqual(expect.arrayContaining([
      'Opposition leader Mara Velt told the Herald that soldiers had fired on the march with live rounds.',
      '"They are shooting at their own people," she said.',
    ]));
  });
});

describe('a rejection of "the explanation"', () => {
  it('answers the argument just before it', () => {
    const text = [
      'A court in Dorvik jailed the former port chief for fraud on Monday.',
      'His lawyers argued that the payment was a fee for legal advice given before he took office.',
      'Prosecutors called the explanation a fiction.',
    ].join(' ');
    expect(contested([{ id: 'ledger', text }]).map((f) => f.evidence.map((e) => e.text))).toEqual([
      ['His lawyers argued that the payment was a fee for legal advice given before he took office.', 'Prosecutors called the explanation a fiction.'],
    ]);
  });
});
