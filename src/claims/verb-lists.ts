/** Verb lists the rules use. All lower case; exported so callers can inspect or extend them. */

/** Finite auxiliaries and modals: always a finite verb. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must',
  'shall', 'should', 'does', 'do', 'did', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
  "won't", "wouldn't", "can't", 'cannot', "couldn't", "mustn't", "shouldn't", "doesn't", "don't", "didn't",
]);

/** Simple-past forms that are never participles: finite wherever they stand. */
export const STRONG_PAST: ReadonlySet<string> = new Set([
  'fell', 'rose', 'began', 'took', 'went', 'came', 'gave', 'saw', 'spoke', 'wrote', 'drew', 'flew', 'withdrew',
  'grew', 'knew', 'threw', 'became', 'broke', 'chose', 'drove', 'rode', 'ran', 'sank', 'swore', 'tore', 'wore',
  'woke', 'arose', 'forbade', 'forgave', 'froze', 'shook', 'stole', 'overtook', 'undertook', 'ate', 'blew', 'did',
]);

/** Irregular past forms that double as participles ("the meeting held in ..."). */
export const IRREGULAR_PAST_PARTICIPLES: ReadonlySet<string> = new Set([
  'said', 'told', 'met', 'made', 'held', 'led', 'left', 'lost', 'sent', 'kept', 'found', 'paid', 'fled', 'built',
  'brought', 'bought', 'caught', 'fought', 'sought', 'taught', 'thought', 'heard', 'felt', 'meant', 'spent', 'stood',
  'struck', 'won', 'understood', 'sold', 'shot', 'got', 'hid', 'laid', 'lent', 'slew', 'swept', 'wept', 'dealt', 'fed',
  // Same form in present, past and participle; after a determiner they are nouns and are passed over.
  'put', 'set', 'cut', 'hit', 'let', 'cost', 'spread', 'shut', 'hurt', 'quit', 'beat', 'cast', 'burst', 'split',
]);

/** Base forms of common news verbs; their -s and -ed forms count as verbs. */
export const NEWS_VERBS: readonly string[] = [
  'accept', 'accuse', 'add', 'admit', 'agree', 'aim', 'allege', 'allow', 'announce', 'appeal', 'appear', 'argue',
  'arrest', 'arrive', 'ask', 'assert', 'attack', 'back', 'ban', 'begin', 'believe', 'blame', 'block', 'call',
  'capture', 'cause', 'claim', 'close', 'come', 'condemn', 'confirm', 'consider', 'continue', 'control', 'criticize',
  'criticise', 'cross', 'declare', 'decline', 'demand', 'deny', 'deploy', 'describe', 'destroy', 'die', 'discuss',
  'dismiss', 'dispute', 'emphasize', 'emphasise', 'end', 'enter', 'expect', 'explain', 'express', 'face', 'fail',
  'fear', 'fight', 'flee', 'follow', 'go', 'hail', 'happen', 'have', 'head', 'help', 'hold', 'hope', 'host',
  'include', 'increase', 'insist', 'intend', 'join', 'kill', 'launch', 'lead', 'leave', 'lose', 'make', 'meet',
  'mobilize', 'mobilise', 'move', 'need', 'note', 'offer', 'open', 'order', 'plan', 'pledge', 'predict', 'prepare',
  'promise', 'protest', 'provide', 'pull', 'push', 'raise', 'reach', 'receive', 'recapture', 'refuse', 'reject',
  'release', 'remain', 'reply', 'report', 'represent', 'respond', 'retake', 'return', 'reveal', 'rise', 'rule',
  'say', 'seek', 'seize', 'send', 'serve', 'show', 'sign', 'speak', 'start', 'state', 'stay', 'stop', 'stress',
  'suggest', 'support', 'surround', 'suspend', 'take', 'talk', 'tell', 'threaten', 'try', 'tweet', 'urge', 'use',
  'visit', 'voice', 'vow', 'want', 'warn', 'welcome', 'win', 'withdraw', 'write', 'injure', 'wound', 'evacuate',
  'estimate', 'count', 'record', 'register', 'total', 'number', 'top', 'exceed', 'double', 'triple', 'cut',
  'agree', 'approve', 'pass', 'vote', 'elect', 'resign', 'appoint', 'charge', 'convict', 'sentence', 'acquit',
  'collapse', 'flood', 'burn', 'erupt', 'hit', 'strike', 'damage', 'shut', 'reopen', 'resume', 'halt', 'delay',
];

/** Base verb of each -s form: "plans" -> "plan", "denies" -> "deny", "pushes" -> "push". */
export const NEWS_VERB_S_FORMS: ReadonlyMap<string, string> = new Map(
  NEWS_VERBS.flatMap((v): [string, string][] => {
    if (v === 'have') return [['has', v]];
    if (v === 'go') return [['goes', v]];
    if (/[^aeiou]y$/.test(v)) return [[`${v.slice(0, -1)}ies`, v]];
    if (/(?:s|sh|ch|x|z)$/.test(v)) return [[`${v}es`, v]];
    return [[`${v}s`, v]];
  }),
);

/** Lower-case words ending in -ed that are not past tenses, or are usually adjectives. */
export const ED_STOP_LIST: ReadonlySet<string> = new Set([
  'need', 'speed', 'seed', 'bleed', 'feed', 'breed', 'creed', 'greed', 'red', 'bed', 'shed', 'led', 'fed', 'wed',
  'proceed', 'succeed', 'exceed', 'hundred', 'sacred', 'naked', 'wicked', 'kindred', 'rugged', 'ragged', 'beloved', 'indeed', 'embed', 'deed',
  'armed', 'unarmed', 'wounded', 'injured', 'detained', 'displaced', 'united', 'limited', 'related', 'based',
  'concerned', 'interested', 'experienced', 'skilled', 'advanced', 'sophisticated', 'complicated', 'dedicated',
  'talented', 'supposed', 'unprecedented', 'unexpected', 'unidentified', 'unnamed', 'armored', 'armoured',
  'so-called', 'assumed', 'unconfirmed', 'aged', 'biased', 'balanced', 'renewed', 'sustained',
  'organized', 'organised', 'coordinated', 'heated', 'tired', 'retired', 'married', 'used', 'fixed', 'mixed',
  'embattled', 'besieged', 'beleaguered', 'isolated', 'protracted',
]);

/** Reporting verbs: lemma -> the forms that count. */
export const REPORTING_VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said'],
  tell: ['tell', 'tells', 'told'],
  tweet: ['tweet', 'tweets', 'tweeted'],
  announce: ['announce', 'announces', 'announced'],
  report: ['report', 'reports', 'reported'],
  state: ['state', 'states', 'stated'],
  add: ['add', 'adds', 'added'],
  claim: ['claim', 'claims', 'claimed'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  deny: ['deny', 'denies', 'denied'],
  warn: ['warn', 'warns', 'warned'],
  insist: ['insist', 'insists', 'insisted'],
  note: ['note', 'notes', 'noted'],
  write: ['write', 'writes', 'wrote'],
  explain: ['explain', 'explains', 'explained'],
  argue: ['argue', 'argues', 'argued'],
  stress: ['stress', 'stresses', 'stressed'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  admit: ['admit', 'admits', 'admitted'],
  allege: ['allege', 'alleges', 'alleged'],
  declare: ['declare', 'declares', 'declared'],
  estimate: ['estimate', 'estimates', 'estimated'],
  ask: ['ask', 'asks', 'asked'],
  post: ['posts', 'posted'],
  assure: ['assure', 'assures', 'assured'],
  reiterate: ['reiterate', 'reiterates', 'reiterated'],
  continue: ['continued'],
};

/** Lemmas that mark reported speech even without "that" after them. */
export const CORE_REPORTING_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'tweet', 'state', 'add', 'write', 'post', 'ask']);

/** Form -> lemma over every reporting verb. */
export const REPORTING_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries(REPORTING_VERBS).flatMap(([lemma, forms]) => forms.map((f): [string, string] => [f, lemma])),
);

/** Reporting verbs that can stand before their speaker ("..., said the minister."). */
export const INVERTING_FORMS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'noted', 'stated', 'explained', 'asked', 'continued', 'insisted', 'warned',
]);

/** Verbs whose subject rejects a statement. */
export const REJECTION_VERBS: ReadonlySet<string> = new Set([
  'reject', 'rejects', 'rejected', 'rejecting', 'deny', 'denies', 'denied', 'denying', 'dismiss', 'dismisses',
  'dismissed', 'dismissing', 'dispute', 'disputes', 'disputed', 'disputing', 'refute', 'refutes', 'refuted',
  'refuting', 'contest', 'contests', 'contested', 'contradict', 'contradicts', 'contradicted', 'debunk', 'debunked',
  'disavow', 'disavowed', 'rebut', 'rebutted', 'rebuff', 'rebuffed', 'challenge', 'challenged', 'challenges',
]);
