import type { ArticleInput } from '../../src/index';

/** Outlets and places invented for these tests. */
const OUTLETS = ['Harbour Ledger', 'Valley Courier', 'Coastline Daily', 'Upland Gazette'];
const TOWNS = ['Marrowfield', 'Kestle', 'Dunharrow', 'Pellinor'];
const OFFICIALS = ['Mayor Idris Kaltenborn', 'Mayor Idris Kaltenbourne', 'Councillor Rhea Vance'];

/**
 * `count` short articles about a few invented local stories, with figures,
 * names and dates that differ between outlets, so the report has clusters,
 * conflicts and name variants to get right. Deterministic.
 */
export function generatedArticles(count: number): ArticleInput[] {
  return Array.from({ length: count }, (_, i) => {
    const town = TOWNS[i % TOWNS.length];
    const official = OFFICIALS[i % OFFICIALS.length];
    const homes = 200 + (i % 5) * 60;
    const text = [
      `${town} council approves flood barrier`,
      '',
      `The council in ${town} voted on Tuesday to build a flood barrier costing about ${12 + (i % 4)} million dollars, ${official} said.`,
      `More than ${homes} homes were damaged when the river rose in March, according to the regional emergency office.`,
      `The council said the barrier would be finished within ${2 + (i % 3)} years.`,
      `Residents' groups rejected that claim.`,
      i % 2 === 0 ? `The barrier will stretch for ${3 + (i % 4)} kilometres along the east bank.` : `Work is due to start in the spring, the council said.`,
      '',
      'Subscribe to our newsletter for more local news.',
    ].join('\n');
    return { id: `gen-${String(i).padStart(3, '0')}`, source: OUTLETS[i % OUTLETS.length], publishedAt: `2023-04-${String(10 + (i % 9)).padStart(2, '0')}`, text };
  });
}
