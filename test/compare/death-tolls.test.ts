import { crossReference } from '../../src';
import { isPartitive } from '../../src/compare/partitive';
import { analyzeArticle } from '../../src/pipeline/analyze-article';

/** Two outlets on one fire; `b` words the death toll its own way. */
function fire(a: string, b: string) {
  return crossReference([
    { id: 'harbour-news', source: 'Harbour News', text: `A fire tore through a paint warehouse in Velmora on Monday night. ${a} The regional fire service said the blaze started in a loading bay.` },
    { id: 'coast-daily', source: 'Coast Daily', text: `Fire gutted a paint warehouse in Velmora late on Monday. ${b} Firefighters from three towns fought the flames until dawn.` },
  ]);
}

const conflicts = (r: ReturnType<typeof crossReference>) =>
  r.findings.filter((f) => f.kind === 'numeric-conflict').map((f) => f.evidence.map((e) => [e.articleId, e.value]));

describe('death tolls written head first', () => {
  it('sets "the death toll rose to N" against "the number of dead stood at M"', () => {
    const r = fire('The death toll rose to 48, the regional fire service said.', 'The number of dead stood at 29, the regional fire service said.');
    expect(conflicts(r)).toEqual([[['coast-daily', 29], ['harbour-news', 48]]]);
  });

  it('sets a bare "N were injured" against "the injury toll stood at M", and never against the dead', () => {
    const r = fire('Nine died and more than 60 were injured, the regional fire service said.', 'The injury toll stood at 25, the regional fire service said.');
    expect(conflicts(r)).toEqual([[['coast-daily', 25], ['harbour-news', 60]]]);
  });

  it('agrees when both give the same toll', () => {
    const r = fire('The death toll rose to 48, the regional fire service said.', 'The number of dead stood at 48, the regional fire service said.');
    expect(conflicts(r)).toEqual([]);
  });
});

describe('a count of part of the dead ("14 of the dead were firefighters")', () => {
  it('is never set against the toll, and stands alone when no other outlet gives it', () => {
    const r = fire('Officials said 14 of the dead were firefighters from the Velmora station.', 'Officials said the fire killed 27 people.');
    expect(conflicts(r)).toEqual([]);
    const single = r.findings.filter((f) => f.kind === 'single-source').flatMap((f) => f.evidence.map((e) => e.text));
    expect(single).toContain('14');
  });

  it('is set against another outlet\'s count of the same part', () => {
    const r = fire('Officials said 14 of the dead were firefighters.', 'Officials said nine of the dead were firefighters.');
    expect(conflicts(r)).toEqual([[['coast-daily', 9], ['harbour-news', 14]]]);
  });

  it('is not how a share or "31 of the 50" is read', () => {
    const { claims } = analyzeArticle({ id: 'a', text: 'Unity won 31 of the 50 seats as 54% of the voters turned out. Officials said 12 of the candidates withdrew.' });
    const read = claims.flatMap((c) => c.quantities.map((q) => [q.text, isPartitive(c, q)]));
    expect(read).toEqual([['31', false], ['50', false], ['54%', false], ['12', true]]);
  });
});
