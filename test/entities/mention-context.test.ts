import { classifyKind, KIND_RULES, type KindContext } from '../../src/entities/classify-kind';
import { MentionContext } from '../../src/entities/mention-context';
import { describeTokens } from '../../src/entities/name-token';

describe('MentionContext', () => {
  it('reads the words around a mention as the kind rules expect them', () => {
    // Words: 0 the, 1 city, 2 of, 3 Herat, 4 said; "Iran's" closes its name, so no word after it counts.
    const tokens = describeTokens('the city of Herat said, Iran\u2019s envoy');
    const ctx = new MentionContext().at(tokens, 3, 3);
    expect([ctx.before, ctx.beforeTwo, ctx.after]).toEqual(['of', 'city', 'said']);
    expect([ctx.at(tokens, 0, 0).before, ctx.beforeTwo, ctx.after]).toEqual([undefined, undefined, 'city']);
    // "said" and "Iran's" are split by a comma; "Iran's" is possessive.
    expect([ctx.at(tokens, 5, 5).before, ctx.after]).toEqual([undefined, undefined]);
  });

  it('gets from every rule the answer a plain context with the same words gets', () => {
    const tokens = describeTokens('the city of Herat said');
    const ctx = new MentionContext().at(tokens, 3, 3);
    ctx.words = ['herat'];
    ctx.name = 'Herat';
    ctx.role = undefined;
    ctx.followedByRole = false;
    ctx.acronymOf = undefined;
    const plain: KindContext = { words: ['herat'], name: 'Herat', before: 'of', beforeTwo: 'city', after: 'said', followedByRole: false };
    for (const rule of KIND_RULES) expect([rule.name, rule.kind(ctx)]).toEqual([rule.name, rule.kind(plain)]);
    expect(classifyKind(ctx)).toBe('place');
  });
});
