/** Runs the CLI in-process with captured streams and a chosen stdin, terminal-ness and environment. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/run';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface HarnessOptions {
  /** Text piped to stdin; undefined means stdin is a terminal (never read). */
  stdin?: string;
  stdinError?: Error;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: Record<string, string | undefined>;
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cli-'));
}

export function writeFile(dir: string, rel: string, content: string): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

export function runCli(dir: string, args: string[], options: HarnessOptions = {}): CliRun {
  let out = '';
  let err = '';
  let stdinReads = 0;
  const piped = options.stdin !== undefined || options.stdinError !== undefined;
  const code = run(['node', 'corroborate', ...args], {
    stdout: { write: (s: string) => (out += s), isTTY: options.stdoutTTY === true, columns: 80 },
    stderr: { write: (s: string) => (err += s), isTTY: options.stderrTTY === true, columns: 80 },
    stdin: {
      isTTY: !piped,
      read: () => {
        stdinReads += 1;
        if (options.stdinError) throw options.stdinError;
        if (!piped || stdinReads > 1) throw new Error('stdin read when it should not be');
        return options.stdin as string;
      },
    },
    env: options.env ?? {},
    cwd: dir,
  });
  return { code, out, err };
}

/** Escape sequences (colour, cursor) anywhere in a string. */
export const ANSI = /\u001b\[/;
