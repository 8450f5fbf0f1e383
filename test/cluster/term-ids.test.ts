import { TermInterning, dfWeightedIds } from '../../src/cluster/term-ids';
import { dfWeight } from '../../src/cluster/term-weights';

describe('TermInterning', () => {
  const first = [['fled', 'river'], ['fled', 'soldier']];
  const later = [['river', 's:soldier'], ['border']];

  it('keeps the ids of lists already added when more lists join, and counts grow', () => {
    const interning = new TermInterning();
    const before = interning.add(first).map((ids) => [...ids]);
    const countsBefore = [...interning.countList()];
    interning.add(later);
    expect(interning.ids.slice(0, first.length).map((ids) => [...ids])).toEqual(before);
    expect(countsBefore).toEqual([2, 1, 1]);
    expect([...interning.countList()]).toEqual([2, 2, 1, 1, 1]);
  });

  it('weighs as one interning of every list in the order added', () => {
    const interning = new TermInterning();
    interning.add(first);
    const clustering = interning.dfWeighted();
    interning.add(later);
    const whole = dfWeightedIds([...first, ...later]);
    expect(interning.dfWeighted()).toEqual(whole);
    // Weights handed out earlier stay those of the lists of then.
    expect([...clustering.weights]).toEqual([dfWeight(2), dfWeight(1), dfWeight(1)]);
  });

  it('gives each list its own ids, of its own length, empty lists too', () => {
    const lists = [['a', 'b'], [], ['b', 'c', 'd'], ['a']];
    const ids = new TermInterning().add(lists);
    expect(ids.map((list) => [...list])).toEqual([[0, 1], [], [1, 2, 3], [0]]);
    ids[0][1] = 9; // lists share one buffer: a write to one must not show in the next
    expect([...ids[2]]).toEqual([1, 2, 3]);
  });
});
