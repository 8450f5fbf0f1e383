import fs from 'node:fs';
import path from 'node:path';
import { decodeText, idFromFileName } from '../../src/cli/read-articles';
import { applyMeta, parseMeta } from '../../src/cli/read-meta';
import { packageVersion } from '../../src/cli/package-version';
import { CliError } from '../../src/cli/cli-error';

describe('idFromFileName', () => {
  it('drops the directory and the last extension only', () => {
    expect(idFromFileName('/news/harbor-daily.txt')).toBe('harbor-daily');
    expect(idFromFileName('story/v1.2.md')).toBe('v1.2');
    expect(idFromFileName('README')).toBe('README');
  });
});

describe('decodeText', () => {
  it('strips one leading BOM and keeps the rest, including a later U+FEFF', () => {
    expect(decodeText(Buffer.from('\uFEFFab\uFEFFc', 'utf8'))).toBe('ab\uFEFFc');
    expect(decodeText(Buffer.from('plain', 'utf8'))).toBe('plain');
  });
});

describe('parseMeta / applyMeta', () => {
  const files = [
    { id: 'harbor', text: 'H.', file: '/x/harbor.txt' },
    { id: 'coast-v2', text: 'C.', file: '/x/coast-v2.txt' },
  ];

  it('applies entries by file name first, then by id, without mutating the inputs', () => {
    const meta = parseMeta(
      JSON.stringify({
        articles: [
          { id: 'coast', file: 'elsewhere/coast-v2.txt', source: 'Coast Wire' },
          { id: 'harbor', publishedAt: '2024-05-01' },
          { id: 'unused', source: 'Nobody' },
        ],
      }),
      'm.json',
    );
    const before = JSON.stringify(files);
    expect(applyMeta(files, meta)).toEqual([
      { id: 'harbor', text: 'H.', file: '/x/harbor.txt', publishedAt: '2024-05-01' },
      { id: 'coast', text: 'C.', file: '/x/coast-v2.txt', source: 'Coast Wire' },
    ]);
    expect(JSON.stringify(files)).toBe(before);
  });

  it('throws CliError naming the bad entry', () => {
    expect(() => parseMeta('[]', 'm.json')).toThrow(new CliError(`meta file 'm.json' must be an object with an "articles" array`));
    expect(() => parseMeta('{"articles":[{"source":"x"}]}', 'm.json')).toThrow(/articles\[0\]\.id must be a non-empty string/);
    expect(() => parseMeta('{"articles":[3]}', 'm.json')).toThrow(/articles\[0\] is not an object/);
  });
});

describe('packageVersion', () => {
  const root = path.join(__dirname, '../..');
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

  it('finds package.json from dist/ (built) and from src/cli/ (tsx, jest)', () => {
    expect(packageVersion(path.join(root, 'dist'))).toBe(version);
    expect(packageVersion(path.join(root, 'src', 'cli'))).toBe(version);
  });

  it('says "unknown" when no corroborate package.json is above the directory', () => {
    expect(packageVersion(path.parse(root).root)).toBe('unknown');
  });
});
