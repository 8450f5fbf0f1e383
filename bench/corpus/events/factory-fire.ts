/** A fire at a factory: dead, injured, firefighters, workforce, losses. */
import type { EventType } from '../types';
import { roundSignificant } from '../format';

export const factoryFire: EventType = {
  kind: 'factory-fire',
  cast: {
    company: '{<town> Textiles|<region> Chemicals|<city> Plastics|Northstar Components|<town> Paper Mill}',
    org1: 'the {<city> Fire Service|<region> Fire Brigade|National Fire Rescue Service}',
    chief: '<p2>',
    owner: '<p3>',
    inspector: 'the {Labour Inspectorate|<country> Safety Agency|Industrial Safety Board}',
  },
  headlines: [
    '{Fire|Blaze} {rips through|tears through|destroys} <company> {plant|factory} in <town>',
    '{Deadly|Fatal} {fire|blaze} at <town> factory',
    '{Questions|Anger} {over|about} {safety|fire exits} {after|following} <town> {factory fire|blaze}',
  ],
  leads: [
    '{A fire|A blaze} {broke out|started} at {a|the} <company> {factory|plant} {on the outskirts of|near} <town> {early on|late on} <weekday>, {sending|and sent} {thick|black} smoke {over|across} the {town|area} {and|as} {workers|staff} {scrambled|rushed} to {escape|get out}.',
    '{Firefighters|Fire crews} {battled|fought} {for hours|through the night} {to|on} <weekday> {to put out|to control} a {fire|blaze} at the <company> {works|factory} in <town>, {which|that} {started|began} in a {storage|warehouse} {area|hall}.',
  ],
  facts: [
    {
      id: 'dead', unit: 'people', style: 'people',
      value: (rng) => rng.between(21, 90),
      phrasings: [
        '<v> {workers|people} {were killed|died|lost their lives}{, <chief> said|, according to <org1>|}.',
        'The {death toll|number of dead} {stood at|reached} <v>{, according to <org1>|}.',
        '{According to|Citing} <org1>, <v> people {died|were killed} in the {fire|blaze}.',
      ],
    },
    {
      id: 'injured', unit: 'people', style: 'people',
      value: (rng) => rng.between(30, 240),
      phrasings: [
        '{Another|A further} <v> {people|workers} were {injured|hurt|treated in hospital}{, <chief> said|}.',
        '{Hospitals|Medics} {treated|took in} <v> {injured|people with burns and smoke injuries}{, according to <org1>|}.',
      ],
    },
    {
      id: 'firefighters', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(60, 420), 2),
      phrasings: [
        '{About |Some |Roughly |}<v> firefighters {fought|battled|tackled} the {blaze|fire}{, according to <org1>|}.',
        '<org1> {sent|deployed} {about |some |}<v> firefighters to the {site|scene}.',
      ],
    },
    {
      id: 'workforce', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(320, 4200), 2),
      phrasings: [
        'The {plant|factory} {employs|has a workforce of} {about |some |}<v> {people|workers}{, according to <company>|}.',
        '{About |Some |}<v> {people|workers} {work|are employed} at the {site|plant}{, <owner> said|}.',
      ],
    },
    {
      id: 'losses', unit: 'USD', style: 'money', currency: 'USD',
      value: (rng) => roundSignificant(rng.between(5, 380) * 1e6, 2),
      phrasings: [
        '<company> {put|estimated} its losses at <v>.',
        '{Insurers|Analysts} {estimate|said} the {damage|losses} {at|could reach} {about |some |}<v>.',
      ],
    },
  ],
  fillers: [
    '{Survivors|Workers who escaped} {said|told reporters} {that|} {exit doors|emergency exits} {had been|were} {locked|blocked} {and|while} {smoke|the smoke} {filled|spread through} the {hall|building} {within minutes|very quickly}, {forcing|so that} some {workers|people} {to jump|jumped} from {windows|a first-floor window}.',
    '<inspector> {said|announced} it {had|has} {opened|launched} an {inquiry|investigation} {into|of} the {cause|causes} of the {fire|blaze} and {would|will} {examine|review} {whether|if} {safety rules|fire regulations} {had been|were} {followed|respected}.',
    '<owner>, {the owner of|who owns} <company>, {said|told reporters} the {company|firm} {would|will} {cooperate|work} {fully|closely} with {investigators|the authorities} and {offered|expressed} {condolences|sympathy} to the {families|relatives} of the {victims|dead}.',
    '{Relatives|Families} {gathered|waited} {outside|at} the {gates|hospital} {through|into} the night, {many|some} {holding|clutching} {photographs|phone pictures} of {missing|loved} {workers|relatives} and {asking|begging} {officials|police} for {news|information}.',
    '{Labour groups|Unions} {said|argued} the {fire|tragedy} {exposed|showed} {long-standing|chronic} {failures|gaps} in {factory|workplace} {inspections|safety checks} {across|throughout} <country>, {and|and they} {called for|demanded} {criminal|legal} {charges|proceedings}.',
    '{Residents|People living} near the {plant|site} {were told|were advised} to {keep|shut} {windows|their windows} {closed|shut} {and|and to} {stay|remain} {indoors|inside} {because of|owing to} the {smoke|fumes}.',
  ],
  quotes: [
    '"{We could not|We couldn\'t} {see anything|see a thing}. {Everyone was|People were} {screaming|shouting} and {running|pushing}," said <p4>, {a|a machine} {operator|worker} {who|that} {escaped|got out}.',
    '"{Someone must|Somebody has to} {answer|take responsibility} for this," <chief> said.',
    '"{My brother|My sister} {worked|had worked} there {for years|for a long time}. {We are|We\'re} still {waiting|waiting for news}," said <p4>.',
  ],
};
