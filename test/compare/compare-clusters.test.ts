import { compareClusters } from '../../src/compare/compare-clusters';
import type { Claim, Cluster } from '../../src/types';
import { makeClaim, makeQuantity } from '../helpers/make-claim';

const fledA = 'More than 1,000 soldiers fled across the river into the neighbouring state.';
const fledB = 'Over 1,500 troops fled across the river, border guards said.';
const fledC = 'About 1,050 soldiers fled across the river.';

function soldiers(text: string, figure: string, low: number, high: number, value: number, qualifier?: string) {
  return makeQuantity(text, figure, { value, low, high, unit: 'people', subject: 'soldier', ...(qualifier && { qualifier }) });
}

function cluster(id: string, claims: Claim[], independentSources?: number): Cluster {
  const articleIds = [...new Set(claims.map((c) => c.articleId))].sort();
  return { id, claimIds: claims.map((c) => c.id), articleIds, independentSources: independentSources ?? articleIds.length };
}

describe('compareClusters: numeric conflicts', () => {
  const a = makeClaim('a', 1, fledA, { quantities: [soldiers(fledA, 'More than 1,000', 1000, 1250, 1000, 'more than')] });
  const b = makeClaim('b', 1, fledB, { quantities: [soldiers(fledB, 'Over 1,500', 1500, 1875, 1500, 'over')] });
  const c = makeClaim('c', 1, fledC, { quantities: [soldiers(fledC, 'About 1,050', 945, 1155, 1050, 'about')] });

  it('flags figures whose intervals lie apart, citing every source', () => {
    const findings = compareClusters([cluster('k1', [a, b, c])], [a, b, c]);
    const conflict = findings.find((f) => f.kind === 'numeric-conflict');
    expect(conflict).toBeDefined();
    expect(conflict!.severity).toBe('high');
    expect(conflict!.evidence.map((e) => e.articleId)).toEqual(['a', 'b', 'c']);
    expect(conflict!.evidence.map((e) => e.text)).toEqual(['More than 1,000', 'Over 1,500', 'About 1,050']);
    expect(conflict!.summary).toContain('over 1,500 (b)');
  });

  it('does not flag compatible figures (vague against precise, within tolerance)', () => {
    const findings = compareClusters([cluster('k1', [a, c])], [a, c]);
    expect(findings.filter((f) => f.kind === 'numeric-conflict')).toEqual([]);
  });

  it('respects the tolerance option', () => {
    const x = makeClaim('x', 1, 'It cost 100 dollars.', { quantities: [makeQuantity('It cost 100 dollars.', '100 dollars', { value: 100, low: 100, high: 100, unit: 'USD' })] });
    const y = makeClaim('y', 1, 'It cost 104 dollars.', { quantities: [makeQuantity('It cost 104 dollars.', '104 dollars', { value: 104, low: 104, high: 104, unit: 'USD' })] });
    expect(compareClusters([cluster('k', [x, y])], [x, y]).some((f) => f.kind === 'numeric-conflict')).toBe(false);
    expect(compareClusters([cluster('k', [x, y])], [x, y], { tolerance: 0.02 }).some((f) => f.kind === 'numeric-conflict')).toBe(true);
  });

  it('does not set a figure against one already matched by agreement', () => {
    const t1 = 'The state called up 20,000 reservists after more than 1,000 soldiers fled.';
    const t2 = 'The state mobilised 20,000 soldiers to guard the border.';
    const x = makeClaim('x', 1, t1, { quantities: [soldiers(t1, '20,000', 20000, 20000, 20000), soldiers(t1, 'more than 1,000', 1000, 1250, 1000)] });
    const y = makeClaim('y', 1, t2, { quantities: [soldiers(t2, '20,000', 20000, 20000, 20000)] });
    expect(compareClusters([cluster('k', [x, y])], [x, y]).filter((f) => f.kind === 'numeric-conflict')).toEqual([]);
  });

  it('never compares different units or subjects', () => {
    const t1 = 'The border is 900 kilometres long.';
    const t2 = 'Some 1,357 refugees crossed the border.';
    const x = makeClaim('x', 1, t1, { quantities: [makeQuantity(t1, '900 kilometres', { value: 900, low: 900, high: 900, unit: 'km', subject: 'border' })] });
    const y = makeClaim('y', 1, t2, { quantities: [makeQuantity(t2, '1,357', { value: 1357, low: 1221, high: 1493, unit: 'people', subject: 'refugee' })] });
    expect(compareClusters([cluster('k', [x, y])], [x, y]).filter((f) => f.kind === 'numeric-conflict')).toEqual([]);
  });
});

describe('compareClusters: contested and single-source', () => {
  const claimText = 'The rebels said on Friday that they hold 80% of the province.';
  const figure = makeQuantity(claimText, '80%', { value: 80, low: 80, high: 80, unit: 'percent', subject: 'province' });
  const claim = makeClaim('p', 1, claimText, { quantities: [figure], attribution: { speaker: 'The rebels', verb: 'say' } });
  const denial = makeClaim('p', 2, 'The governor rejected this statement.', { rejects: true }, claimText.length + 1);
  const other = makeClaim('q', 1, 'Fighting went on in the province.');
  const same = makeClaim('p', 3, 'Fighting continued across the province.', {}, 200);
  // k3 holds claims of both outlets: they report on one story.
  const clusters = [cluster('k1', [claim]), cluster('k2', [denial]), cluster('k3', [same, other])];

  const findings = compareClusters(clusters, [claim, denial, same, other]);

  it('links a pointing rejection to the claim before it', () => {
    const contested = findings.find((f) => f.kind === 'contested');
    expect(contested).toBeDefined();
    expect(contested!.evidence.map((e) => e.claimId)).toEqual(['p#1', 'p#2']);
    expect(contested!.severity).toBe('high');
  });

  it('marks a figure only one origin reports as single-source, high when disputed', () => {
    const single = findings.filter((f) => f.kind === 'single-source');
    expect(single).toHaveLength(1);
    expect(single[0].clusterId).toBe('k1');
    expect(single[0].severity).toBe('high');
  });

  it('reports no single-source findings when only one origin reports on the story', () => {
    const alone = compareClusters([cluster('k1', [claim]), cluster('k2', [denial])], [claim, denial]);
    expect(alone.filter((f) => f.kind === 'single-source')).toEqual([]);
    const unrelated = compareClusters([cluster('k1', [claim]), cluster('k2', [denial]), cluster('k4', [makeClaim('q', 1, 'Heavy rain fell.')])], [claim, denial]);
    expect(unrelated.filter((f) => f.kind === 'single-source')).toEqual([]);
  });

  it('numbers findings in reading order, the same for any cluster order', () => {
    const again = compareClusters([...clusters].reverse(), [other, same, denial, claim]);
    expect(again).toEqual(findings);
    expect(findings.map((f) => f.id)).toEqual(findings.map((_, i) => `finding-${i + 1}`));
  });
});
