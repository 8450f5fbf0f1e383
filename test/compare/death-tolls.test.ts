import { crossReference } from '../../src';

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
