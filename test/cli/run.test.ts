import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CorroborateError } from '../../src/errors';
import { crossReference } from '../../src/cross-reference';
import { run } from '../../src/cli/run';
import { validateReport } from '../../src/report/validate-report';
import type { ArticleInput, Report } from '../../src/types';
import { echoReport } from './echo-report';

// The CLI's job is reading, wiring and writing, so the pipeline is replaced by
// an echo of its input: these tests stay about the CLI whatever stage of the
// pipeline is under construction.
jest.mock('../../src/cross-reference', () => ({
  crossReference: jest.fn((articles: readonly ArticleInput[]): Report => echoReport(articles)),
}));

const mockedCrossReference = crossReference as jest.MockedFunction<typeof crossReference>;

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cli-'));
  mockedCrossReference.mockClear();
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(rel: string, content: string | Buffer): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** Runs the CLI in-process with captured streams, from the temp directory. */
function cli(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(['node', 'corroborate', ...args], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    // A terminal on stdin, as when a user types the command: nothing is read from it.
    stdin: {
      isTTY: true,
      read: () => {
        throw new Error('stdin must not be read');
      },
    },
    env: {},
    cwd: dir,
  });
  return { code, out, err };
}

function inputsSeen(): ArticleInput[] {
  return mockedCrossReference.mock.calls[0][0] as ArticleInput[];
}

function expectOneLineError(result: { code: number; out: string; err: string }, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  expect(result.err).toMatch(/^corroborate: [^\n]+\n$/);
  expect(result.err).toMatch(pattern);
}

describe('run: output', () => {
  it('writes a Markdown report to stdout by default, ids from file names', () => {
    write('harbor.txt', 'The ferry left at noon.');
    write('coast.md', 'The ferry left at one.');
    const result = cli('harbor.txt', 'coast.md');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.split('\n')[0]).toBe('# Corroborate report: 2 articles, 0 claims, 0 findings');
    expect(result.out).toContain('| harbor |');
    expect(result.out).toContain('| coast |');
    expect(result.out).toContain('No disagreements found.');
  });

  it('writes only a valid JSON report to stdout with --format json', () => {
    write('harbor.txt', 'The ferry left at noon.');
    const result = cli('--format', 'json', 'harbor.txt');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out) as Report;
    expect(validateReport(parsed)).toEqual([]);
    expect(parsed.articles.map((a) => a.id)).toEqual(['harbor']);
    expect(result.out.endsWith('}\n')).toBe(true);
  });

  it('reads files as UTF-8 and strips a byte-order mark', () => {
    write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café opens — at 9.', 'utf8')]));
    expect(cli('bom.txt').code).toBe(0);
    expect(inputsSeen()).toEqual([{ id: 'bom', text: 'Café opens — at 9.' }]);
  });

  it('reads the .txt and .md files of a directory, sorted, ignoring other files', () => {
    write('story/c.txt', 'C.');
    write('story/a.md', 'A.');
    write('story/b.txt', 'B.');
    write('story/sources.json', '{}');
    write('story/nested/d.txt', 'D.');
    expect(cli('story').code).toBe(0);
    expect(inputsSeen().map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('writes to --out instead of stdout', () => {
    write('harbor.txt', 'The ferry left at noon.');
    const result = cli('--out', 'report.json', '--format', 'json', 'harbor.txt');
    expect(result).toEqual({ code: 0, out: '', err: '' });
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;
    expect(saved.articles[0].id).toBe('harbor');
  });

  it('passes --tolerance through as a number', () => {
    write('harbor.txt', 'x');
    expect(cli('--tolerance', '0.25', 'harbor.txt').code).toBe(0);
    expect(mockedCrossReference.mock.calls[0][1]).toEqual({ tolerance: 0.25, stories: 'one' });
  });

  it("passes --stories split through, and rejects other modes as usage errors", () => {
    write('harbor.txt', 'x');
    expect(cli('--stories', 'split', 'harbor.txt').code).toBe(0);
    expect(mockedCrossReference.mock.calls[0][1]).toEqual({ stories: 'split' });
    expect(cli('--stories', 'several', 'harbor.txt').code).toBe(2);
  });
});

describe('run: --meta', () => {
  it('applies source, date and url by id', () => {
    write('harbor.txt', 'The ferry left at noon.');
    write('coast.txt', 'The ferry left at one.');
    write(
      'sources.json',
      JSON.stringify({ articles: [{ id: 'harbor', source: 'Harbor Daily', publishedAt: '2024-05-01', url: 'https://example.org/h' }] }),
    );
    const result = cli('--format', 'json', '--meta', 'sources.json', 'harbor.txt', 'coast.txt');
    expect(result.code).toBe(0);
    expect(inputsSeen()).toEqual([
      { id: 'harbor', text: 'The ferry left at noon.', source: 'Harbor Daily', url: 'https://example.org/h', publishedAt: '2024-05-01' },
      { id: 'coast', text: 'The ferry left at one.' },
    ]);
    const parsed = JSON.parse(result.out) as Report;
    expect(parsed.articles[0]).toMatchObject({ id: 'harbor', source: 'Harbor Daily', publishedAt: '2024-05-01' });
  });

  it('matches an entry by its file name and takes the id it gives', () => {
    write('story/harbor-2024.txt', 'The ferry left at noon.');
    write('sources.json', JSON.stringify({ articles: [{ id: 'harbor', file: 'story/harbor-2024.txt', source: 'Harbor Daily' }] }));
    expect(cli('--meta', 'sources.json', 'story').code).toBe(0);
    expect(inputsSeen()).toEqual([{ id: 'harbor', text: 'The ferry left at noon.', source: 'Harbor Daily' }]);
  });

  it('shows the sources in the Markdown report', () => {
    write('harbor.txt', 'x');
    write('sources.json', JSON.stringify({ articles: [{ id: 'harbor', source: 'Harbor Daily' }] }));
    expect(cli('--meta', 'sources.json', 'harbor.txt').out).toContain('| harbor | Harbor Daily |');
  });

  it('rejects a meta file that is not JSON or has the wrong shape', () => {
    write('harbor.txt', 'x');
    write('bad.json', '{ "articles": [ ');
    expectOneLineError(cli('--meta', 'bad.json', 'harbor.txt'), /meta file 'bad\.json' is not valid JSON/);
    write('shape.json', JSON.stringify({ articles: [{ id: 'harbor', source: 7 }] }));
    expectOneLineError(cli('--meta', 'shape.json', 'harbor.txt'), /articles\[0\]\.source must be a string/);
    expectOneLineError(cli('--meta', 'absent.json', 'harbor.txt'), /cannot read meta file 'absent\.json'/);
  });
});

describe('run: usage and errors', () => {
  it('exits 2 with one line when a file is missing', () => {
    write('harbor.txt', 'x');
    expectOneLineError(cli('harbor.txt', 'missing.txt'), /^corroborate: cannot read 'missing\.txt': no such file or directory/);
  });

  it('exits 2 on a bad --format, an unknown option, or no files', () => {
    write('harbor.txt', 'x');
    expectOneLineError(cli('--format', 'pdf', 'harbor.txt'), /'pdf' is invalid/);
    expectOneLineError(cli('--colour', 'harbor.txt'), /unknown option '--colour'/);
    expectOneLineError(cli(), /no input files/);
  });

  it('passes --date-slack through as whole days, and exits 2 on a bad one', () => {
    write('harbor.txt', 'x');
    expect(cli('--date-slack', '1', 'harbor.txt').code).toBe(0);
    expect(mockedCrossReference.mock.calls[0][1]).toEqual({ dateSlackDays: 1, stories: 'one' });
    expectOneLineError(cli('--date-slack', '1.5', 'harbor.txt'), /--date-slack must be a whole number of days >= 0, got '1.5'/);
  });

  it('exits 2 on a bad --tolerance', () => {
    write('harbor.txt', 'x');
    expectOneLineError(cli('--tolerance', 'lots', 'harbor.txt'), /--tolerance must be a number >= 0, got 'lots'/);
    expectOneLineError(cli('--tolerance', '-1', 'harbor.txt'), /--tolerance/);
  });

  it('exits 2 when two inputs share an id, or a directory has no articles', () => {
    write('harbor.txt', 'x');
    write('harbor.md', 'y');
    expectOneLineError(cli('harbor.txt', 'harbor.md'), /two input files share the id 'harbor'/);
    fs.mkdirSync(path.join(dir, 'empty'));
    expectOneLineError(cli('empty'), /no \.txt or \.md files in directory 'empty'/);
  });

  it('exits 2 with the reason when crossReference rejects the input', () => {
    write('harbor.txt', 'x');
    mockedCrossReference.mockImplementationOnce(() => {
      throw new CorroborateError('INVALID_DATE', 'article "harbor": publishedAt "yesterday" is not an ISO date');
    });
    expectOneLineError(cli('harbor.txt'), /^corroborate: invalid input \(INVALID_DATE\): article "harbor": publishedAt/);
  });

  it('prints usage with examples for --help and exits 0', () => {
    const result = cli('--help');
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toContain('Usage: corroborate [options] [files...]');
    expect(result.out).toContain('--format <format>');
    expect(result.out).toContain('Examples:');
    expect(mockedCrossReference).not.toHaveBeenCalled();
  });

  it('prints the package version for --version and exits 0', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(cli('--version')).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });
});
