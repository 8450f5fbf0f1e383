/** Peace or ceasefire talks between two countries, hosted by a third city. */
import type { EventType } from '../types';
import { roundSignificant } from '../format';

export const talks: EventType = {
  kind: 'talks',
  cast: {
    org1: 'the <city> {Peace Forum|Mediation Centre|Dialogue Institute}',
    envoy: '<p2>',
  },
  headlines: [
    '{Envoys|Negotiators} from <country> and <neighbour> {resume|return to} talks in <city>',
    '{Fragile|Cautious} {hopes|optimism} as <country> and <neighbour> {meet|sit down} in <city>',
    '<city> talks {enter|reach} a {decisive|critical} {phase|stage}',
  ],
  leads: [
    '{Negotiators|Envoys|Delegations} from <country> and <neighbour> {met|gathered|sat down} in <city> on <weekday> for {a new|another|the latest} round of {talks|negotiations} {aimed at|intended to} {ending|end} {months|a year} of {hostilities|fighting} along their shared {border|frontier}.',
    '{Talks|Negotiations} between <country> and <neighbour> {resumed|restarted} in <city> on <date>, {with|as} {both sides|each side} {under|facing} {pressure|heavy pressure} to {agree|settle on} a {lasting|durable} {ceasefire|truce}.',
  ],
  facts: [
    {
      id: 'troops-at-line', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(800, 24000), 2),
      phrasings: [
        '{Both armies|The opposing armies} {still|continue to} {keep|station} {about |some |roughly |}<v> {soldiers|troops} along the {ceasefire|contact} line{, <envoy> said|, according to military observers|}.',
        '{According to|Citing} <org1>, {about |some |}<v> {troops|soldiers} {remain|are still} {deployed|stationed} {near|close to} the {front|ceasefire line}.',
        '{Military observers|Monitors} {counted|estimate} {about |nearly |}<v> {soldiers|troops} {on both sides of|along} the {line|frontier}{, <p1> said|}.',
      ],
    },
    {
      id: 'prisoners', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(60, 900), 2),
      phrasings: [
        'The {sides|delegations} {agreed|have agreed} to {exchange|swap} <v> prisoners{ before the end of the month| in the coming weeks|}{, <envoy> said|}.',
        '{A prisoner exchange|A swap of prisoners} {involving|covering} {about |some |}<v> {detainees|prisoners} {was agreed|was settled} {on the first day|early in the talks}{, according to <org1>|}.',
        '<envoy> said {the sides|both sides} {would|will} {release|free} <v> prisoners {as a goodwill gesture|to build trust}.',
      ],
    },
    {
      id: 'aid-package', unit: 'USD', style: 'money', currency: 'USD',
      value: (rng) => roundSignificant(rng.between(40, 2400) * 1e6, 2),
      phrasings: [
        '{Donors|International donors} {have pledged|pledged} <v> {for reconstruction|to rebuild border towns} {if|should} a {deal|ceasefire} {holds|is signed}.',
        'A {reconstruction|recovery} {fund|package} {worth|of} <v> {is on the table|has been offered}{, according to <envoy>|, <p1> said|}.',
        '{According to|Citing} <org1>, {foreign|international} {backers|donors} {are ready to|would} {commit|provide} <v> {in aid|for rebuilding}.',
      ],
    },
    {
      id: 'corridor-length', unit: 'km', style: 'km',
      value: (rng) => rng.between(40, 1400),
      phrasings: [
        'The {draft|proposal} {foresees|sets out} a demilitarised {corridor|zone} {stretching|running} <v> along the {border|frontier}.',
        '{Under|According to} the {draft|plan}, {troops|soldiers} {would|will} {pull back|withdraw} from a <v> {strip|stretch} of the {frontier|border}.',
        'A {buffer zone|neutral strip} {of|covering} <v> {would|is to} {separate|divide} the {opposing forces|armies}{, <envoy> said|}.',
      ],
    },
    {
      id: 'session-hours', unit: 'hour', style: 'hours',
      value: (rng) => rng.between(8, 30),
      phrasings: [
        'The {opening|first} session {lasted|ran for} <v>{, delegates said|, according to <org1>|}.',
        '{Delegates|Negotiators} {spent|sat for} <v> {at the table|in the first session} {before|until} {adjourning|breaking off}.',
      ],
    },
  ],
  fillers: [
    '{The talks|The negotiations} are {being|} {hosted|held} {at|in} a {lakeside|hillside|former} {hotel|conference centre|palace} {on the edge of|outside} <city>, {where|and} {security|police} {forces|officers} {have|had} {closed|sealed off} the {surrounding|nearby} {roads|streets} {to|for} {ordinary|private} {traffic|cars}.',
    '{Previous|Earlier} {rounds|attempts} {collapsed|broke down} {over|because of} {disagreements|disputes} about the {sequence|order} of {steps|measures}: <country> {wants|has demanded} a {withdrawal|pullback} {first|before anything else}, {while|whereas} <neighbour> {insists|says} {political|constitutional} {guarantees|assurances} {must|should} come {first|earlier}.',
    '<envoy>, who {chairs|leads} the {mediation|talks}, {has|had} {shuttled|travelled} between the two {capitals|governments} {for weeks|for months} {to|in order to} {prepare|lay the ground for} {this round|the meeting}.',
    '{Neither|None of the} {delegation|delegations} {spoke|talked} to {reporters|the press} {on arrival|as they arrived}, {though|but} {officials|aides} {on both sides|from each side} {described|called} the {mood|atmosphere} {as|} {businesslike|tense but polite}.',
    '{In|Across} the {border|frontier} {villages|towns}, {families|residents} {displaced|driven out} by the {fighting|shelling} {said|told reporters} they {would|will} {only|not} {return|go home} {once|until} they {saw|see} the {guns|artillery} {pulled back|withdrawn}.',
    '{The dispute|The conflict} {dates back to|goes back to} {a contested|a disputed} {treaty|agreement} {signed|concluded} {after|at the end of} a {previous|earlier} war, {whose|and its} {maps|annexes} {each side|both sides} {reads|interpret} {differently|in its own way}.',
  ],
  quotes: [
    '"{We did not come here|We have not come} to {repeat|restate} old {positions|demands}," <p1> {said|told reporters}. "{We came|We are here} to {find|look for} {a way out|a solution}."',
    '"{There is|We see} {real|genuine} {goodwill|willingness} {in the room|at the table}," <envoy> said{, though he| but} {warned|cautioned} that "{nothing is agreed|nothing is settled} until {everything is agreed|everything is settled}."',
    '"{The people|Our people} {at the border|in the border towns} {have waited|have been waiting} long enough," {said|added} <p2last>.',
  ],
};
