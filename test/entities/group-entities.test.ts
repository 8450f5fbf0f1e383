import { groupEntities } from '../../src/entities/group-entities';
import type { EntityNameInput } from '../../src/entities/types';
import type { EntityKind } from '../../src/types';

const mention = (name: string, kind: EntityKind, articleId: string): EntityNameInput => ({ name, kind, articleId });

const MENTIONS: EntityNameInput[] = [
  mention('Leila Mottaki', 'person', 'a'),
  mention('Leila Muttaqi', 'person', 'b'),
  mention('Leila Muttaqi', 'person', 'c'),
  mention('Muttaqi', 'person', 'c'),
  mention('Omar Farouk Haddad', 'person', 'a'),
  mention('Farouk Haddad', 'person', 'b'),
  mention('Haddad', 'person', 'b'),
  mention('Nadia Khan', 'person', 'a'),
  mention('Tariq Khan', 'person', 'b'),
  mention('Khan', 'person', 'c'),
  mention('Caspian Shipping Agency', 'organization', 'a'),
  mention('CSA', 'organization', 'b'),
  mention('Sara-e-Kohna', 'place', 'a'),
  mention('Sarat-i-Kohna', 'place', 'b'),
  mention('Iran', 'place', 'a'),
  mention('Iraq', 'place', 'b'),
  mention('Kabul', 'place', 'a'),
  mention('Kabulov', 'person', 'b'),
];

/** Deterministic shuffle (a fixed LCG) so the test needs no randomness. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('groupEntities', () => {
  const grouping = groupEntities(MENTIONS);
  const entityOf = (name: string) => grouping.entities.find((e) => e.id === grouping.idByName[name]);

  it('groups spelling variants and picks the most frequent full form', () => {
    expect(entityOf('Leila Mottaki')).toEqual({
      id: 'ent-leila-muttaqi',
      name: 'Leila Muttaqi',
      variants: ['Leila Mottaki', 'Leila Muttaqi', 'Muttaqi'],
    });
  });

  it('joins short forms to the one full name they fit', () => {
    const haddad = entityOf('Haddad');
    expect(haddad?.name).toBe('Omar Farouk Haddad');
    expect(haddad?.variants).toEqual(['Farouk Haddad', 'Haddad', 'Omar Farouk Haddad']);
  });

  it('leaves an ambiguous surname alone', () => {
    expect(entityOf('Khan')?.variants).toEqual(['Khan']);
    expect(grouping.idByName['Nadia Khan']).not.toBe(grouping.idByName['Tariq Khan']);
  });

  it('joins an acronym to the name it abbreviates', () => {
    expect(grouping.idByName.CSA).toBe(grouping.idByName['Caspian Shipping Agency']);
  });

  it('groups hyphenation and linking-vowel variants of place names', () => {
    expect(grouping.idByName['Sara-e-Kohna']).toBe(grouping.idByName['Sarat-i-Kohna']);
  });

  it('reads a company with or without its legal form as one', () => {
    const companies = groupEntities([
      mention('Korvane AG', 'organization', 'a'),
      mention('Korvane', 'organization', 'b'),
      mention('Harlow Dynamics plc', 'organization', 'a'),
      mention('Harlow Dynamics', 'organization', 'b'),
      mention('Belmont Ltd', 'organization', 'c'),
      mention('Belmont Shipping', 'organization', 'c'),
    ]);
    expect(companies.idByName.Korvane).toBe(companies.idByName['Korvane AG']);
    expect(companies.idByName['Harlow Dynamics']).toBe(companies.idByName['Harlow Dynamics plc']);
    // Another word in its place is another company.
    expect(companies.idByName['Belmont Shipping']).not.toBe(companies.idByName['Belmont Ltd']);
  });

  it('keeps look-alikes apart', () => {
    expect(grouping.idByName.Iran).not.toBe(grouping.idByName.Iraq);
    expect(grouping.idByName.Kabul).not.toBe(grouping.idByName.Kabulov);
  });

  it('maps every name to an entity and sorts entities and variants', () => {
    const ids = grouping.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MENTIONS) expect(ids).toContain(grouping.idByName[m.name]);
    for (const e of grouping.entities) expect(e.variants).toEqual([...e.variants].sort());
  });

  it('gives the same result for any order of the input', () => {
    const expected = JSON.stringify(grouping);
    for (let seed = 1; seed <= 25; seed += 1) {
      expect(JSON.stringify(groupEntities(shuffled(MENTIONS, seed)))).toBe(expected);
    }
    expect(JSON.stringify(groupEntities([...MENTIONS].reverse()))).toBe(expected);
  });

  it('does not mutate its input', () => {
    const copy = JSON.parse(JSON.stringify(MENTIONS));
    groupEntities(MENTIONS);
    expect(MENTIONS).toEqual(copy);
  });

  it('tolerates empty and malformed input', () => {
    expect(groupEntities([])).toEqual({ entities: [], idByName: {} });
    const odd = groupEntities([
      mention('', 'other', 'a'),
      mention('__proto__', 'other', 'a'),
      mention('🙂', 'other', 'b'),
      null as unknown as EntityNameInput,
    ]);
    expect(odd.entities).toHaveLength(2);
    expect(odd.idByName['__proto__']).toBe('ent-proto');
    expect(odd.idByName['🙂']).toMatch(/^ent-[0-9a-f]{8}$/);
  });
});

describe('groupEntities and a consonant dropped from a cluster', () => {
  it('groups a surname missing the middle of three consonants with the full spelling', () => {
    const { entities } = groupEntities([
      mention('Tomas Falkstrand', 'person', 'a1'),
      mention('Tomas Falktrand', 'person', 'a2'),
      mention('Tomas Falkstand', 'person', 'a3'),
    ]);
    const variantsOf = (name: string) => [...entities.find((e) => e.variants.includes(name))!.variants].sort();
    expect(variantsOf('Tomas Falkstrand')).toEqual(['Tomas Falkstrand', 'Tomas Falktrand']);
    expect(variantsOf('Tomas Falkstand')).toEqual(['Tomas Falkstand']);
  });
});
