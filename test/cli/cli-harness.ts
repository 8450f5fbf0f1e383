/** Runs the CLI in-process with captured streams and a chosen stdin, terminal-ness and environment. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, runAsync } from '../../src/cli/run';
import type { CliIo } from '../../src/cli/cli-io';

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

/** Captured streams, a chosen stdin and environment, for one in-process run of the CLI from `dir`. */
function harness(dir: string, options: HarnessOptions): { io: Partial<CliIo>; captured: () => { out: string; err: string } } {
  let out = '';
  let err = '';
  let stdinReads = 0;
  const piped = options.stdin !== undefined || options.stdinError !== undefined;
  const io: Partial<CliIo> = {
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
  };
  return { io, captured: () => ({ out, err }) };
}

export function runCli(dir: string, args: string[], options: HarnessOptions = {}): CliRun {
  const { io, captured } = harness(dir, options);
  const code = run(['node', 'corroborate', ...args], io);
  return { code, ...captured() };
}

/** runCli through runAsync, the binary's entry, which honours --workers. */
export async function runCliAsync(dir: string, args: string[], options: HarnessOptions = {}): Promise<CliRun> {
  const { io, captured } = harness(dir, options);
  const code = await runAsync(['node', 'corroborate', ...args], io);
  return { code, ...captured() };
}

/** Escape sequences (colour, cursor) anywhere in a string. */
export const ANSI = /\u001b\[/;
