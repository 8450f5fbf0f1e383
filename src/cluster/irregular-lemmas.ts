import { lookupTable } from '../internal/lookup-table';
/**
 * General English irregular forms the Porter stemmer leaves apart ("fled" vs "flee"),
 * mapped to one lemma so that wording differences between outlets do not split clusters.
 */
export const IRREGULAR_LEMMAS: Readonly<Record<string, string>> = lookupTable({
  fled: 'flee', fleeing: 'flee', flees: 'flee',
  went: 'go', gone: 'go', goes: 'go',
  met: 'meet', meeting: 'meet',
  left: 'leave', leaving: 'leave',
  took: 'take', taken: 'take', taking: 'take',
  seized: 'seize', seizing: 'seize',
  fought: 'fight', fighting: 'fight',
  held: 'hold', holding: 'hold',
  led: 'lead', leading: 'lead',
  began: 'begin', begun: 'begin',
  made: 'make', making: 'make',
  gave: 'give', given: 'give',
  won: 'win', winning: 'win',
  lost: 'lose', losing: 'lose',
  killed: 'kill', died: 'die', dead: 'die', deaths: 'die', death: 'die',
  sent: 'send', brought: 'bring', caught: 'catch', struck: 'strike', hit: 'hit',
  became: 'become', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall',
  spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write',
  escaped: 'escape', escaping: 'escape',
  retreated: 'flee', retreat: 'flee',
  withdrawn: 'withdraw', withdrew: 'withdraw', withdrawal: 'withdraw',
});
