import type { ClaimDraft, EntityMention, Quantity } from '../../src/types';
import { buildClaim } from '../../src/pipeline/build-claim';

const span = { start: 0, end: 10 };
const flags = { negated: false, hedges: ['may'], quoted: true, rejects: false };
const mention: EntityMention = { text: 'Ann Lee', span: { start: 0, end: 7 }, name: 'Ann Lee', kind: 'person' } as EntityMention;
const quantity = { value: 3 } as unknown as Quantity;

/** The claim as a spread of the draft makes it: what buildClaim must match, keys in the same order. */
function spreadClaim(draft: ClaimDraft, antecedentMentions: EntityMention[] | undefined, entities: string[]): object {
  return { ...draft, id: 'a#1', articleId: 'a', quantities: [quantity], mentions: [mention], ...(antecedentMentions && { antecedentMentions }), entities };
}

describe('buildClaim', () => {
  const parts = [{ start: 0, end: 3 }, { start: 6, end: 10 }];
  const antecedent = { text: 'Ann Lee', span: { start: 0, end: 7 } };
  const attribution = { speaker: 'police', verb: 'said', span: { start: 0, end: 2 } };
  const drafts: ClaimDraft[] = [
    { text: 'one piece', span, ...flags },
    { text: 'one piece', span, attribution, ...flags },
    { text: 'in parts', span, parts, ...flags },
    { text: 'in parts', span, parts, attribution, ...flags },
    { text: 'relative', span, antecedent, ...flags },
    { text: 'relative', span, antecedent, attribution, ...flags },
    { text: 'both', span, parts, antecedent, attribution, ...flags },
  ];
  it.each(drafts.map((d) => [d.text, d] as const))('gives a %s claim the keys and values of a spread, in its order', (_name, draft) => {
    for (const antecedentMentions of [undefined, [mention]]) {
      const built = buildClaim(draft, 'a#1', 'a', [quantity], [mention], antecedentMentions, ['e1']);
      const expected = spreadClaim(draft, antecedentMentions, ['e1']);
      expect(Object.keys(built)).toEqual(Object.keys(expected));
      expect(built).toEqual(expected);
    }
  });
});
