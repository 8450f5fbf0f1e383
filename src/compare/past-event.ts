import type { Claim } from '../types';

/** A date this long before its article was published tells of an earlier event (the 2015 quake, the last strike). */
const PAST_EVENT_DAYS = 365;
const DAY_MS = 86_400_000;

/**
 * Phrases that put a figure a year or more back without a date ("last year",
 * "a year earlier"), or at an earlier event of the story's kind ("the last
 * strike", "the previous election", "in the last one"). Only event nouns:
 * "the last week", "the last 24 hours" or "the last survivors" are the news.
 */
const PAST_PHRASE = new RegExp(
  [
    String.raw`\b(?:last|previous) year\b`,
    String.raw`\ba year (?:earlier|ago|before)\b`,
    String.raw`\byears (?:earlier|ago)\b`,
    // A crisis the news looks back on: "debt peaked at 200 per cent during the pandemic".
    String.raw`\b(?:during|in|at the (?:height|peak) of) the (?:covid(?:-19)? |coronavirus |global financial |financial |debt )?(?:pandemic|crisis)\b`,
    String.raw`\b(?:the|its|their) (?:last|previous|prior) (?:one|time|strike|walkout|stoppage|election|vote|poll|ballot|referendum|quake|earthquake|floods?|fire|wildfire|outbreak|epidemic|crash|storm|hurricane|eruption|disaster|census|war)\b`,
  ].join('|'),
  'gi',
);

/**
 * "since 2015", "since the last agreement in 2022": a past date that starts a
 * span reaching the present is no earlier event. Looked for a few words back.
 */
const SPAN_START = /\b(?:since|from)\b[^.;:,]*$/i;
const SPAN_LOOKBACK_CHARS = 40;

/**
 * "a stake it began building three years ago": an activity begun back then
 * goes on now, so the phrase dates its start, not an earlier event. Only a
 * verb of doing after "began" ("building", "to build"): "the fire started a
 * year ago" is still an earlier event. Looked for a few words back, as
 * SPAN_START is.
 */
const STARTED_BEFORE = /\b(?:began|begun|started)\s+(?:to\s+[a-z]+|[a-z]+ing)\b[^.;:,]*$/i;

/** A past marker reaches the figures this near it (claim characters) with no other figure between. */
const MAX_MARKER_DISTANCE = 60;

/** Where a claim says "back then", claim-relative. */
interface Marker {
  start: number;
  end: number;
}

/** The claim's past phrases and its dates a year or more before publication (not those starting a span). */
function pastMarkers(claim: Claim, published: number): Marker[] {
  const markers: Marker[] = [];
  for (const m of claim.text.matchAll(PAST_PHRASE)) {
    const before = claim.text.slice(Math.max(0, m.index! - SPAN_LOOKBACK_CHARS), m.index!);
    // "since the last strike", "since last year": a span reaching the present, as for dates.
    if (!STARTED_BEFORE.test(before) && !SPAN_START.test(before)) markers.push({ start: m.index!, end: m.index! + m[0].length });
  }
  if (Number.isNaN(published)) return markers;
  for (const q of claim.quantities) {
    if (q.unit !== 'date' || published - q.high < PAST_EVENT_DAYS * DAY_MS) continue;
    const start = q.span.start - claim.span.start;
    const before = claim.text.slice(Math.max(0, start - SPAN_LOOKBACK_CHARS), start);
    if (!SPAN_START.test(before)) markers.push({ start, end: q.span.end - claim.span.start });
  }
  return markers;
}

/** Characters between two ranges (0 when they touch or overlap). */
const gap = (a: Marker, b: Marker) => Math.max(0, a.start - b.end, b.start - a.end);

/** Whether another amount (not a date) of the claim lies strictly between a figure and a marker. */
function figureBetween(amounts: readonly Marker[], f: Marker, m: Marker): boolean {
  const [from, to] = f.end <= m.start ? [f.end, m.start] : [m.end, f.start];
  return amounts.some((o) => o !== f && o.start >= from && o.end <= to);
}

/** Each quantity's place in the claim, claim-relative, in `claim.quantities` order. */
function claimRanges(claim: Claim): Marker[] {
  return claim.quantities.map((q) => ({ start: q.span.start - claim.span.start, end: q.span.end - claim.span.start }));
}

/** The ranges of the claim's amounts (its quantities that are not dates): the same objects, so figureBetween can tell a figure from the others. */
function amountRanges(claim: Claim, ranges: readonly Marker[]): Marker[] {
  return ranges.filter((_, k) => claim.quantities[k]!.unit !== 'date');
}

/**
 * For each figure of the claim (in `claim.quantities` order), whether it is
 * about an event a year or more before the article: "the 7.8-magnitude quake
 * of April 2015 killed nearly 9,000" (both figures), "inflation slowed to 8.4%
 * from 9.1% a year earlier" (9.1% only: the marker binds to the figures near
 * it with no other figure between). Such figures are background, never the
 * same fact as the figures of the news itself.
 */
export function pastFigures(claim: Claim, publishedAt?: string): boolean[] {
  const markers = pastMarkers(claim, publishedAt ? Date.parse(publishedAt) : NaN);
  // Most claims have no marker: no ranges are worked out for them.
  if (markers.length === 0) return claim.quantities.map(() => false);
  const ranges = claimRanges(claim);
  const amounts = amountRanges(claim, ranges);
  const setting = openingSetting(claim.text, markers);
  return ranges.map((f) => (f.start >= setting.start && f.end <= setting.end) || markers.some((m) => gap(f, m) <= MAX_MARKER_DISTANCE && !figureBetween(amounts, f, m)));
}

/** How far into a claim a marker may start and still open it ("In 2019,", "During the last strike,"). */
const OPENING_CHARS = 12;

/** Words after which a claim that opened in the past turns to the present: "In 2019, ... but now ...". */
const PRESENT_TURN = /\b(?:but|now|today|currently|this year|while|whereas)\b/i;

/**
 * The stretch of the claim a past marker opening it sets ("In the last one,
 * workers won an 8% increase after a 10-day stoppage": both figures), up to
 * a turn to the present; empty when no marker opens the claim.
 */
function openingSetting(text: string, markers: readonly Marker[]): Marker {
  const opening = markers.find((m) => m.start <= OPENING_CHARS && /^\s*,/.test(text.slice(m.end, m.end + 3)));
  if (!opening) return { start: 0, end: 0 };
  const turn = PRESENT_TURN.exec(text.slice(opening.end));
  return { start: opening.end, end: turn ? opening.end + turn.index : text.length };
}

/** Whether a claim tells of an event a year or more back anywhere in it ("last year", a date years before the article). */
export function aboutPastEvent(claim: Claim, publishedAt?: string): boolean {
  return pastMarkers(claim, publishedAt ? Date.parse(publishedAt) : NaN).length > 0;
}

/**
 * Whether a lifted relative clause describes something its sentence sets in
 * the past: "In 2018, the Saltmarsh fire, which destroyed more than 1,100
 * homes, ..." (the clause's figures are the 2018 fire's). True when a past
 * marker of `parent` (the claim the clause was lifted from) ends inside or
 * shortly before the phrase the clause describes, with no other figure between.
 */
export function pastSetting(clause: Claim, parent: Claim, publishedAt?: string): boolean {
  const antecedent = clause.antecedent;
  if (!antecedent) return false;
  const markers = pastMarkers(parent, publishedAt ? Date.parse(publishedAt) : NaN);
  if (markers.length === 0) return false;
  const at = { start: antecedent.span.start - parent.span.start, end: antecedent.span.end - parent.span.start };
  const amounts = amountRanges(parent, claimRanges(parent));
  // Before the phrase or inside it ("Last year the Harl fire, which ...").
  return markers.some((m) => m.end <= at.end && at.start - m.end <= MAX_MARKER_DISTANCE && !figureBetween(amounts, at, m));
}
