import type { AttributionRule } from '../../src/claims/types';
import { DEFAULT_ATTRIBUTION_RULES } from '../../src/claims/attribution-rules';
import { findAttribution, hasSpeakerCue } from '../../src/claims/find-attribution';
import { tokenized } from '../../src/claims/tokenize';
import { cleanArticle } from '../../src/clean/clean-article';
import { splitSentences } from '../../src/sentences/split-sentences';
import { generateCorpus } from '../../bench/generate-corpus';

describe('findAttribution word cues', () => {
  test('default rules still find each kind of speaker', () => {
    expect(findAttribution('The mayor said the bridge would reopen.')?.rule).toBe('front-speaker');
    expect(findAttribution('The bridge will reopen, the mayor said.')?.rule).toBe('trailing-speaker');
    expect(findAttribution('The bridge will reopen, said the mayor.')?.rule).toBe('inverted-speaker');
    expect(findAttribution('According to the mayor, the bridge will reopen.')?.rule).toBe('according-to');
    expect(findAttribution('The paper quoted the mayor as saying the bridge will reopen.')?.rule).toBe('quoted-as-saying');
  });

  test('a clause with no reporting, quoting or "according" word has no speaker', () => {
    expect(findAttribution('The council met residents and agreed to delay the demolition.')).toBeNull();
  });

  test('custom rules are tried on every clause, cue words or not', () => {
    const always: AttributionRule = {
      name: 'always',
      match: (text) => ({ speaker: text.slice(0, 3), verb: 'say', span: { start: 0, end: 3 }, kind: 'front', rule: 'always' }),
    };
    expect(findAttribution('The council met residents.', { rules: [always] })?.rule).toBe('always');
    expect(findAttribution('The council met residents.', { rules: [...DEFAULT_ATTRIBUTION_RULES] })).toBeNull();
  });
});

describe('the cue pre-check is exact for the default rules', () => {
  it('no default rule matches a sentence without a cue word, over a generated feed', () => {
    const sentences = generateCorpus({ articles: 40, stories: 5, seed: 2 }).articles.flatMap((a) =>
      cleanArticle(a).blocks.flatMap((b) => splitSentences(b.text).map((s) => s.text)),
    );
    let withoutCue = 0;
    for (const text of sentences) {
      const tt = tokenized(text);
      if (hasSpeakerCue(tt)) continue;
      withoutCue += 1;
      // The rules run directly, past the pre-check: none may find a speaker here.
      for (const rule of DEFAULT_ATTRIBUTION_RULES) expect(rule.match(text, tt.tokens, tt.guarded())).toBeNull();
    }
    expect(withoutCue).toBeGreaterThan(100);
  });
});
