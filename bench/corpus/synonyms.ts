/**
 * Word-level rewording of background paragraphs. Templates alone repeat the
 * same five-word runs across hundreds of stories, far more than real feeds do
 * (which would make every article look like a partial copy of every other);
 * swapping common words per occurrence keeps each outlet's prose its own.
 * Only plain words are swapped: never figures, units or names.
 */
import type { Rng } from './prng';

const GROUPS: readonly (readonly string[])[] = [
  ['said', 'stated', 'noted', 'remarked'],
  ['officials', 'authorities', 'administrators'],
  ['residents', 'locals', 'inhabitants'],
  ['people', 'citizens', 'townspeople'],
  ['closely', 'carefully', 'attentively'],
  ['growing', 'mounting', 'rising', 'increasing'],
  ['criticism', 'censure', 'condemnation'],
  ['situation', 'state of affairs', 'picture'],
  ['quickly', 'swiftly', 'rapidly', 'promptly'],
  ['slow', 'sluggish', 'tardy'],
  ['expected', 'likely', 'set'],
  ['families', 'households'],
  ['government', 'administration', 'executive'],
  ['statement', 'communique', 'announcement'],
  ['meeting', 'session', 'gathering'],
  ['warned', 'cautioned'],
  ['urged', 'pressed', 'implored'],
  ['debate', 'argument', 'dispute'],
  ['years', 'many years', 'a long time'],
  ['shops', 'stores', 'businesses'],
  ['customers', 'shoppers', 'clients'],
  ['roads', 'streets', 'routes'],
  ['schools', 'classrooms'],
  ['volunteers', 'helpers'],
  ['concerns', 'worries', 'fears'],
  ['calm', 'restraint', 'composure'],
  ['coverage', 'reporting', 'airtime'],
  ['described', 'recounted', 'related'],
  ['disrupted', 'upended', 'unsettled'],
  ['independent', 'outside', 'impartial'],
  ['lasting', 'long', 'enduring'],
  ['plans', 'proposals', 'schemes'],
  ['workers', 'employees', 'staff'],
  ['demanded', 'called for', 'insisted on'],
  ['explanation', 'account', 'answer'],
  ['sensitive', 'delicate', 'awkward'],
  ['promised', 'pledged', 'vowed'],
  ['argued', 'contended', 'maintained'],
  ['images', 'pictures', 'photographs'],
  ['clips', 'videos', 'footage'],
  ['lawmakers', 'legislators', 'deputies'],
  ['opposition', 'rival'],
  ['crisis', 'emergency', 'upheaval'],
  ['support', 'backing'],
  ['help', 'assistance', 'aid'],
  ['across', 'throughout'],
  ['while', 'whereas'],
  ['told', 'informed'],
  ['added', 'went on to say'],
  ['remained', 'stayed'],
  ['began', 'started', 'got under way'],
  ['continued', 'carried on', 'went on'],
  ['followed', 'tracked', 'monitored'],
  ['gathered', 'assembled', 'congregated'],
  ['announced', 'declared', 'made public'],
  ['published', 'released', 'issued'],
  ['called', 'appealed'],
  ['asked', 'requested', 'invited'],
  ['wanted', 'wished', 'hoped'],
  ['believed', 'thought', 'felt'],
  ['feared', 'worried', 'dreaded'],
  ['complained', 'grumbled', 'protested'],
  ['recent', 'latest', 'past'],
  ['local', 'regional', 'nearby'],
  ['main', 'principal', 'chief'],
  ['large', 'big', 'sizeable'],
  ['small', 'little', 'modest'],
  ['long', 'lengthy', 'extended'],
  ['full', 'complete', 'thorough'],
  ['clear', 'plain', 'obvious'],
  ['official', 'formal', 'government'],
  ['difficult', 'hard', 'tough'],
  ['important', 'significant', 'major'],
  ['serious', 'grave', 'severe'],
  ['angry', 'furious', 'upset'],
  ['tense', 'strained', 'fraught'],
  ['quiet', 'calm', 'peaceful'],
  ['talks', 'discussions', 'negotiations'],
  ['plan', 'proposal', 'scheme'],
  ['decision', 'ruling', 'choice'],
  ['leaders', 'chiefs', 'heads'],
  ['groups', 'organisations', 'bodies'],
  ['companies', 'firms', 'businesses'],
  ['prices', 'costs', 'charges'],
  ['reports', 'accounts', 'dispatches'],
  ['news', 'word', 'information'],
  ['events', 'happenings', 'developments'],
  ['town', 'township', 'municipality'],
  ['country', 'nation', 'state'],
  ['night', 'evening'],
  ['morning', 'dawn', 'daybreak'],
  ['street', 'road', 'avenue'],
  ['building', 'structure', 'block'],
  ['children', 'kids', 'youngsters'],
  ['women', 'ladies'],
  ['neighbours', 'neighbors'],
  ['after', 'following'],
  ['during', 'throughout', 'in the course of'],
  ['however', 'though', 'nevertheless'],
  ['still', 'yet', 'nonetheless'],
  ['already', 'by then', 'by now'],
  ['again', 'once more', 'anew'],
  ['often', 'frequently', 'regularly'],
  ['usually', 'normally', 'typically'],
  ['largely', 'mainly', 'mostly'],
  ['very', 'extremely', 'highly'],
  ['quite', 'fairly', 'rather'],
  ['really', 'truly', 'genuinely'],
  ['just', 'simply', 'merely'],
  ['only', 'solely', 'merely'],
  ['want', 'wish', 'hope'],
  ['know', 'understand', 'realise'],
  ['need', 'require'],
  ['think', 'believe', 'feel'],
  ['saw', 'witnessed', 'observed'],
  ['showed', 'revealed', 'indicated'],
  ['seemed', 'appeared', 'looked'],
  ['kept', 'retained', 'held'],
  ['left', 'departed', 'quit'],
  ['moved', 'shifted', 'relocated'],
  ['closed', 'shut', 'sealed'],
  ['opened', 'unlocked', 'reopened'],
  ['visited', 'toured', 'went to'],
  ['questions', 'queries', 'doubts'],
  ['answers', 'responses', 'replies'],
  ['problems', 'difficulties', 'troubles'],
  ['efforts', 'attempts', 'endeavours'],
  ['measures', 'steps', 'actions'],
  ['rules', 'regulations', 'provisions'],
  ['future', 'years ahead', 'coming years'],
  ['cause', 'reason', 'origin'],
];

const LOOKUP = new Map<string, readonly string[]>();
for (const group of GROUPS) for (const word of group) if (!word.includes(' ')) LOOKUP.set(word, group);
const WORD = new RegExp(`\\b(${[...LOOKUP.keys()].join('|')})\\b`, 'g');

/**
 * Generic nouns that a reporter would tie to the story's own places: real
 * background prose is full of names, so few of its five-word runs recur in
 * other stories. Each entry lists templates over the common cast.
 */
const LOCAL: Readonly<Record<string, readonly string[]>> = {
  'the government': ["<country>'s government", 'the <country> government', 'the government in <city>'],
  residents: ['residents of <town>', '<town> residents', 'residents around <town>'],
  officials: ['<country> officials', 'officials in <city>', '<region> officials'],
  'the capital': ['<city>', 'the capital, <city>,'],
  'the area': ['the <town> area', 'the area around <town>'],
  people: ['people in <town>', 'people across <region>'],
  'the authorities': ['the <region> authorities', 'the authorities in <city>'],
  lawmakers: ['<country> lawmakers', 'lawmakers in <city>'],
  analysts: ['analysts in <city>', '<country> analysts'],
  observers: ['observers in <city>', 'observers of <country> politics'],
  'the region': ['<region>', 'the region around <town>'],
  families: ['families in <town>', '<town> families'],
  shops: ['shops in <town>', '<town> shops'],
  'the country': ['<country>', 'the whole of <country>'],
};
const LOCAL_WORD = new RegExp(`\\b(${Object.keys(LOCAL).join('|')})\\b`, 'g');

/**
 * Rewords figure-free prose: each swappable lower-case word becomes a random
 * member of its group with probability `rate`, and generic nouns are tied to
 * the story's places (from `slots`) with the same probability.
 */
export function reword(text: string, rng: Rng, slots: Readonly<Record<string, string>> = {}, rate = 0.85): string {
  const local = text.replace(LOCAL_WORD, (phrase) => {
    if (!rng.chance(rate)) return phrase;
    const filled = rng.pick(LOCAL[phrase]).replace(/<([a-z0-9]+)>/g, (m, name: string) => slots[name] ?? m);
    return filled.includes('<') ? phrase : filled;
  });
  return local.replace(WORD, (word) => (rng.chance(rate) ? rng.pick(LOOKUP.get(word)!) : word));
}
