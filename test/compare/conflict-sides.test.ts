import { crossReference } from '../../src/index';

describe('the sides of a numeric conflict', () => {
  it('names agreeing wordings on one side, against the figure that disagrees', () => {
    const articles = [
      { id: 'first', source: 'First Wire', text: 'About 1,200 troops pulled back from the Varnel ridge on Tuesday, the defence ministry said.' },
      { id: 'second', source: 'Second Herald', text: 'Some 1,250 troops pulled back from the Varnel ridge on Tuesday, the defence ministry said.' },
      { id: 'third', source: 'Third Radio', text: 'About 2,000 troops pulled back from the Varnel ridge on Tuesday, the defence ministry said.' },
    ];
    const [conflict] = crossReference(articles).findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflict.summary).toBe('Sources disagree on a figure for soldier (people): about 1,200 (first) and some 1,250 (second) vs about 2,000 (third)');
  });
});
