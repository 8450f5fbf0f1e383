import { crossReference } from '../../src';

/** Two outlets on one capsizing; each sentence is one outlet's account. */
function capsizing(a: string, b: string) {
  return crossReference([
    { id: 'harbour-news', source: 'Harbour News', text: `A fishing boat carrying migrants overturned off Cape Velmor on Sunday. ${a} The coastguard said the search would go on overnight.` },
    { id: 'coast-daily', source: 'Coast Daily', text: `A migrant boat overturned near Cape Velmor on Sunday. ${b} Relatives gathered at the harbour in Velmor.` },
  ]);
}

const conflicts = (r: ReturnType<typeof crossReference>) =>
  r.findings.filter((f) => f.kind === 'numeric-conflict').map((f) => f.evidence.map((e) => [e.articleId, e.value]));

describe('the missing and the survivors are their own counts', () => {
  it('never sets survivors against the dead', () => {
    const r = capsizing('The coastguard said 12 people survived the capsizing.', 'The coastguard said nine people died in the capsizing.');
    expect(conflicts(r)).toEqual([]);
  });

  it('sets the missing against the missing, not against the dead', () => {
    const r = capsizing('Nine people died and eight were missing, the coastguard said.', 'At least 22 people were still missing, the coastguard said.');
    expect(conflicts(r)).toEqual([[['coast-daily', 22], ['harbour-news', 8]]]);
  });
});
