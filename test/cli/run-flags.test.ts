import fs from 'node:fs';
import path from 'node:path';
import { crossReference } from '../../src/cross-reference';
import type { ArticleInput, Finding, Report, Severity } from '../../src/types';
import { echoReport } from './echo-report';
import { ANSI, makeTempDir, runCli, writeFile, type HarnessOptions } from './cli-harness';

// The pipeline is replaced by an echo of its input plus the findings a test
// asks for, so --fail-on and the summary are checked against known severities.
let findings: Finding[] = [];
jest.mock('../../src/cross-reference', () => ({
  crossReference: jest.fn((articles: readonly ArticleInput[]): Report => echoReport(articles, findings)),
}));

const mockedCrossReference = crossReference as jest.MockedFunction<typeof crossReference>;

function finding(id: string, severity: Severity): Finding {
  return { id, kind: 'numeric-conflict', severity, summary: `figures differ (${id})`, evidence: [] };
}

let dir: string;

beforeEach(() => {
  dir = makeTempDir();
  findings = [];
  mockedCrossReference.mockClear();
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[], options?: HarnessOptions) => runCli(dir, args, options);
const idsSeen = () => (mockedCrossReference.mock.calls[0][0] as ArticleInput[]).map((a) => a.id);

describe('stdin', () => {
  it('reads one article with id "stdin" when there are no FILE arguments and stdin is piped', () => {
    const result = cli(['--format', 'json'], { stdin: 'The ferry left at noon.' });
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(mockedCrossReference.mock.calls[0][0]).toEqual([{ id: 'stdin', text: 'The ferry left at noon.' }]);
    expect((JSON.parse(result.out) as Report).articles.map((a) => a.id)).toEqual(['stdin']);
  });

  it("reads stdin where '-' stands among the files, in argument order", () => {
    writeFile(dir, 'harbor.txt', 'H.');
    writeFile(dir, 'coast.txt', 'C.');
    expect(cli(['harbor.txt', '-', 'coast.txt'], { stdin: 'S.' }).code).toBe(0);
    expect(idsSeen()).toEqual(['harbor', 'stdin', 'coast']);
  });

  it("reads '-' even when stdin is a terminal (the user asked for it)", () => {
    // The harness's terminal stdin throws when read, which shows up as a read error.
    const result = cli(['-']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^corroborate: cannot read stdin/);
  });

  it('strips a byte-order mark from stdin and applies --meta by the id "stdin"', () => {
    writeFile(dir, 'sources.json', JSON.stringify({ articles: [{ id: 'stdin', source: 'Pasted Desk' }] }));
    expect(cli(['--meta', 'sources.json'], { stdin: '\uFEFFText.' }).code).toBe(0);
    expect(mockedCrossReference.mock.calls[0][0]).toEqual([{ id: 'stdin', text: 'Text.', source: 'Pasted Desk' }]);
  });

  it('keeps "no input files" a usage error on a terminal, and on an empty pipe', () => {
    expect(cli([])).toEqual({ code: 2, out: '', err: 'corroborate: no input files (try --help)\n' });
    const empty = cli([], { stdin: ' \n' });
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/^corroborate: no input files and nothing on stdin/);
    expect(mockedCrossReference).not.toHaveBeenCalled();
  });

  it("rejects '-' twice, a stdin read error, and a file whose id is also \"stdin\"", () => {
    const twice = cli(['-', '-'], { stdin: 'x' });
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/'-' \(stdin\) given more than once/);
    const broken = cli([], { stdinError: Object.assign(new Error('EAGAIN: resource busy'), { code: 'EAGAIN' }) });
    expect(broken).toMatchObject({ code: 2, out: '' });
    expect(broken.err).toMatch(/^corroborate: cannot read stdin: EAGAIN/);
    writeFile(dir, 'stdin.txt', 'x');
    expect(cli(['stdin.txt', '-'], { stdin: 'y' }).err).toMatch(/two input files share the id 'stdin'/);
  });
});

describe('--fail-on', () => {
  beforeEach(() => {
    writeFile(dir, 'harbor.txt', 'H.');
    findings = [finding('f1', 'medium'), finding('f2', 'low')];
  });

  it('exits 1 when a finding is at or above the threshold, 0 when none is', () => {
    expect(cli(['--fail-on', 'high', 'harbor.txt']).code).toBe(0);
    expect(cli(['--fail-on', 'medium', 'harbor.txt']).code).toBe(1);
    expect(cli(['--fail-on', 'low', 'harbor.txt']).code).toBe(1);
    expect(cli(['harbor.txt']).code).toBe(0);
  });

  it('still writes the whole report, and says why on one stderr line', () => {
    const result = cli(['--format', 'json', '--fail-on', 'low', 'harbor.txt']);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.out) as Report).findings.map((f) => f.id)).toEqual(['f1', 'f2']);
    expect(result.err).toBe('corroborate: 2 findings at or above low (--fail-on low)\n');

    const saved = cli(['--out', 'report.md', '--fail-on', 'medium', 'harbor.txt']);
    expect(saved).toEqual({ code: 1, out: '', err: 'corroborate: 1 finding at or above medium (--fail-on medium)\n' });
    expect(fs.readFileSync(path.join(dir, 'report.md'), 'utf8')).toContain('# Corroborate report');
  });

  it('passes with no findings at any threshold', () => {
    findings = [];
    expect(cli(['--fail-on', 'low', 'harbor.txt'])).toMatchObject({ code: 0, err: '' });
  });

  it('exits 2 on an unknown severity', () => {
    const result = cli(['--fail-on', 'critical', 'harbor.txt']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^corroborate: option '--fail-on <severity>' argument 'critical' is invalid/);
    expect(mockedCrossReference).not.toHaveBeenCalled();
  });
});

describe('summary line and colour', () => {
  beforeEach(() => {
    writeFile(dir, 'a.txt', 'A.');
    writeFile(dir, 'b.txt', 'B.');
    findings = [finding('f1', 'high'), finding('f2', 'low'), finding('f3', 'low')];
  });

  it('prints a coloured summary to a terminal stderr after the report', () => {
    const result = cli(['a.txt', 'b.txt'], { stderrTTY: true });
    expect(result.code).toBe(0);
    expect(result.err).toMatch(ANSI);
    expect(result.err.replace(/\u001b\[\d+m/g, '')).toBe('3 findings (1 high, 2 low) in 2 articles\n');
  });

  it('prints no summary when stderr is not a terminal, or with --quiet', () => {
    expect(cli(['a.txt', 'b.txt']).err).toBe('');
    expect(cli(['--quiet', 'a.txt', 'b.txt'], { stderrTTY: true }).err).toBe('');
  });

  it('uses no colour with NO_COLOR set, and singular words for one', () => {
    findings = [finding('f1', 'medium')];
    const result = cli(['a.txt'], { stderrTTY: true, env: { NO_COLOR: '1' } });
    expect(result.err).toBe('1 finding (1 medium) in 1 article\n');
  });

  it('colours the error prefix only on a terminal, unless FORCE_COLOR says otherwise', () => {
    expect(cli(['missing.txt']).err).toBe("corroborate: cannot read 'missing.txt': no such file or directory\n");
    expect(cli(['missing.txt'], { stderrTTY: true }).err).toMatch(/^\u001b\[31mcorroborate:\u001b\[39m cannot read/);
    expect(cli(['missing.txt'], { stderrTTY: true, env: { NO_COLOR: '1' } }).err).not.toMatch(ANSI);
    expect(cli(['missing.txt'], { env: { FORCE_COLOR: '1' } }).err).toMatch(ANSI);
    expect(cli(['missing.txt'], { stderrTTY: true, env: { FORCE_COLOR: '0' } }).err).not.toMatch(ANSI);
  });

  it('never colours the report, even on a terminal with FORCE_COLOR', () => {
    const result = cli(['a.txt', 'b.txt'], { stdoutTTY: true, stderrTTY: true, env: { FORCE_COLOR: '1' } });
    expect(result.out).toContain('# Corroborate report');
    expect(result.out).not.toMatch(ANSI);
  });
});

describe('--format html', () => {
  it('writes one HTML page holding each article, to stdout or --out', () => {
    writeFile(dir, 'harbor.txt', 'The ferry <b>left</b> at noon.');
    writeFile(dir, 'sources.json', JSON.stringify({ articles: [{ id: 'harbor', source: 'Harbor Daily' }] }));
    const result = cli(['--format', 'html', '--meta', 'sources.json', 'harbor.txt'], { stdoutTTY: true, stderrTTY: true });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^<!DOCTYPE html>/i);
    expect(result.out).toMatch(/<\/html>\s*$/);
    expect(result.out).toContain('Harbor Daily');
    // Article text is escaped, never markup, and the page has no terminal colour in it.
    expect(result.out).not.toContain('<b>left</b>');
    expect(result.out).not.toMatch(ANSI);

    const saved = cli(['--format', 'html', '--out', 'report.html', 'harbor.txt']);
    expect(saved).toEqual({ code: 0, out: '', err: '' });
    expect(fs.readFileSync(path.join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('renders an article read from stdin', () => {
    const result = cli(['--format', 'html'], { stdin: 'Piped text about the ferry.' });
    expect(result.code).toBe(0);
    expect(result.out).toContain('Piped text about the ferry.');
  });
});

describe('--help', () => {
  it('documents the new flags, stdin and the exit codes', () => {
    const { code, out } = cli(['--help']);
    expect(code).toBe(0);
    for (const text of ['--fail-on <severity>', '-q, --quiet', '"md", "json", "html"', "'-' for stdin", 'Exit status:']) {
      expect(out).toContain(text);
    }
    expect(out).toMatch(/^ {2}1 {2}a finding at or above --fail-on/m);
    expect(out).toMatch(/^ {2}2 {2}bad usage or unreadable input/m);
    expect(out).not.toMatch(ANSI);
  });
});
