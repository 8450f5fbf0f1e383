/**
 * Invariants of the report, checked on generated articles: news-like sentences
 * with random names and figures, mixed with hostile characters and line breaks.
 */
import fc from 'fast-check';
import { crossReference, renderJson, validateReport } from '../../src/index';
import type { ArticleInput } from '../../src/index';
import { brokenSpans, overlappingClaims, uncoveredText } from '../helpers/invariants';

const name = fc.constantFrom('Amira Haddad', 'Amirah Hadad', 'Jonas Berg', 'Port Vell', 'the Delta Council', 'Kerov', 'Kirov');
const figure = fc.oneof(
  fc.integer({ min: 2, max: 2_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.constantFrom('several million', 'hundreds', 'two-thirds', 'a dozen', '85%', '3.5 percent', '1,357-kilometer'),
);
const qualifier = fc.constantFrom('', 'more than ', 'about ', 'nearly ', 'at least ', 'up to ');
const noun = fc.constantFrom('soldiers', 'troops', 'refugees', 'homes', 'km of road', 'prisoners', 'votes');
const verb = fc.constantFrom('fled', 'were counted', 'crossed the river', 'escaped', 'were lost');
const sentence = fc.oneof(
  fc.tuple(name, qualifier, figure, noun, verb).map(([n, q, f, o, v]) => `${n} said ${q}${f} ${o} ${v} on Monday.`),
  fc.tuple(qualifier, figure, noun, verb, name).map(([q, f, o, v, n]) => `${q}${f} ${o} ${v}, according to ${n}.`),
  fc.tuple(name, name).map(([a, b]) => `${a} met ${b} and agreed to talk again.`),
  fc.tuple(name).map(([a]) => `Officials rejected the claim by ${a}.`),
  fc.constantFrom('Read also: Ten things to know', 'Leave a reply', 'FILE - A boat at the pier.', 'Is it over?', 'GENEVA -- Talks resumed.'),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('\u0000', '\u200b', '😀', 'e\u0301', 'سلام', '<b>bold</b>', '....', '1,2,3,4,5', 'U.S.A.'),
);
const separator = fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\t');
const articleText = fc.array(fc.tuple(sentence, separator), { maxLength: 10 }).map((parts) => parts.map(([s, sep]) => s + sep).join(''));
const articles = fc
  .array(articleText, { minLength: 1, maxLength: 4 })
  .map((texts): ArticleInput[] => texts.map((text, i) => ({ id: `art-${i}`, text, publishedAt: '2024-03-0' + (i + 1) })));

const RUNS = { numRuns: 40, seed: 20261123 };

describe('report invariants on generated articles', () => {
  it('every span slices back to its text', () => {
    fc.assert(fc.property(articles, (arts) => brokenSpans(crossReference(arts), arts).length === 0), RUNS);
  });

  it('every character is in a claim, a skipped span or whitespace', () => {
    fc.assert(
      fc.property(articles, (arts) => {
        const report = crossReference(arts);
        return arts.every((a) => uncoveredText(report, a).length === 0);
      }),
      RUNS,
    );
  });

  it('claims never overlap except nested in the gaps of a claim with parts', () => {
    fc.assert(fc.property(articles, (arts) => overlappingClaims(crossReference(arts)).length === 0), RUNS);
  });

  it('the report is the same in any article order, and on every run', () => {
    fc.assert(
      fc.property(articles, (arts) => {
        const first = renderJson(crossReference(arts));
        return first === renderJson(crossReference([...arts].reverse())) && first === renderJson(crossReference(arts));
      }),
      RUNS,
    );
  });

  it('adding an unrelated article does not change the existing findings', () => {
    const unrelated: ArticleInput = {
      id: 'zz-unrelated',
      // No content word in common with the generated articles: "unrelated" means exactly that.
      text: 'The orchestra premiered a new symphony at the festival. About 1,200 listeners applauded the violinist, a critic wrote.',
    };
    const essence = (arts: ArticleInput[]) =>
      crossReference(arts)
        .findings.filter((f) => f.evidence.every((e) => e.articleId !== unrelated.id))
        .map((f) => `${f.kind}|${f.severity}|${f.evidence.map((e) => `${e.articleId}@${e.span.start}`).join(',')}`);
    fc.assert(
      fc.property(articles.filter((arts) => arts.length >= 2), (arts) => {
        expect(essence([...arts, unrelated])).toEqual(essence(arts));
      }),
      RUNS,
    );
  });

  it('the JSON output round-trips and validates against the contract', () => {
    fc.assert(fc.property(articles, (arts) => validateReport(JSON.parse(renderJson(crossReference(arts)))).length === 0), RUNS);
  });
});
