import type { SkippedSpan, TextSegment } from '../types';

// A dateline opening a paragraph says where (and when) the story was filed, and
// by whom, not what happened, so it is kept out of the first claim. Its parts,
// each optional but the first and the dash: "CAIRO", "LONDON/KYIV" (filed from
// two places), ", Italy" or ", N.J." (a country or state in ordinary case),
// ", Oct. 11" or ", 11 October 2024", "(Reuters)", then a dash. Every
// repetition is bounded and each part opens with its own fixed character, so
// the match stays linear.

/** One place in capitals: "CAIRO", "NEW DELHI", "PORT-AU-PRINCE", "ST. LOUIS". */
const PLACE = String.raw`[A-Z][A-Z.'’]{2,}(?:-[A-Z][A-Z.'’]*){0,3}(?:[ ,]{1,2}[A-Z][A-Z.'’]+(?:-[A-Z][A-Z.'’]*){0,3}){0,4}`;
/** A second or third place after a slash: "LONDON/ASTANA", "GAZA / JERUSALEM". */
const MORE_PLACES = String.raw`(?: ?/ ?${PLACE}){0,2}`;
/** A country, state or province in ordinary case: ", Italy", ", South Sudan", ", Calif.", ", D.C.". */
const REGION = String.raw`(?:, [A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,2}){0,2}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`;
/** The filing date: ", Oct 11", ", March 3rd", ", 11 October", ", Oct. 11, 2024". */
const DATE = String.raw`(?:,? (?:${MONTH} \d{1,2}(?:st|nd|rd|th)?|\d{1,2} ${MONTH})(?:,? \d{4})?)?`;
/** The agency in brackets: "(Reuters)", "(AP)". */
const AGENCY = String.raw`(?: ?\([^()\n]{1,40}\))?`;
/** Spaced hyphens or dashes ("CAIRO -", "CAIRO --"), or a dash set close ("CAIRO—Talks"). */
const DASH = String.raw`(?: {0,3}(?:--|—|–|-) {1,3}(?=\S)| ?[—–] ?(?=[A-Z"“]))`;

const DATELINE = new RegExp(`^${PLACE}${MORE_PLACES}${REGION}${DATE}${AGENCY}${DASH}`);

/** Splits a leading dateline off a block: the dateline as a skipped span, the rest as the block. */
export function splitDateline(block: TextSegment): { block: TextSegment; skipped?: SkippedSpan } {
  const match = DATELINE.exec(block.text);
  if (!match) return { block };
  const cut = match[0].length;
  const dateline = match[0].trimEnd();
  return {
    block: { text: block.text.slice(cut), span: { start: block.span.start + cut, end: block.span.end } },
    skipped: { span: { start: block.span.start, end: block.span.start + dateline.length }, reason: 'dateline' },
  };
}
