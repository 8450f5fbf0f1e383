import { findRelativeAsides } from '../../src/claims/relative-asides';
import { findAntecedent } from '../../src/claims/find-antecedent';
import { guardTokens } from '../../src/claims/guarded-regions';
import { tokenize } from '../../src/claims/tokenize';

/** The lifted clauses of a sentence, with their antecedents, as text. */
function asides(text: string): [string, string | null][] {
  const tokens = tokenize(text);
  return findRelativeAsides(tokens, guardTokens(text, tokens, { dashes: false })).map((a) => [
    text.slice(a.clause.start, a.clause.end),
    a.antecedent ? text.slice(a.antecedent.start, a.antecedent.end) : null,
  ]);
}

describe('findRelativeAsides', () => {
  it('lifts who/which/whose/where clauses closed by a comma', () => {
    expect(asides('The pier, which opened in 1910, was shut.')).toEqual([['which opened in 1910', 'The pier']]);
    expect(asides('The judge, who took office on Friday, ruled.')).toEqual([['who took office on Friday', 'The judge']]);
    expect(asides('The owner, whose son manages the farm, sold it.')).toEqual([['whose son manages the farm', 'The owner']]);
    expect(asides('The town, where 900 people work, flooded.')).toEqual([['where 900 people work', 'The town']]);
  });

  it('lifts a clause closed by a dash pair', () => {
    expect(asides('The dam — which feeds three towns — cracked.')).toEqual([['which feeds three towns', 'The dam']]);
  });

  it('lifts a clause with a name or an unknown verb in its verb slot', () => {
    expect(asides('The panel, which includes Omar Diaz, met.')).toEqual([['which includes Omar Diaz', 'The panel']]);
    expect(asides('The talks stalled, which worried traders, and prices fell.')).toEqual([['which worried traders', null]]);
  });

  it('keeps a clause without a fact of its own', () => {
    expect(asides('The mayor, who is popular, resigned.')).toEqual([]);
    expect(asides('The firm, which was not ready, closed.')).toEqual([]);
  });

  it('never touches restrictive clauses, quotes, brackets, or clauses left open', () => {
    expect(asides('The troops who crossed the river were caught.')).toEqual([]);
    expect(asides('"The pier, which opened in 1910, is ours," she said.')).toEqual([]);
    expect(asides('The envoy met the chief (who took office in May, they said) on Monday.')).toEqual([]);
    expect(asides('The envoy met Roe, who leads the front.')).toEqual([]);
    expect(asides('The mayor, who won in 2019; the rest lost.')).toEqual([]);
  });

  it('stays linear on long runs of commas and pronouns', () => {
    const text = `${'The x, who y, '.repeat(5000)}left.`;
    expect(asides(text).length).toBe(0);
  });
});

describe('findAntecedent', () => {
  const at = (text: string) => {
    const tokens = tokenize(text);
    const open = tokens.findIndex((t) => t.text === ',' || t.text === '—');
    const span = findAntecedent(tokens, open);
    return span ? text.slice(span.start, span.end) : null;
  };

  it('takes the noun phrase before the opening mark', () => {
    expect(at('The head of the port authority, who ...')).toBe('The head of the port authority');
    expect(at('Officials met Jane Roe, who ...')).toBe('Jane Roe');
    expect(at('They flew to Kabul, where ...')).toBe('Kabul');
  });

  it('finds none after a verb: the clause is about the whole statement', () => {
    expect(at('The talks collapsed, which ...')).toBeNull();
  });
});

describe('findRelativeAsides: where the clause closes', () => {
  it('does not take an apposition comma inside the clause for its close', () => {
    expect(asides('The minister led a team, which met Ana Ruiz, head of the union, and Tom Hale.')).toEqual([]);
  });

  it('accepts a close followed by a verb, a preposition, a time word or a speaker', () => {
    expect(asides('The crew, who left at dawn, reached the pass.')).toEqual([['who left at dawn', 'The crew']]);
    expect(asides('Rebels took the town of Arvel, which borders the lake, overnight.')).toEqual([['which borders the lake', 'the town of Arvel']]);
    expect(asides('Police held the driver, who had fled the scene, near the pier.')).toEqual([['who had fled the scene', 'the driver']]);
  });
});
