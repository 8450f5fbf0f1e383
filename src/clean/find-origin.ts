/** Who first published a reprinted article ("originally published by X and is reprinted ..."). */
import { mayNameProvenance } from './provenance-hint';

// Bounded name capture ({2,80}) keeps these linear; the name stops at "and", punctuation or line end.
const ORIGIN_PATTERNS: readonly RegExp[] = [
  /\b(?:originally|first) (?:published|appeared|posted|ran) (?:by|in|on|at) ([^.;,\n]{2,80}?)(?: and | with |[.;,]|$)/iu,
  /\b(?:republished|reprinted|reproduced|re-published) (?:here )?(?:with (?:the )?permission )?(?:from|of) ([^.;,\n]{2,80}?)(?: and | with |[.;,]|$)/iu,
];

// Verbs every origin pattern holds: a plain search for them spares most lines the patterns above.
const ORIGIN_HINT = /published|appeared|posted|ran|printed|produced/i;

// Words every origin pattern opens with: rarer than the verbs above ("ran" is in "Iran"), so the
// patterns, slow with their \b under /iu, run on few lines. No \b here: it would make this as slow.
const ORIGIN_OPENING = /(?:originally |first |republished|reprinted|reproduced|re-published)/iu;

// A notice line says little else; a long paragraph that mentions a reprint is still prose.
const MAX_NOTICE_LENGTH = 300;

// The last line read and its origin: the reprint-notice rule and then `cleanArticle` ask about the same line.
let lastLine = '';
let lastOrigin: string | undefined;

/** The original publisher named by a reprint notice, or undefined. */
export function findOrigin(line: string): string | undefined {
  if (line !== lastLine) {
    lastOrigin = readOrigin(line);
    lastLine = line;
  }
  return lastOrigin;
}

function readOrigin(line: string): string | undefined {
  if (!mayNameProvenance(line) || !ORIGIN_OPENING.test(line) || !ORIGIN_HINT.test(line)) return undefined;
  for (const pattern of ORIGIN_PATTERNS) {
    const match = pattern.exec(line);
    // "by the Guardian" -> "Guardian", but a capitalised "The" is part of the name.
    const name = match?.[1]?.trim().replace(/^the /u, '');
    if (name) return name;
  }
  return undefined;
}

/** True when the whole line is a reprint notice. */
export function isReprintNotice(line: string): boolean {
  return line.length <= MAX_NOTICE_LENGTH && findOrigin(line) !== undefined;
}
