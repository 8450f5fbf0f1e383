/** A government budget: total spending, health, deficit, defence, job cuts. */
import type { EventType } from '../types';
import { roundSignificant } from '../format';

export const budget: EventType = {
  kind: 'budget',
  cast: {
    minister: '<p1>',
    org1: 'the {<country> Finance Ministry|Ministry of Finance|<country> Treasury}',
    critic: '<p2>',
    council: 'the {<country> Fiscal Council|Budget Office|<city> Institute for Economic Research}',
  },
  headlines: [
    '<country> {unveils|presents} {budget|spending plan} {for next year|with cuts and tax rises}',
    '<minister> {defends|sets out} {budget|spending plans} {in|before} parliament',
    '{Unions|Opposition} {attack|criticise} <country> {budget|spending plan}',
  ],
  leads: [
    '{Finance Minister|The finance minister} <minister> {presented|unveiled|set out} <country>\'s budget {for next year|for the coming year} to parliament on <weekday>, {promising|pledging} to {bring|get} {public finances|the deficit} under control {without|while avoiding} {deep|painful} cuts.',
    '<country>\'s government {published|put forward} its {draft|annual} budget on <date>, {a plan|a document} <minister> {called|described as} {responsible|balanced} {and|but} {critics|opponents} {called|described as} {timid|reckless}.',
  ],
  facts: [
    {
      id: 'total', unit: 'EUR', style: 'money', currency: 'EUR',
      value: (rng) => roundSignificant(rng.between(18, 320) * 1e9, 2),
      phrasings: [
        'The budget {foresees|plans|sets} {total |}spending of <v>{, according to <org1>|}.',
        '{Total|Overall} {spending|expenditure} {will|is set to} {reach|amount to} <v>{, <minister> said|}.',
        '<minister> {proposed|put forward} {a budget|a spending plan} {of|worth} <v>.',
      ],
    },
    {
      id: 'health', unit: 'USD', style: 'money', currency: 'USD',
      value: (rng) => roundSignificant(rng.between(2, 30) * 1e9, 2),
      phrasings: [
        'Health {spending|care} {gets|receives} <v>{, according to the draft|}.',
        '{Hospitals|The health service} {will|are to} receive <v>{, <minister> said|}.',
      ],
    },
    {
      id: 'deficit', unit: 'percent', style: 'percent',
      value: (rng) => rng.between(3, 9),
      phrasings: [
        'The deficit {is expected|is forecast} to {reach|be} <v> of {GDP|economic output}{, according to <council>|}.',
        '{According to|Citing} <council>, the {budget gap|deficit} {will|would} {stand at|amount to} <v> of {GDP|output}.',
      ],
    },
    {
      id: 'defence-rise', unit: 'percent', style: 'percent',
      value: (rng) => rng.between(6, 28),
      phrasings: [
        'Defence spending {rises|will rise|goes up} by <v>{, the biggest increase in years|}.',
        '{The military|The armed forces} {will|are to} {get|receive} a <v> {increase|rise} in {funding|spending}.',
      ],
    },
    {
      id: 'job-cuts', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(1800, 32000), 2),
      phrasings: [
        'The plan {cuts|would cut|eliminates} {about |some |}<v> {public sector|civil service} jobs{, <critic> said|, according to unions|}.',
        '{According to|Citing} <critic>, {about |some |}<v> {civil servants|public employees} {would|will} lose their jobs.',
      ],
    },
  ],
  fillers: [
    '{The budget|The draft} {must|still has to} {pass|clear} {parliament|both chambers}, {where|and there} the {government|ruling coalition} {holds|has} {only|just} a {slim|narrow} majority {after|following} {defections|a string of defections} {earlier this year|last spring}.',
    '<council> {said|warned} {the|that the} {forecasts|growth forecasts} {behind|underpinning} the {budget|plan} {were|looked} {optimistic|rosy} and {that|} {revenue|tax income} {could|might} {fall short|disappoint} if {exports|the economy} {slowed|weakened}.',
    '{Teachers|Public sector unions} {announced|called} {protests|a day of protests} {in|across} <city> {and|and in} <town> {against|over} the {planned|proposed} {cuts|pay freeze}, {saying|and said} {schools|services} {were|had been} {already|long} {stretched|underfunded}.',
    '{Business groups|Employers} {welcomed|praised} {measures|plans} to {simplify|cut} {red tape|paperwork} {but|though} {complained|said} {that|} {energy|electricity} {costs|prices} {remained|were still} {the main|their biggest} {worry|concern}.',
    '<critic>, {who speaks on finance for|the finance spokesman of} the opposition, {said|argued} the {budget|plan} {protected|shielded} {the wealthy|large companies} {while|and} {asking|asked} {ordinary families|working families} to {pay|carry} the {bill|burden}.',
    '{Ratings agencies|Investors} {will|are expected to} {study|scrutinise} the {plan|budget} {closely|carefully}, {after|since} <country>\'s {borrowing costs|bond yields} {rose|climbed} {sharply|steeply} {last year|earlier this year}.',
  ],
  quotes: [
    '"{This is|It is} a budget {for|that looks after} {working families|ordinary people}," <minister> {told|said to} {lawmakers|parliament}. "{We are|We\'re} {fixing|repairing} the {roof|house} {while|before} the {sun shines|storm comes}."',
    '"{The numbers|These numbers} {do not add up|simply don\'t add up}," <critic> said.',
    '"{We have heard|We\'ve heard} {these promises|such promises} before," said <p4>, {a|who runs a} {shopkeeper|small business owner|taxi driver} {in|from} <town>.',
  ],
};
