/** Wire services a line credits for material ("... from Reuters and AP was used", "AFP contributed"). */
import { WIRE_SERVICES } from './wire-services';

// Phrases that credit a source for material, not ones that merely quote it ("according to", "told").
const CREDIT_PHRASES: readonly RegExp[] = [
  /\bcontributed to (?:this|the) (?:report|story|article)/iu,
  /\b(?:information|material|reporting|content|details) (?:from|by) [^.;]{1,160} (?:was|were|has been|have been) used/iu,
  /\b(?:additional |with )?reporting (?:by|from) /iu,
  /\b(?:includes?|contains?|uses?|used) (?:information|material|reporting) from /iu,
  /^[\p{Lu}][\p{Lu} ,.'-]{0,40}\((?:[\p{Lu}][\p{L}]*)(?: [\p{Lu}][\p{L}]*){0,2}\) ?[-–—]/u,
];

/** True when the line credits someone for material. */
export function isCreditLine(line: string): boolean {
  return CREDIT_PHRASES.some((phrase) => phrase.test(line));
}

function containsWord(line: string, spelling: string): boolean {
  let from = 0;
  for (;;) {
    const at = line.indexOf(spelling, from);
    if (at < 0) return false;
    const before = line.charCodeAt(at - 1);
    const after = line.charCodeAt(at + spelling.length);
    const isWordChar = (code: number): boolean => !Number.isNaN(code) && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
}

/** Wire names credited in the line, in the order of WIRE_SERVICES (empty when the line credits nothing). */
export function findWireCredits(line: string): string[] {
  if (!isCreditLine(line)) return [];
  return WIRE_SERVICES.filter((wire) => wire.spellings.some((s) => containsWord(line, s))).map((w) => w.name);
}
