/** Wire services an article credits for material ("... from Reuters and AP was used", "AFP contributed"). */
import { WIRE_SERVICES } from './wire-services';
import { mayNameProvenance } from './provenance-hint';

// Phrases that credit a source for material, not ones that merely quote it ("according to", "told").
const CREDIT_PHRASES: readonly RegExp[] = [
  /\bcontributed to (?:this|the) (?:report|story|article)/iu,
  /\b(?:information|material|reporting|content|details) (?:from|by) [^.;]{1,160} (?:was|were|has been|have been) used/iu,
  /\b(?:additional |with )?reporting (?:by|from) /iu,
  /\b(?:includes?|contains?|uses?|used) (?:information|material|reporting) from /iu,
];

// Words every credit phrase holds: a plain search for them spares most lines the phrase patterns above.
const CREDIT_HINT = /contributed|reporting|information|material|content|details/i;

// What every credit phrase holds: rarer than the hint words alone, so the phrases, slow with their \b
// under /iu, run on few lines. No \b here: it would make this as slow.
const CREDIT_OPENING = /(?:contributed to (?:this|the) |(?:information|material|reporting|content|details) (?:from|by) )/iu;

// The last line read and whether it credits material: the credit-line rule and then `cleanArticle` ask about the same line.
let lastLine = '';
let lastCredits = false;

function creditsMaterial(line: string): boolean {
  if (line !== lastLine) {
    lastCredits = readCredits(line);
    lastLine = line;
  }
  return lastCredits;
}

function readCredits(line: string): boolean {
  return mayNameProvenance(line) && CREDIT_HINT.test(line) && CREDIT_OPENING.test(line) && CREDIT_PHRASES.some((phrase) => phrase.test(line));
}

// "LONDON (Reuters) -": the wire in a dateline wrote the story.
const DATELINE = /^[\p{Lu}][\p{Lu} ,.'-]{0,40}\(([\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*){0,2})\) ?[-–—]/u;

// A credit line says little else; a long paragraph that names a wire is prose.
const MAX_CREDIT_LINE = 300;

/** True when the whole line is a credit ("X contributed to this report"), to be skipped. */
export function isCreditLine(line: string): boolean {
  return line.length <= MAX_CREDIT_LINE && creditsMaterial(line);
}

function isWordCode(code: number): boolean {
  return !Number.isNaN(code) && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** True when `spelling` occurs in `text` as a whole word. */
function containsWord(text: string, spelling: string): boolean {
  for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
    if (!isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(at + spelling.length))) return true;
  }
  return false;
}

function wiresIn(text: string): string[] {
  return WIRE_SERVICES.filter((wire) => wire.spellings.some((s) => containsWord(text, s))).map((w) => w.name);
}

// Nearly every line credits no wire: one shared empty answer, not a new array per line.
const NO_WIRES: readonly string[] = Object.freeze([]);

/** Wire names the line credits, in WIRE_SERVICES order (empty when it credits nothing). */
export function findWireCredits(line: string): readonly string[] {
  const dateline = DATELINE.exec(line);
  if (dateline) return wiresIn(dateline[1] as string);
  if (line.length > MAX_CREDIT_LINE * 4 || !creditsMaterial(line)) return NO_WIRES;
  return wiresIn(line);
}
