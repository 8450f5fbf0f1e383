/** ANSI colour for the CLI's own messages on stderr (never for the report). */
import type { CliStream } from './cli-io';

export type Colour = 'red' | 'yellow' | 'green' | 'bold';

const CODES: Record<Colour, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  bold: [1, 22],
};

/**
 * Whether to colour what goes to `stream`. FORCE_COLOR forces it on (or off
 * with "0"/"false"), as in Node and most tools; otherwise NO_COLOR (any
 * non-empty value, per no-color.org) turns it off, and a terminal turns it on.
 */
export function colourEnabled(stream: CliStream, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

/** A painter for one stream: wraps text in the codes only when colour is on. */
export function painter(enabled: boolean): (text: string, colour: Colour) => string {
  return (text, colour) => {
    if (!enabled) return text;
    const [open, close] = CODES[colour];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}
