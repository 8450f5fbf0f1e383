/** Where the CLI reads and writes: injectable so `run` can be tested in-process. */

export interface CliStream {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  /** Directory that relative FILE, --meta and --out paths are resolved against. */
  cwd: string;
}

export function defaultIo(overrides: Partial<CliIo> = {}): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), ...overrides };
}
