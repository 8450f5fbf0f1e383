/** A national election: turnout, vote share, seats, ballots, observers. */
import type { EventType } from '../types';
import { roundSignificant } from '../format';

export const election: EventType = {
  kind: 'election',
  cast: {
    party1: 'the {Civic|Democratic|People\'s|Progress} {Alliance|Union|Front|Party}',
    party2: 'the {National|Liberal|Green|Social} {Movement|Bloc|Coalition|Party}',
    org1: 'the {<country> Electoral Commission|Central Election Commission|National Election Board}',
    winner: '<p1>',
    rival: '<p2>',
    observers: 'the {<city> Election Watch|Independent Observer Mission|Civic Monitoring Network}',
  },
  headlines: [
    '<winner> {claims|declares} victory in <country> {election|vote}',
    '<country> votes: <party1> {ahead|leads} {as counting ends|in early count}',
    '{Opposition|Rivals} {question|challenge} {result|count} {of|in} <country> {poll|election}',
  ],
  leads: [
    '{Voters|Citizens} in <country> {went to the polls|cast their ballots} on <weekday> in {a|an} {closely watched|bitterly fought} {election|parliamentary election} that {pitted|set} <winner> of <party1> against <rival> of <party2>.',
    '<winner> {claimed|declared} victory {in|after} <country>\'s {general|parliamentary} election {held|on} <date>, {though|while} <rival> {refused|declined} to {concede|accept defeat}.',
  ],
  facts: [
    {
      id: 'turnout', unit: 'percent', style: 'percent',
      value: (rng) => rng.between(41, 79),
      phrasings: [
        'Turnout {was|reached|stood at} <v>{, according to <org1>|, the commission said|}.',
        '{According to|Citing} <org1>, <v> of {registered voters|the electorate} {cast a ballot|voted}.',
        '{Officials|The commission} {put|reported} turnout at <v>.',
      ],
    },
    {
      id: 'winner-share', unit: 'percent', style: 'percent',
      value: (rng) => rng.between(34, 58),
      phrasings: [
        '<party1> won <v> of the vote{, according to {preliminary|provisional} results|}.',
        '{Provisional|Preliminary} results {gave|showed} <winner>\'s party <v> of the {votes|ballots}.',
        '<winner>\'s <party1> {took|secured} <v> of {votes cast|the vote}{, <org1> said|}.',
      ],
    },
    {
      id: 'ballots', unit: 'count', style: 'large-count',
      value: (rng) => roundSignificant(rng.between(1200, 9500) * 1000, 2),
      phrasings: [
        '{About |Some |}<v> ballots were {cast|counted}{, <org1> said|}.',
        '{According to|Citing} <org1>, {about |some |}<v> {votes|ballots} were {counted|cast}.',
      ],
    },
    {
      id: 'seats', unit: 'count', style: 'people',
      value: (rng) => rng.between(40, 190),
      phrasings: [
        '<party1> {is on course to win|is set to take|will hold} <v> seats in the {new|incoming} parliament.',
        'The {result|count} {gives|hands} <party1> <v> seats{, according to <observers>|}.',
      ],
    },
    {
      id: 'observers', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(250, 3200), 2),
      phrasings: [
        '{About |Some |}<v> {observers|election monitors} {watched|followed} the {vote|count}{, according to <observers>|}.',
        '<observers> {deployed|sent} {about |some |}<v> monitors to polling stations.',
      ],
    },
  ],
  fillers: [
    '{Queues|Long lines} {formed|stretched} {outside|in front of} polling stations in <city> {from|before} {early morning|dawn}, and some {stations|polling places} {stayed open|remained open} {late|past closing time} to {let|allow} {everyone|all voters} in the {queue|line} {vote|cast a ballot}.',
    '<rival> {accused|charged} {the government|the ruling party} of {using|abusing} {state media|public broadcasters} to {promote|favour} <winner> and {said|announced} <party2> {would|will} {challenge|contest} the {result|results} in {court|the courts}.',
    '<observers> {said|reported} the {vote|poll} was {largely orderly|mostly calm} {but|though} {noted|listed} {problems|irregularities} {with|in} {voter lists|the register} {and|as well as} {pressure|intimidation} on {voters|public employees} {in|across} <region>.',
    '{The campaign|Campaigning} {was dominated|centred} {by|on} {prices|the cost of living}, {corruption|graft} and {relations|ties} with <neighbour>, {with|and} <winner> {promising|pledging} {stability|continuity} {while|and} <rival> {called|calling} for {change|a fresh start}.',
    '{Coalition|Power-sharing} {talks|negotiations} {are expected|are likely} to {begin|start} {within days|next week}, {with|and} {smaller|minor} parties {set|poised} to {play|have} a {decisive|kingmaker} {role|part}.',
    '{Students|First-time voters} {interviewed|questioned} {outside|near} {polling stations|a school used as a polling station} in <town> {said|told reporters} they {had voted|voted} {mostly|chiefly} {on|about} {jobs|housing} and {the price of rent|the cost of housing}.',
  ],
  quotes: [
    '"{The people have spoken|Voters have spoken}, and {they have chosen|they chose} {stability|a steady course}," <winner> {told|said to} {supporters|cheering supporters} in <city>.',
    '"{We will not|We do not} {accept|recognise} a {result|count} {built on|that rests on} {irregularities|fraud}," <rival> said.',
    '"{I voted|I came to vote} {for my children|for the future}," said <p4>, {a|an} {nurse|engineer|pensioner} in <town>.',
  ],
};
