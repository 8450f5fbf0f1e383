/**
 * The tiny template language of the corpus: `{a|b|c}` picks one alternative
 * (alternatives nest), `<slot>` is replaced from the story's cast. Phrasings
 * stay readable in the event files while every outlet words them differently.
 * Templates are parsed once and cached: the generator fills millions of them.
 */
import type { Rng } from './prng';

type Part = string | { slot: string } | { options: Part[][] };

const cache = new Map<string, Part[]>();

/** Parses from position i until a `|` or `}` at this depth (or the end). */
function parse(t: string, i: number, nested: boolean): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push(text);
    text = '';
  };
  while (i < t.length) {
    const c = t[i];
    if (c === '{') {
      flush();
      const options: Part[][] = [];
      let j = i + 1;
      for (;;) {
        const option = parse(t, j, true);
        options.push(option.parts);
        j = option.end;
        if (t[j] === '|') j++;
        else break;
      }
      if (t[j] !== '}') throw new Error(`template: unclosed "{" in: ${t}`);
      parts.push({ options });
      i = j + 1;
    } else if (nested && (c === '|' || c === '}')) {
      break;
    } else if (c === '<') {
      const close = t.indexOf('>', i);
      const name = close > i ? t.slice(i + 1, close) : '';
      if (!/^[a-zA-Z0-9]+$/.test(name)) throw new Error(`template: bad slot at ${i} in: ${t}`);
      flush();
      parts.push({ slot: name });
      i = close + 1;
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return { parts, end: i };
}

function compiled(template: string): Part[] {
  let parts = cache.get(template);
  if (!parts) {
    parts = parse(template, 0, false).parts;
    cache.set(template, parts);
  }
  return parts;
}

function render(parts: readonly Part[], rng: Rng, slots: Readonly<Record<string, string>>, template: string): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if ('slot' in p) {
      const value = slots[p.slot];
      // A typo in a template should fail the generator's test, not print "<plcae>".
      if (value === undefined) throw new Error(`template: unknown slot <${p.slot}> in: ${template}`);
      out += value;
    } else out += render(p.options[rng.int(p.options.length)], rng, slots, template);
  }
  return out;
}

/** Fills a template; by default tidies spacing and capitalises the first letter, as for a sentence. */
export function fill(template: string, rng: Rng, slots: Readonly<Record<string, string>>, capitalise = true): string {
  const text = render(compiled(template), rng, slots, template);
  return capitalise ? tidy(text) : text.replace(/ {2,}/g, ' ').trim();
}

/** Collapses doubled spaces left by empty alternatives and capitalises the first letter. */
export function tidy(text: string): string {
  const t = text.replace(/ {2,}/g, ' ').replace(/ ([,.;:])/g, '$1').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
