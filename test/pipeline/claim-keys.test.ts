import { analyzeArticle } from '../../src/pipeline/analyze-article';
import { prepareCombine } from '../../src/pipeline/combine-analyses';

// Claims are built as literals with their keys named (not spread), so their key order is pinned here.
const TEXT = [
  'The envoy, who arrived on Tuesday with 40 aides, met Foreign Minister Lena Brandt.',
  'Lena Brandt said the talks would resume in March.',
  'The talks lasted three hours.',
].join('\n\n');
const DRAFT_KEYS = ['negated', 'hedges', 'quoted', 'rejects'];
const CLAIM_KEYS = ['id', 'articleId', 'quantities', 'mentions'];

describe('claim keys', () => {
  const analysis = analyzeArticle({ id: 'desk', text: TEXT, publishedAt: '2024-05-02' });
  const byText = (start: string) => analysis.claims.find((c) => c.text.startsWith(start))!;

  it('keeps the draft keys, then the claim keys, with no key for an absent field', () => {
    expect(Object.keys(byText('The talks'))).toEqual(['text', 'span', ...DRAFT_KEYS, ...CLAIM_KEYS, 'entities']);
    expect(Object.keys(byText('Lena Brandt said'))).toEqual(['text', 'span', 'attribution', ...DRAFT_KEYS, ...CLAIM_KEYS, 'entities']);
    expect(Object.keys(byText('The envoy'))).toEqual(['text', 'span', 'parts', ...DRAFT_KEYS, ...CLAIM_KEYS, 'entities']);
    expect(Object.keys(byText('who arrived'))).toEqual(['text', 'span', 'antecedent', ...DRAFT_KEYS, ...CLAIM_KEYS, 'antecedentMentions', 'entities']);
  });

  it('keeps them in the same order once entity ids are given, without changing the analysis', () => {
    const before = JSON.stringify(analysis);
    const prepared = prepareCombine([analysis]);
    expect(prepared.claims.map((c) => Object.keys(c))).toEqual(analysis.claims.map((c) => Object.keys(c)));
    expect(prepared.claims.map((c) => ({ ...c, entities: [] }))).toEqual(analysis.claims);
    expect(byText('Lena Brandt said').entities).toEqual([]);
    expect(prepared.claims.find((c) => c.text.startsWith('Lena Brandt said'))!.entities).toEqual(['ent-lena-brandt']);
    expect(JSON.stringify(analysis)).toBe(before);
  });
});
