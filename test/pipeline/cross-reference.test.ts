/**
 * The whole pipeline on the bundled example articles (written for the project):
 * four outlets on one story, one of them a reprint, with boilerplate, name
 * variants, conflicting and agreeing figures.
 */
import { crossReference, renderJson, validateReport, CorroborateError } from '../../src/index';
import type { Finding, Report } from '../../src/index';
import { loadExampleArticles } from '../../examples/load-example-articles';
import { brokenSpans, overlappingClaims, uncoveredText } from '../helpers/invariants';

const articles = loadExampleArticles();
const report = crossReference(articles);

const values = (f: Finding) => f.evidence.map((e) => e.value);
const conflicts = (r: Report) => r.findings.filter((f) => f.kind === 'numeric-conflict');
const claimOf = (id?: string) => report.claims.find((c) => c.id === id);

describe('crossReference on the example articles', () => {
  it('flags the soldiers who fled: more than 1,000 against more than 1,500, citing every outlet', () => {
    const soldiers = conflicts(report).find((f) => values(f).includes(1500));
    expect(soldiers).toBeDefined();
    expect(soldiers!.severity).toBe('high');
    expect(new Set(soldiers!.evidence.map((e) => e.articleId))).toEqual(new Set(['capital-desk', 'evening-reprint', 'northern-wire', 'river-post']));
    expect(soldiers!.evidence.find((e) => e.articleId === 'river-post')!.text).toBe('more than 1,500');
  });

  it('flags the border length: 1,357 km against 900 km, though frontier and border are worded apart', () => {
    const border = conflicts(report).find((f) => values(f).includes(1357));
    expect(border).toBeDefined();
    expect(values(border!).sort()).toEqual([1357, 900]);
    expect(border!.evidence.every((e) => e.unit === 'km')).toBe(true);
  });

  it('raises no conflict between compatible figures', () => {
    const flagged = conflicts(report).flatMap(values);
    expect(flagged).not.toContain(3_000_000); // 3 million vs several million refugees
    expect(flagged).not.toContain(20_000); // 20,000 reservists vs 20,000 soldiers
    expect(conflicts(report)).toHaveLength(2);
  });

  it('marks the 85% claim as contested by the rejection that follows it, and as single-source', () => {
    const contested = report.findings.find((f) => f.kind === 'contested');
    expect(claimOf(contested?.evidence[0].claimId)?.text).toMatch(/85%/);
    expect(claimOf(contested?.evidence[1].claimId)?.text).toMatch(/rejected/);
    const single = report.findings.find((f) => f.kind === 'single-source' && f.evidence.some((e) => e.text === '85%'));
    expect(single?.severity).toBe('high');
  });

  it('groups name variants and reports which outlet used which spelling', () => {
    const variants = report.findings.filter((f) => f.kind === 'name-variant').map((f) => f.summary);
    expect(variants.some((s) => s.includes('Stanekzai') && s.includes('Stanikzai'))).toBe(true);
    expect(variants.some((s) => s.includes('Qanuni') && s.includes('Qanooni'))).toBe(true);
    const zarif = report.entities.find((e) => e.variants.includes('Muhammad Javad Zarif'));
    expect(zarif?.variants).toEqual(expect.arrayContaining(['Mohammad Javad Zarif', 'Muhammad Javad Zarif']));
  });

  it('counts a reprint as its origin, not as a second source', () => {
    const shared = report.clusters.find((c) => c.articleIds.includes('evening-reprint') && c.articleIds.includes('northern-wire'));
    expect(shared).toBeDefined();
    const others = shared!.articleIds.filter((id) => id !== 'evening-reprint' && id !== 'northern-wire').length;
    expect(shared!.independentSources).toBe(1 + others);
  });

  it('skips boilerplate with a reason, never silently', () => {
    const reasons = new Set(report.articles.flatMap((a) => a.skipped.map((s) => s.reason)));
    for (const reason of ['navigation', 'read-also teaser', 'comment prompt', 'photo caption', 'dateline', 'reprint notice', 'credit line']) {
      expect(reasons).toContain(reason);
    }
    for (const article of articles) expect(uncoveredText(report, article)).toEqual([]);
  });

  it('leaves questions out of the claims, recorded as skipped', () => {
    const desk = report.articles.find((a) => a.id === 'capital-desk')!;
    expect(desk.skipped.some((s) => s.reason === 'question')).toBe(true);
    expect(report.claims.some((c) => c.text.endsWith('?'))).toBe(false);
  });

  it('points every span at the exact characters it quotes', () => {
    expect(brokenSpans(report, articles)).toEqual([]);
  });

  it('keeps claims apart: pieces never overlap, nesting only in the gaps of parts', () => {
    expect(overlappingClaims(report)).toEqual([]);
  });

  it('gives the same report, byte for byte, in any article order', () => {
    const json = renderJson(report);
    expect(renderJson(crossReference([...articles].reverse()))).toBe(json);
    expect(renderJson(crossReference([articles[2], articles[0], articles[3], articles[1]]))).toBe(json);
  });

  it('produces JSON that round-trips and validates against the contract', () => {
    expect(validateReport(JSON.parse(renderJson(report)))).toEqual([]);
    expect(report.schemaVersion).toBe(2);
  });

  it('reads the counted subject and interval of each figure', () => {
    const q = report.claims.flatMap((c) => c.quantities).find((x) => x.text === 'more than 1,500');
    expect(q).toMatchObject({ value: 1500, unit: 'people', subject: 'soldier', qualifier: 'more than' });
    expect(q!.low).toBe(1500);
    expect(q!.high).toBeGreaterThan(1500);
  });
});

describe('crossReference on edge input', () => {
  it('returns an empty, valid report for no articles and for blank ones', () => {
    const empty = crossReference([]);
    expect(empty.findings).toEqual([]);
    const blank = crossReference([{ id: 'a', text: '' }, { id: 'b', text: '   \n\n ' }]);
    expect(blank.claims).toEqual([]);
    expect(blank.articles.map((a) => a.claimCount)).toEqual([0, 0]);
    expect(validateReport(JSON.parse(renderJson(blank)))).toEqual([]);
  });

  it('flags nothing as single-source when only one article is given', () => {
    const one = crossReference([articles[0]]);
    expect(one.findings.filter((f) => f.kind === 'single-source')).toEqual([]);
  });

  it('throws a CorroborateError with a code on misuse', () => {
    expect(() => crossReference([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).toThrow(CorroborateError);
    // @ts-expect-error: a wrong option name is caught at run time too
    expect(() => crossReference([], { tolerence: 0.2 })).toThrow(/Unknown option "tolerence"/);
  });

  it('honours the tolerance option', () => {
    const pair = [
      { id: 'x', text: 'Officials said 1,000 soldiers fled across the river on Monday.' },
      { id: 'y', text: 'Officials said 1,040 soldiers fled across the river on Monday.' },
    ];
    expect(conflicts(crossReference(pair))).toEqual([]);
    expect(conflicts(crossReference(pair, { tolerance: 0.02 }))).toHaveLength(1);
  });

  it('honours caller-given relations between outlets', () => {
    const pair = [
      { id: 'x', source: 'Wire A', text: 'The ministry said 2,400 homes were flooded in the delta.' },
      { id: 'y', source: 'Paper B', text: 'Across the delta, 2,400 homes stood under water on Sunday, according to the ministry.' },
    ];
    const apart = crossReference(pair);
    const together = crossReference(pair, { relations: { 'Paper B': 'Wire A' } });
    expect(apart.clusters.find((c) => c.articleIds.length === 2)?.independentSources).toBe(2);
    expect(together.clusters.find((c) => c.articleIds.length === 2)?.independentSources).toBe(1);
  });
});

describe('crossReference and copied text', () => {
  const wire =
    'Flood waters forced 4,200 families from their homes in the lower valley on Sunday, the regional governor said. ' +
    'Rescue teams used boats to reach villages cut off by the river, and two bridges were closed. ' +
    'The weather service expects more rain until Wednesday.';
  const articles = [
    { id: 'wire', source: 'Valley Wire', text: wire },
    { id: 'daily', source: 'The Daily', text: `${wire} Local schools will stay shut.` },
    { id: 'post', source: 'Evening Post', text: 'The regional governor said 4,200 families had to leave their homes in the lower valley.' },
  ];
  const report = crossReference(articles);

  it('counts a copy of another article as the same origin and says so', () => {
    const note = report.diagnostics.find((d) => d.rule === 'near-duplicate');
    expect(note?.articleId).toBe('wire');
    expect(note?.message).toContain('"daily"');
    const shared = report.clusters.find((c) => c.articleIds.length === 3);
    expect(shared?.independentSources).toBe(2);
  });

  it('does not call a figure corroborated when only a copy repeats it', () => {
    const alone = crossReference(articles.slice(0, 2));
    expect(alone.findings.filter((f) => f.kind === 'single-source')).toEqual([]); // one origin: nothing to compare against
  });
});

describe('crossReference and wire credits', () => {
  it('notes which wires an article credits', () => {
    const report = crossReference([
      { id: 'desk', text: 'The port reopened on Tuesday after a week of repairs, officials said.\n\nReuters contributed to this report.' },
    ]);
    const note = report.diagnostics.find((d) => d.rule === 'wire-credit');
    expect(note?.articleId).toBe('desk');
    expect(note?.message).toContain('Reuters');
  });
});
