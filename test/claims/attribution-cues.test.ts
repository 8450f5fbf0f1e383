import type { AttributionRule } from '../../src/claims/types';
import { DEFAULT_ATTRIBUTION_RULES } from '../../src/claims/attribution-rules';
import { findAttribution } from '../../src/claims/find-attribution';

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
