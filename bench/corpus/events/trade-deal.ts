/** A trade agreement: tariffs, trade volume, jobs, a new rail link. */
import type { EventType } from '../types';
import { roundSignificant } from '../format';

export const tradeDeal: EventType = {
  kind: 'trade-deal',
  cast: {
    minister: '<p1>',
    counterpart: '<p2>',
    org1: 'the {<country> Trade Ministry|Ministry of Trade|<country> Chamber of Commerce}',
    lobby: 'the {<city> Exporters Association|<country> Farmers Federation|Chamber of Industry}',
  },
  headlines: [
    '<country> and <neighbour> {sign|seal} trade {deal|pact}',
    '{Tariffs|Duties} {to fall|cut} {under|in} <country>-<neighbour> {accord|agreement}',
    '{Farmers|Exporters} {split|divided} over <neighbour> trade deal',
  ],
  leads: [
    '<country> and <neighbour> {signed|concluded} a {trade agreement|free trade deal} in <city> on <weekday>, {ending|after} {years|a long stretch} of {negotiations|talks} {over|on} {tariffs|duties}, {farm|agricultural} {quotas|imports} and {customs|border} {rules|checks}.',
    '{Trade ministers|Ministers} from <country> and <neighbour> {put their names to|signed} {a|an} {accord|agreement} on <date> {that|which} {cuts|lowers} {tariffs|duties} on {most|many} {goods|products} {traded|sold} between the neighbouring {countries|economies}.',
  ],
  facts: [
    {
      id: 'tariff-cut', unit: 'percent', style: 'percent',
      value: (rng) => rng.between(40, 90),
      phrasings: [
        'The {deal|agreement} {removes|scraps} {tariffs|duties} on <v> of {goods|products}{, according to <org1>|}.',
        '{Tariffs|Duties} {will|are to} {fall|be lifted} on <v> of {traded goods|products traded}{, <minister> said|}.',
      ],
    },
    {
      id: 'trade-volume', unit: 'USD', style: 'money', currency: 'USD',
      value: (rng) => roundSignificant(rng.between(2, 60) * 1e9, 2),
      phrasings: [
        'Trade between the {neighbours|countries} {is worth|amounts to} {about |some |}<v> a year{, according to <org1>|}.',
        '{Annual|Yearly} trade {of|worth} <v> {is covered by|falls under} the {deal|agreement}{, <counterpart> said|}.',
      ],
    },
    {
      id: 'jobs', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(4000, 90000), 2),
      phrasings: [
        '{Officials|The government} {expect the deal to create|say the agreement will create} {about |some |}<v> jobs{, according to <org1>|}.',
        '<minister> said the {agreement|pact} {could|would} {create|support} {about |some |}<v> jobs.',
      ],
    },
    {
      id: 'rail-link', unit: 'km', style: 'km',
      value: (rng) => rng.between(120, 1500),
      phrasings: [
        'The {accord|deal} {also|} {includes|provides for} a <v> {freight rail link|railway} {between|connecting} <city> and <neighbour>.',
        '{A new|The planned} {rail|freight} line {will|is to} {run|stretch} <v>{, <counterpart> said|}.',
      ],
    },
  ],
  fillers: [
    '{Farm groups|Farmers} in <country> {protested|demonstrated} {outside|near} the {venue|ministry}, {warning|saying} {that|} {cheaper|cheap} {imports|produce} from <neighbour> {would|could} {undercut|push down} {local|their} {prices|incomes}.',
    '<lobby> {welcomed|praised} the {deal|agreement} as {a boost|good news} for {manufacturers|exporters} and {said|added} {that|} {simpler|faster} {customs|border} {checks|procedures} {would|should} {cut|reduce} {delays|waiting times} at the {border|crossings}.',
    '{The agreement|The deal} {still|must still} {needs|be} {ratified|approved} by {both parliaments|lawmakers in both countries}, {a process|which} {officials|diplomats} {expect|say} {could|may} take {months|the rest of the year}.',
    '{Economists|Analysts} {said|noted} {that|} the {biggest|main} {gains|benefits} {were likely|would probably} {to go to|flow to} {carmakers|machinery producers} and {food processors|chemical firms}, {while|and} {small|smaller} {farms|producers} {might|could} {struggle|lose out}.',
    '{Environmental groups|Campaigners} {criticised|attacked} the {deal|text} for {lacking|having no} {binding|enforceable} {rules|commitments} on {deforestation|emissions} and {labour standards|workers\' rights}.',
    '<counterpart>, <neighbour>\'s {trade minister|economy minister}, {called|described} the {signing|agreement} {a historic day|a turning point} {for|in} {relations|ties} between the neighbouring {countries|nations}.',
  ],
  quotes: [
    '"{This deal|This agreement} {opens|will open} {doors|markets} for {our|all our} {companies|exporters}," <minister> said.',
    '"{We were not|Nobody} {consulted|asked}," said <p4>, {a|a dairy|a fruit} farmer from <town>. "{They|The negotiators} {never|did not} {came|come} {here|to see us}."',
    '"{Trade|Commerce} {brings|has always brought} {people|neighbours} {closer|together}," <counterpart> {told|said to} reporters.',
  ],
};
