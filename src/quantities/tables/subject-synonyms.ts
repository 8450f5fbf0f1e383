import { lookupTable } from '../../internal/lookup-table';

/**
 * Things news copy counts under interchangeable nouns, each folded to one
 * name: "1,950 houses" and "nearly 2,000 homes" may be one count, "40 ships"
 * and "42 vessels" too. Only for comparing subjects: the category table also
 * feeds the clustering's word forms, where these words should stay apart.
 */
export const SUBJECT_SYNONYMS: Readonly<Record<string, string>> = lookupTable({
  house: 'home', home: 'home', dwelling: 'home',
  ship: 'ship', vessel: 'ship', boat: 'ship',
  road: 'road', highway: 'road', motorway: 'road',
  lorry: 'truck', truck: 'truck',
  // Turnout is the share of voters who voted: "55% of voters cast a ballot".
  turnout: 'voter', voter: 'voter', electorate: 'voter',
  plane: 'aircraft', aircraft: 'aircraft', airplane: 'aircraft', aeroplane: 'aircraft',
});
