/** A transport or port strike over pay. */
import type { EventType } from '../types';
import { roundSignificant } from '../format';

export const strike: EventType = {
  kind: 'strike',
  cast: {
    union: 'the {<country> Dockworkers|National Rail Workers|United Transport Workers|<region> Port Workers} Union',
    org1: '<union>',
    leader: '<p2>',
    company: '{<city> Port Authority|National Rail of <country>|<region> Transit}',
    minister: '<p1>',
  },
  headlines: [
    '{Strike|Walkout} {halts|paralyses} {traffic|services} {across|in} <region>',
    '<union> {walks out|strikes} over pay',
    '{No end in sight|Deadlock} {in|as} <city> {strike|pay dispute} {enters|reaches} {another day|a new day}',
  ],
  leads: [
    '{Workers|Members} of <union> {walked out|went on strike|stopped work} on <weekday>, {halting|bringing to a halt} {services|operations} at <company> {after|when} {talks|negotiations} on {pay|wages} {broke down|collapsed}.',
    '{A strike|An all-out strike} by <union> {shut down|paralysed} <company> on <date>, {leaving|stranding} {passengers|shippers} {across|throughout} <region> {without|with no} {service|alternatives}.',
  ],
  facts: [
    {
      id: 'strikers', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(1500, 42000), 2),
      phrasings: [
        '{About |Some |Roughly |}<v> {workers|employees} {joined|took part in} the {strike|walkout}{, <leader> said|, according to the union|}.',
        '{According to|Citing} <union>, {about |some |}<v> {workers|members} {stayed away from work|downed tools}.',
        '<leader>, {who leads|the head of} the union, said <v> {workers|members} {had|have} {walked out|joined the action}.',
      ],
    },
    {
      id: 'pay-demand', unit: 'percent', style: 'percent',
      value: (rng) => rng.between(9, 24),
      phrasings: [
        'The union {is demanding|wants|is seeking} a <v> {pay rise|wage increase}.',
        '{Workers|Strikers} {are asking|ask} for {wages|pay} {to rise|to go up} by <v>{, <leader> said|}.',
        '{According to|Citing} <leader>, {members|workers} {want|demand} a {raise|rise} of <v>.',
      ],
    },
    {
      id: 'daily-loss', unit: 'USD', style: 'money', currency: 'USD',
      value: (rng) => roundSignificant(rng.between(6, 220) * 1e6, 2),
      phrasings: [
        '{Business groups|Employers} {estimate|say} the {strike|stoppage} {costs|is costing} the {economy|region} {about |some |}<v> {a day|each day}.',
        'Each day of the {strike|stoppage} {costs|is costing} <v>{, according to <company>|, <minister> said|}.',
      ],
    },
    {
      id: 'route-closed', unit: 'km', style: 'km',
      value: (rng) => rng.between(60, 1900),
      phrasings: [
        '{Services|Traffic} {stopped|halted} on <v> of {lines|routes|track}{, <company> said|}.',
        '{According to|Citing} <company>, the {strike|walkout} {shut|closed} <v> of {routes|its network}.',
      ],
    },
  ],
  fillers: [
    '{Pickets|Picket lines} {formed|gathered} {at|outside} the {main|biggest} {gates|depots} {before dawn|early in the morning}, {where|and} {strikers|workers} {lit|warmed themselves by} {braziers|fires} and {waved|held up} {union|hand-painted} {flags|banners}.',
    '<company> {said|argued} it {could not|was unable to} {afford|meet} the {union\'s|workers\'} {demands|claim} {without|unless it} {raising|raised} {fares|charges} {or|and} {cutting|cut} {investment|spending} on {maintenance|new equipment}.',
    '{Commuters|Passengers} {queued|waited} {for hours|in long lines} {at|for} {buses|replacement buses} {and|or} {shared|squeezed into} {taxis|cars}, {and|while} {many|some} {employers|firms} {told|asked} {staff|workers} to {work from home|stay at home}.',
    '<minister>, {the transport minister|the labour minister}, {urged|called on} {both sides|the union and management} to {return|go back} to the {table|negotiating table} and {offered|proposed} {state|government} {mediation|arbitration}.',
    '{The dispute|The conflict} {follows|comes after} {months|a year} of {rising|soaring} {prices|living costs} {that|which} {have|has} {eaten into|eroded} {wages|pay packets} {across|throughout} <country>{, union leaders say|}.',
    '{Shipping|Freight} {companies|firms} {diverted|rerouted} {cargo|containers} to {ports|terminals} in <neighbour>, {and|while} {supermarkets|retailers} {warned|said} that {shelves|stocks} of {fresh|imported} {goods|produce} {could|might} {run low|thin out}.',
  ],
  quotes: [
    '"{We are not|We\'re not} {asking for|demanding} {luxury|the moon}. {We are asking|We ask} to {keep up|keep pace} with {prices|the cost of living}," <leader> {told|said to} {a rally|strikers} in <city>.',
    '"{This strike|The stoppage} {hurts|harms} {the very people|ordinary people} {it claims|the union says it wants} to {help|protect}," <minister> said.',
    '"{I have|I\'ve} {missed|lost} {shifts|pay} {already|because of this}," said <p4>, {a nurse|a cleaner|a student} {stranded|waiting} at the {station|bus stop}.',
  ],
};
