import { subjectsCompatible } from '../../src/quantities';

describe('subjectsCompatible', () => {
  it.each([
    [undefined, undefined, true],
    ['soldier', 'soldier', true],
    ['civilian+soldier', 'soldier', true],
    ['soldier', 'civilian+soldier', true],
    ['person', 'refugee', true],
    ['casualty', 'death', true],
    ['soldier', undefined, true],
    ['soldier', 'fighter', false],
    ['refugee', 'prisoner', false],
    ['border', 'soldier', false],
    ['civilian+refugee', 'fighter+soldier', false],
    ['death', 'injury', false],
    ['house', 'home', true],
    ['vessel', 'boat', true],
    ['highway', 'road', true],
    ['home', 'road', false],
    // A state with its noun left out ("19 trapped") may be any people.
    ['trapped', 'miner', true],
    ['missing', 'fisherman', true],
    ['trapped', 'border', false],
    ['trapped', 'missing', false],
  ] as const)('%s vs %s -> %s', (a, b, expected) => {
    expect(subjectsCompatible(a, b)).toBe(expected);
  });
});

describe('a piece of something as the subject', () => {
  it('is compatible with any subject: "a 45-metre section" may be of the deck, the wall or the pier', () => {
    expect(subjectsCompatible('section', 'deck')).toBe(true);
    expect(subjectsCompatible('wall', 'stretch')).toBe(true);
    expect(subjectsCompatible('deck', 'wall')).toBe(false);
  });
});

describe('a compound and its head', () => {
  it('is compatible when the compound ends in the head: a seabird is a bird, a warship a ship', () => {
    expect(subjectsCompatible('seabird', 'bird')).toBe(true);
    expect(subjectsCompatible('ship', 'warship')).toBe(true);
    // Too short a head, or no head at all, is no match.
    expect(subjectsCompatible('grandson', 'son')).toBe(false);
    expect(subjectsCompatible('seabird', 'seal')).toBe(false);
  });
});
