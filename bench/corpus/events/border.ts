/** A border dispute: troops, displaced villagers, a contested frontier. */
import type { EventType } from '../types';
import { roundSignificant } from '../format';

export const border: EventType = {
  kind: 'border-dispute',
  cast: {
    org1: 'the {<country> Defence Ministry|<country> Foreign Ministry|<country> General Staff}',
    minister: '<p1>',
    spokesman: '<p2>',
    monitor: 'the {Regional Security Observer Mission|Border Monitoring Group|<city> Institute for Conflict Studies}',
  },
  headlines: [
    '{Tension|Tensions} {rises|rise} on the <country>-<neighbour> {border|frontier}',
    '<country> {sends|rushes} {troops|reinforcements} to {disputed|contested} {frontier|border}',
    '{Villagers flee|Families flee} {as|amid} <neighbour> and <country> {trade accusations|exchange warnings}',
  ],
  leads: [
    '<country> {sent|moved|rushed} {troops|reinforcements} {towards|to} its {disputed|contested} {border|frontier} with <neighbour> on <weekday>, {accusing|after accusing} {its neighbour|<neighbour>} of {building|setting up} {outposts|positions} on {land|territory} it {claims|considers its own}.',
    '{A long-simmering|An old} {border|territorial} {dispute|quarrel} between <country> and <neighbour> {flared|erupted} {again|anew} on <date>, {as|when} {both sides|each government} {traded|exchanged} {accusations|warnings} over {a string of|recent} {incidents|clashes} near <town>.',
  ],
  facts: [
    {
      id: 'border-length', unit: 'km', style: 'km',
      value: (rng) => rng.between(300, 2600),
      phrasings: [
        'The {neighbours|countries} share a <v> {border|frontier}{, much of it| large parts of which are} {poorly marked|never demarcated}.',
        'The {frontier|border} {between them|} {runs|stretches} <v>{, according to <monitor>|}.',
        '{Their|The} <v> {border|frontier} {has never been|was never} {fully|properly} {demarcated|marked}.',
      ],
    },
    {
      id: 'troops-sent', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(600, 30000), 2),
      phrasings: [
        '<country> {deployed|sent|moved} {about |some |roughly |}<v> {soldiers|troops} to the {area|region}{, <spokesman> said|, according to <org1>|}.',
        '{According to|Citing} <org1>, {about |nearly |}<v> {troops|soldiers} {were|have been} {sent|deployed} to {reinforce|strengthen} the {border|frontier}.',
        '{About |Some |}<v> {troops|soldiers} {arrived|took up positions} near <town>{, <monitor> said|}.',
      ],
    },
    {
      id: 'displaced', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(300, 9500), 2),
      phrasings: [
        '{About |Some |}<v> {villagers|residents} {fled|have fled|left their homes}{, according to <monitor>|, aid groups said|}.',
        '{Aid groups|Relief agencies} said <v> {villagers|people} {had|have} {fled|left} {border|frontier} {villages|settlements}.',
      ],
    },
    {
      id: 'trade-lost', unit: 'USD', style: 'money', currency: 'USD',
      value: (rng) => roundSignificant(rng.between(20, 1800) * 1e6, 2),
      phrasings: [
        '{Cross-border|Border} trade, {worth|valued at} <v> a year, {has|had} {ground to a halt|come to a standstill}{, according to <monitor>|}.',
        '{Closing|The closure of} the {crossings|border crossings} {puts|has put} {about |some |}<v> in {annual|yearly} trade at risk{, <minister> said|}.',
      ],
    },
  ],
  fillers: [
    '{Satellite images|Aerial photographs} {published|released} by <monitor> {appeared to show|showed what looked like} {new|fresh} {trenches|earthworks} and {vehicle|truck} {tracks|tyre marks} {near|close to} <town>, {though|but} the {group|monitors} {said|stressed} it {could not|was unable to} {confirm|say} {who|which side} {built|dug} them.',
    '{The dispute|The quarrel} {goes back|dates} to {maps|surveys} {drawn|made} {under|during} {colonial|imperial} {rule|administration}, {which|and these} {placed|put} the {line|border} {along|on} {different|separate} {ridges|rivers} {depending on|according to} {the edition|which version is used}.',
    '<minister> {said|insisted} <country> {wanted|sought} a {peaceful|diplomatic} {solution|settlement} {but|yet} {would|will} {defend|protect} {every|each} {metre|inch} of its {territory|land}.',
    '{Officials|Diplomats} in <neighbour> {rejected|dismissed} the {accusations|charges} as {baseless|unfounded}, {accusing|and accused} <country> of {stirring up|inflaming} {nationalist|patriotic} {feeling|sentiment} {ahead of|before} {elections|a vote}.',
    '{Shepherds|Herders} {who|that} {have|had} {grazed|led} {flocks|their animals} {across|over} the {hills|pastures} {for generations|for as long as anyone remembers} {said|complained} they {were|had been} {turned back|stopped} by {soldiers|patrols} {from both sides|on either side}.',
    '{Neighbouring|Regional} {governments|capitals} {called for|urged} {restraint|calm}, and {offered|proposed} to {host|hold} {talks|a meeting} {between|of} the {rival|opposing} {foreign ministers|governments}.',
  ],
  quotes: [
    '"{We will not|We shall not} {be|stand} {provoked|pushed into a war}, {but|and} {we will not|we shall not} {give up|surrender} {our land|what is ours}," <minister> {said|told parliament}.',
    '"{Everyone|All of us} {left|fled} {at night|in the dark}. {We took|We carried} {what we could carry|only what we could}," said <p4>, {who|a farmer who} {fled|left} {a village|her village|his village} near <town>.',
    '"{The situation|The situation on the ground} {is|remains} {tense but stable|calm for now}," <spokesman> said.',
  ],
};
