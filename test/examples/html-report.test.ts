/** examples/html-report.ts writes the example articles' report as one HTML page and says where. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('examples/html-report.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-html-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the HTML report to the path given and prints that path', () => {
    const out = join(dir, 'report.html');
    const printed = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'examples', 'html-report.ts'), out], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(printed).toMatch(/^\d+ findings from 4 articles written to /);
    expect(printed.trim().endsWith(out)).toBe(true);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<h2>Conflicts</h2>');
    expect(html).toMatch(/class="finding sev-high"[^>]*data-finding="f\d+"/);
    // The bundled articles are all shown, with the conflicting figures marked in their text.
    for (const source of ['Northern Wire Service', 'River Post', 'Capital Desk', 'Evening Courier']) {
      expect(html).toContain(`<h2>${source}</h2>`);
    }
    expect(html).toMatch(/<mark class="ev"[^>]*>more than 1,500<\/mark>/);
  });

  it('writes ./corroborate-report.html when no path is given', () => {
    // Run from another folder, through tsx's own launcher so it resolves from the project, not from cwd.
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const printed = execFileSync(tsx, [join(root, 'examples', 'html-report.ts')], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(printed.trim().endsWith(join(dir, 'corroborate-report.html'))).toBe(true);
    expect(readFileSync(join(dir, 'corroborate-report.html'), 'utf8')).toContain('</html>');
  });
});
