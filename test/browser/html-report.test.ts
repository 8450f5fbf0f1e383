/**
 * The HTML report in a real headless Chromium: markup carried by an article
 * never runs, the page's own script does (under its CSP), and clicking a
 * finding card scrolls the article panes to its evidence and marks it.
 * Skipped, with a warning, where /usr/bin/chromium is not installed.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { crossReference } from '../../src/cross-reference';
import { renderHtml } from '../../src/report/render-html';
import type { ArticleInput } from '../../src/types';
import { HARBOR, HOSTILE_ARTICLES, HOSTILE_IMG, HOSTILE_SCRIPT } from '../report/html-fixtures';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OUT_DIR = join(__dirname, '..', '..', 'test-output');

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`HTML report browser test skipped: ${CHROMIUM} is not installed.`);
const describeInBrowser = hasChromium ? describe : describe.skip;

jest.setTimeout(60_000);

// Notes before the disputed sentence push it below the fold, so revealing it takes a real scroll.
const MOODS = ['calm', 'grey', 'quiet', 'cold', 'still', 'dark', 'misty', 'slow', 'heavy', 'low', 'pale', 'flat'];
const NOTES = MOODS.flatMap((m) => [`The water looked ${m} near the quay at dawn.`, `By noon the sky was ${m} over the cranes.`]);
const ARTICLES: ArticleInput[] = HOSTILE_ARTICLES.map((a) =>
  a.id === HARBOR.id ? { ...a, text: a.text.replace(`${HOSTILE_SCRIPT}\n`, `${HOSTILE_SCRIPT}\n${NOTES.join('\n\n')}\n\n`) } : a,
);

interface Box {
  top: number;
  bottom: number;
}

/**
 * Where an element and the pane that scrolls it sit on screen, and whether it is marked active.
 * Browser code is passed as a string: the test compiles without the DOM library.
 */
async function placement(page: Page, selector: string): Promise<{ el: Box; pane: Box; paneScroll: number; active: boolean }> {
  return page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const pane = el.closest('.pane-body');
    const box = (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
    return { el: box(el), pane: box(pane), paneScroll: pane.scrollTop, active: el.classList.contains('active') };
  })()`);
}

function within(inner: Box, outer: Box): boolean {
  return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
}

describeInBrowser('HTML report in headless Chromium', () => {
  const report = crossReference(ARTICLES);
  const conflict = report.findings.findIndex((f) => f.kind === 'numeric-conflict');
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT_DIR, { recursive: true });
    const file = join(OUT_DIR, 'html-report.html');
    writeFileSync(file, renderHtml(report, ARTICLES), 'utf8');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1360, height: 760 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(e.message));
    // A CSP violation (a script or style the policy refused) shows up as a console error.
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs none of the markup in the articles, and shows it as text', async () => {
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('img, iframe, textarea').count()).toBe(0);
    const harborText = await page.locator('.pane-body').nth(report.articles.findIndex((a) => a.id === HARBOR.id)).textContent();
    expect(harborText).toContain(HOSTILE_SCRIPT);
    expect(harborText).toContain(HOSTILE_IMG);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('scrolls the article panes to the evidence of a clicked finding card and marks it', async () => {
    expect(conflict).toBeGreaterThanOrEqual(0);
    const card = page.locator(`#f${conflict}`);
    await expect(card.count()).resolves.toBe(1);
    // Start from the far end of every pane so the click has to bring the evidence back.
    await page.evaluate(`document.querySelectorAll('.pane-body').forEach((p) => { p.scrollTop = p.scrollHeight; })`);
    const evidence = report.findings[conflict]?.evidence ?? [];
    for (const [i] of evidence.entries()) {
      expect((await placement(page, `mark.ev[data-evi~="f${conflict}.${i}"]`)).active).toBe(false);
    }

    await card.click();

    expect(await card.getAttribute('class')).toContain('active');
    expect(await card.getAttribute('aria-pressed')).toBe('true');
    for (const [i, e] of evidence.entries()) {
      const where = await placement(page, `mark.ev[data-evi~="f${conflict}.${i}"]`);
      expect(where.active).toBe(true);
      expect(within(where.el, where.pane)).toBe(true);
      expect(within(where.el, { top: 0, bottom: 760 })).toBe(true);
      if (e.articleId === HARBOR.id) expect(where.paneScroll).toBeGreaterThan(0);
    }
    expect(await page.locator('#status').textContent()).toContain(report.findings[conflict]?.summary);
    expect(problems).toEqual([]);

    await page.screenshot({ path: join(OUT_DIR, 'html-report.png') });
    expect(statSync(join(OUT_DIR, 'html-report.png')).size).toBeGreaterThan(10_000);
  });

  it('marks a clicked claim, its cluster across the panes and the findings that cite it', async () => {
    const claimId = report.findings[conflict]?.evidence[0]?.claimId as string;
    const k = report.claims.findIndex((c) => c.id === claimId);
    const cluster = report.clusters.find((c) => c.claimIds.includes(claimId));
    await page.locator(`.claim[data-claim="c${k}"]`).first().click();

    expect(await page.locator(`.claim[data-claim="c${k}"]`).first().getAttribute('class')).toContain('active');
    const marked = await page.evaluate(`[...new Set([...document.querySelectorAll('.claim.in-cluster')].map((e) => e.dataset.claim))]`);
    expect(marked).toHaveLength(cluster?.claimIds.length ?? 1);
    expect(await page.locator(`#f${conflict}`).getAttribute('class')).toContain('linked');
    // The previous finding's marks are cleared.
    expect(await page.locator('mark.ev.active').count()).toBe(0);
    expect(await page.locator('#status').textContent()).toContain(`Claim ${claimId}`);
  });

  it('answers the keyboard: Enter on a focused card selects it', async () => {
    await page.locator(`#f${conflict}`).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(`#f${conflict}`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(`mark.ev.active[data-ev~="f${conflict}"]`).count()).toBeGreaterThan(0);
  });
});
