import { crossReference } from '../../src';
import { isPartitive, isPartitiveWhole } from '../../src/compare/partitive';
import { analyzeArticle } from '../../src/pipeline/analyze-article';

/** Each figure of a text: [text, part of a group, whole after a part]. */
function roles(text: string) {
  const { claims } = analyzeArticle({ id: 'a', text });
  return claims.flatMap((c) => c.quantities.map((q) => [q.text, isPartitive(c, q), isPartitiveWhole(c, q)]));
}

describe('a part given with its whole ("six of its seven clinics")', () => {
  it('reads the part as the fact and the whole as the group it is taken from, in words or digits', () => {
    expect(roles('The attack knocked out six of its seven clinics on Sunday.')).toEqual([['six', false, false], ['seven', false, true]]);
    expect(roles('The attack shut down 5 of the trust\'s 7 clinics on Sunday.')).toEqual([['5', false, false], ['7', false, true]]);
    expect(roles('Unity won 31 of the 50 seats. Officials said 12 of the candidates withdrew.')).toEqual([['31', false, false], ['50', false, true], ['12', true, false]]);
  });

  it('reads "out of" as "of" ("five out of six clinics"), but not a rate ("four out of every ten")', () => {
    expect(roles('The attack knocked out five out of six clinics on Sunday.')).toEqual([['five', false, false], ['six', false, true]]);
    expect(roles('The attack shut down 5 out of the trust\'s 7 clinics on Sunday.')).toEqual([['5', false, false], ['7', false, true]]);
    expect(roles('Four out of every ten voters backed the plan.')).toEqual([['Four', false, false], ['ten', false, false]]);
  });

  it('sets a plain count against the part, never against the whole', () => {
    const story = [
      { id: 'valley', source: 'Valley Post', text: 'Hackers knocked out computers at six of its seven clinics on Sunday, the Redwater Health Trust said on Monday.' },
      { id: 'radio', source: 'Radio Redwater', text: 'Six clinics run by the Redwater Health Trust have worked on paper since hackers knocked out their computers on Sunday, the trust said.' },
      { id: 'wire', source: 'Northern Wire', text: 'Hackers knocked out computers at five of the trust\'s seven clinics on Sunday, the Redwater Health Trust said on Monday.' },
    ];
    const conflicts = crossReference(story).findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflicts.map((f) => [...new Set(f.evidence.map((e) => e.value))].sort())).toEqual([[5, 6]]);
  });
});

describe('a length given for a section in one outlet and for the thing in another', () => {
  it('is one fact: "a 45-metre section of the pier" against "about 60 metres of the pier deck"', () => {
    const story = [
      { id: 'coast', source: 'Coast Post', text: 'A 45-metre section of the Marlow pier collapsed into the sea during Sunday\'s storm, the harbour master said.' },
      { id: 'radio', source: 'Radio Marlow', text: 'About 60 metres of the Marlow pier deck fell into the sea during the storm on Sunday, the harbour master said.' },
    ];
    const conflicts = crossReference(story).findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflicts.map((f) => f.evidence.map((e) => e.text))).toEqual([['45-metre', 'About 60 metres']]);
  });
});
