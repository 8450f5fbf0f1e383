/** A river flood: evacuations, deaths, damage, roads under water. */
import type { EventType } from '../types';
import { roundSignificant } from '../format';

export const flood: EventType = {
  kind: 'flood',
  cast: {
    org1: 'the {<region> Civil Protection Agency|National Disaster Office|<country> Red Cross}',
    official: '<p2>',
    officialRole: '{the regional governor|the head of civil protection|the interior minister}',
  },
  headlines: [
    '{Floods|Floodwaters} {swamp|sweep through} <region> as the <river> {bursts its banks|overflows}',
    '{Families|Residents} {flee|evacuated} as the <river> {rises|keeps rising}',
    '{Clean-up|Rescue efforts} {begins|continue} {after|amid} {floods|flooding} in <region>',
  ],
  leads: [
    '{The|Swollen by days of rain, the} <river> {burst its banks|overflowed} {across|in} <region> {on|late on} <weekday>, {flooding|submerging} {farmland|fields}, {villages|towns} and {parts|outlying districts} of <town>.',
    '{Rescue teams|Emergency crews} {in|across} <region> {worked|were working} {through the night|around the clock} {on|into} <weekday> {after|as} the <river> {spilled over|broke through} {its|flood} {defences|banks}.',
  ],
  facts: [
    {
      id: 'evacuated', unit: 'people', style: 'people',
      value: (rng) => roundSignificant(rng.between(2000, 65000), 2),
      phrasings: [
        '{About |Some |Roughly |}<v> {residents|people} {were evacuated|had to leave their homes|were moved to safety}{, <official> said|, according to <org1>|}.',
        '{According to|Citing} <org1>, {about |nearly |}<v> {residents|people} {have been evacuated|were evacuated} {from|out of} {low-lying|riverside} {districts|villages}.',
        '<official>, <officialRole>, said <v> {people|residents} {had been|were} {moved|taken} to {shelters|emergency shelters}.',
      ],
    },
    {
      id: 'deaths', unit: 'people', style: 'people',
      value: (rng) => rng.between(14, 160),
      phrasings: [
        '{At least|The} {death toll|number of dead} {stood at|reached|rose to} <v>{, <org1> said|, according to officials|}.',
        '<v> people {have died|were killed|lost their lives} in the {floods|flooding}{, according to <org1>|, <official> said|}.',
        '{Officials|Authorities} {confirmed|said} <v> {deaths|dead} {across|in} <region>.',
      ],
    },
    {
      id: 'damage', unit: 'EUR', style: 'money', currency: 'EUR',
      value: (rng) => roundSignificant(rng.between(12, 950) * 1e6, 2),
      phrasings: [
        '{Early|Initial|Preliminary} {estimates|assessments} {put|place} the {damage|cost of the damage} at <v>{, <official> said|}.',
        '{According to|Citing} <org1>, the {floods|flooding} {caused|did} {about |some |roughly |}<v> {in|worth of} damage.',
        '<official> said {repairs|rebuilding} {would|will} cost {about |some |}<v>.',
      ],
    },
    {
      id: 'roads-flooded', unit: 'km', style: 'km',
      value: (rng) => rng.between(30, 520),
      phrasings: [
        '{About |Some |}<v> of {roads|road} {remain|remained|were still} under water{, according to <org1>|}.',
        'Floodwater {covered|closed} <v> of {national and local roads|highways and local roads}{, <official> said|}.',
      ],
    },
    {
      id: 'rain-above-average', unit: 'percent', style: 'percent',
      value: (rng) => rng.between(35, 95),
      phrasings: [
        'Rainfall {this month|over the past fortnight} was <v> {above|higher than} the {seasonal|monthly} {average|norm}{, forecasters said|, according to the weather service|}.',
        '{Forecasters|Meteorologists} said {rainfall|rain} {had been|was} <v> {above|over} the {usual|normal} {level|amount} for the season.',
      ],
    },
  ],
  fillers: [
    '{Helicopters|Army helicopters} {lifted|plucked} {stranded|trapped} {families|residents} from {rooftops|roofs} {in|around} <town>, {while|and} {volunteers|fishermen} in {small boats|rowing boats} {ferried|carried} {elderly|older} {residents|people} to {dry ground|higher ground}.',
    '{Farmers|Growers} {in|across} the {valley|plain} {said|feared} the {harvest|season} {was|had been} {lost|ruined}, {with|as} {fields|orchards} of {wheat|maize|sunflowers} {lying|standing} {under|beneath} {brown|muddy} water.',
    '{Schools|Many schools} {in|across} <region> {were|have been} {closed|shut} and {turned into|converted to} {shelters|temporary shelters}, {where|and} {volunteers|aid workers} {handed out|distributed} {blankets|bedding}, {food|hot meals} and {drinking water|bottled water}.',
    '{Engineers|Hydrologists} {warned|cautioned} that {levees|dykes} {downstream|further down the river} {could|might} {still|yet} {give way|fail} {if|should} {rain|the rain} {continued|persisted}, and {urged|advised} {residents|people} {near|along} the <river> to {stay alert|remain ready to leave}.',
    '{Critics|Environmental groups} {said|argued} {years|decades} of {building|construction} on {flood plains|wetlands} {had|have} {made|left} the {region|valley} {more|far more} {exposed|vulnerable} to {such|this kind of} {disasters|flooding}.',
    '{Power|Electricity} {and|as well as} {mobile|telephone} {networks|services} {were|remained} {down|cut} {in|across} {much|parts} of <region>, {making it hard|which made it difficult} for {families|relatives} to {reach|contact} {each other|loved ones}.',
  ],
  quotes: [
    '"{The water came|It came} {so fast|too fast}. {We took|We grabbed} {only|nothing but} {the children|the kids} and {ran|left}," said <p4>, {a resident of|who lives in} <town>.',
    '"{Our priority|The priority} {is|remains} {saving lives|to save lives}; {the damage|counting the damage} {can|will} {wait|come later}," <official> {said|told reporters}.',
    '"{We have never|Nobody here has ever} seen {the river|the <river>} {this high|like this}," said <p4>{, a farmer|, a local councillor|}.',
  ],
};
