/** The stories of `npm run eval:stories` and `npm run eval:holdout` are well formed, and the scorer matches evidence as documented. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allRefs, evidenceMatches, scoreStory, type StoryExpected } from '../../bench/stories-score';
import type { Evidence, Finding } from '../../src/types';

const BENCH = join(__dirname, '..', '..', 'bench');
/** Each story as "set/name": the development stories and the held-out ones. */
const storiesIn = (set: string) => readdirSync(join(BENCH, set)).filter((n) => statSync(join(BENCH, set, n)).isDirectory()).sort();
const stories = [...storiesIn('stories').map((n) => `stories/${n}`), ...storiesIn('stories-holdout').map((n) => `stories-holdout/${n}`)];
const readJson = <T>(story: string, file: string) => JSON.parse(readFileSync(join(BENCH, story, file), 'utf8')) as T;

describe('bench/stories and bench/stories-holdout', () => {
  it('holds the stories', () => {
    expect(storiesIn('stories')).toEqual(['bank', 'boat', 'chemical', 'crash', 'election', 'protest', 'quake', 'strike', 'trade', 'wildfire']);
    expect(storiesIn('stories-holdout')).toEqual(['ammonia-derailment', 'avalanche', 'blackout', 'bridge', 'budget', 'crush', 'fishkill', 'flood', 'hack', 'jailbreak', 'landslide', 'launch', 'mine', 'outbreak', 'poisoning', 'recall', 'seizure', 'siege', 'spill', 'takeover', 'talks', 'trial', 'typhoon']);
  });

  it.each(stories)('%s: every article of sources.json exists, with a source and a date', (story) => {
    const { articles } = readJson<{ articles: { id: string; file: string; source?: string; publishedAt?: string }[] }>(story, 'sources.json');
    expect(articles.length).toBeGreaterThan(1);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    for (const a of articles) {
      expect(existsSync(join(BENCH, story, a.file))).toBe(true);
      expect(a.source).toBeTruthy();
      expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
    const txt = readdirSync(join(BENCH, story)).filter((f) => f.endsWith('.txt')).sort();
    expect(articles.map((a) => a.file).sort()).toEqual(txt);
  });

  it.each(stories)('%s: every expected text occurs in its article, ids are unique', (story) => {
    const expected = readJson<StoryExpected>(story, 'expected.json');
    const { articles } = readJson<{ articles: { id: string; file: string }[] }>(story, 'sources.json');
    const text = new Map(articles.map((a) => [a.id, readFileSync(join(BENCH, story, a.file), 'utf8')]));
    const absent = allRefs(expected).filter((r) => !text.get(r.article)?.includes(r.text));
    expect(absent).toEqual([]);
    const ids = [...expected.mustShow, ...expected.mustNotShow].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of expected.mustShow) expect(i.evidence.length).toBeGreaterThan(0);
    for (const i of expected.mustNotShow) expect([i.together, i.alone, i.never].filter(Boolean)).toHaveLength(1);
  });
});

describe('scoreStory', () => {
  const texts = { a: 'Officials said 80 people died. Some 12,000 were displaced.', b: 'At least 57 people died, he said. The ministry denied it.' };
  const at = (id: 'a' | 'b', t: string, value?: number): Evidence => {
    const start = texts[id].indexOf(t);
    return { articleId: id, text: t, span: { start, end: start + t.length }, ...(value !== undefined && { value, unit: 'people' }) };
  };
  const finding = (kind: Finding['kind'], ...evidence: Evidence[]): Finding => ({ id: 'f', kind, severity: 'high', summary: 's', evidence });

  it('matches an evidence inside the given text or containing it, in the right article only', () => {
    expect(evidenceMatches(at('a', '80', 80), { article: 'a', text: '80 people died' }, texts)).toBe(true);
    expect(evidenceMatches(at('a', 'Officials said 80 people died.'), { article: 'a', text: '80 people' }, texts)).toBe(true);
    expect(evidenceMatches(at('a', 'Some 12,000', 12000), { article: 'a', text: '80 people' }, texts)).toBe(false);
    expect(evidenceMatches(at('a', '80', 80), { article: 'b', text: '80' }, texts)).toBe(false);
  });

  it('finds a mustShow item only when one finding holds every requirement', () => {
    const expected: StoryExpected = {
      story: 't',
      mustShow: [
        { id: 'C', kind: 'numeric-conflict', what: 'toll', evidence: [{ article: 'a', text: '80 people' }, { anyOf: [{ article: 'b', text: 'At least 57' }, { article: 'b', text: 'nope' }] }] },
        { id: 'X', kind: 'contested', what: 'denial', evidence: [{ article: 'b', text: 'The ministry denied it' }] },
        { id: 'U', kind: 'figure-update', what: 'rise', evidence: [{ article: 'b', text: '57' }] },
      ],
      mustNotShow: [],
    };
    const s = scoreStory(expected, { findings: [finding('numeric-conflict', at('a', '80', 80), at('b', '57', 57))], diagnostics: [] }, texts);
    expect(s.mustShow.map((r) => [r.id, r.ok])).toEqual([['C', true], ['X', false], ['U', false]]);
    const split = scoreStory(expected, { findings: [finding('numeric-conflict', at('a', '80', 80)), finding('numeric-conflict', at('b', '57', 57))], diagnostics: [{ rule: 'figure-update', articleId: 'b', message: '', span: at('b', '57').span }] }, texts);
    expect(split.mustShow.map((r) => r.ok)).toEqual([false, false, true]);
    expect(split.mustShow[0].detail).toMatch(/best finding holds 1\/2/);
  });

  it('flags together only when the figures differ, alone only without other figures, never on any figure', () => {
    const expected: StoryExpected = {
      story: 't',
      mustShow: [],
      mustNotShow: [
        { id: 'T', kind: 'numeric-conflict', what: 'agree', together: [{ article: 'a', text: '80' }, { article: 'b', text: '57' }] },
        { id: 'L', kind: 'numeric-conflict', what: 'alone', alone: [{ article: 'a', text: '80' }, { article: 'b', text: '57' }] },
        { id: 'N', kind: 'any', what: 'noise', never: [{ article: 'a', text: '12,000' }] },
      ],
    };
    const score = (...findings: Finding[]) => scoreStory(expected, { findings, diagnostics: [] }, texts).mustNotShow.map((r) => r.ok);
    // Same value on one side, and a whole claim (no figure) holding the noise: no violation.
    expect(score(finding('numeric-conflict', at('a', '80', 80), at('b', '57', 80)), finding('single-source', at('a', 'Some 12,000 were displaced.')))).toEqual([true, true, true]);
    // Set against each other with a third figure: together and never, not alone.
    expect(score(finding('numeric-conflict', at('a', '80', 80), at('b', '57', 57), at('a', 'Some 12,000', 12000)))).toEqual([false, true, false]);
    expect(score(finding('numeric-conflict', at('a', '80', 80), at('b', '57', 57)))).toEqual([false, false, true]);
    // Values within 5% of each other agree (one side of a conflict, as "45-metre" and "150 feet"); 6% apart do not.
    expect(score(finding('numeric-conflict', at('a', '80', 80), at('b', '57', 83)))).toEqual([true, true, true]);
    expect(score(finding('numeric-conflict', at('a', '80', 80), at('b', '57', 85)))).toEqual([false, false, true]);
  });
});
