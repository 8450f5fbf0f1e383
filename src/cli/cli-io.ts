/** Where the CLI reads and writes: injectable so `run` can be tested in-process. */
import fs from 'node:fs';
import tty from 'node:tty';

export interface CliStream {
  write(chunk: string): unknown;
  /** True for a terminal: only then are progress, colour and the summary line shown. */
  isTTY?: boolean;
  /** Terminal width, read by the progress bar. */
  columns?: number;
}

/** Standard input: read whole, once, and only when an article comes from it. */
export interface CliStdin {
  isTTY?: boolean;
  read(): string;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  stdin: CliStdin;
  /** Environment read for NO_COLOR and FORCE_COLOR. */
  env: Record<string, string | undefined>;
  /** Directory that relative FILE, --meta and --out paths are resolved against. */
  cwd: string;
}

/**
 * The process's stdin as fd 0: read synchronously because the whole pipeline is,
 * and without touching `process.stdin`, whose stream would keep the process alive.
 */
const processStdin: CliStdin = {
  get isTTY() {
    return tty.isatty(0);
  },
  read: () => fs.readFileSync(0, 'utf8'),
};

export function defaultIo(overrides: Partial<CliIo> = {}): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: processStdin,
    env: process.env,
    cwd: process.cwd(),
    ...overrides,
  };
}
