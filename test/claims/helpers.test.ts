import { findAttribution, findHedges, findSplits, hasDirectQuote, isNegated, isRejection, REPORTING_VERBS } from '../../src/claims';

describe('findAttribution', () => {
  test('returns the speaker span shifted by offset, and the rule name', () => {
    const text = 'Rail unions said the strike would end.';
    const m = findAttribution(text, { offset: 100 });
    expect(m).toMatchObject({ speaker: 'Rail unions', verb: 'say', kind: 'front', rule: 'front-speaker' });
    expect(m?.span).toEqual({ start: 100, end: 111 });
  });

  test('finds inverted speakers', () => {
    expect(findAttribution('"It is over," said the referee.')).toMatchObject({ speaker: 'the referee', kind: 'inverted' });
  });

  test('ignores verbs like announce without a that-clause', () => {
    expect(findAttribution('The council announced a new budget.')).toBeNull();
  });

  test('returns null for an unattributed statement and for odd input', () => {
    expect(findAttribution('The bridge reopened on Friday.')).toBeNull();
    expect(findAttribution('')).toBeNull();
    expect(findAttribution(undefined as unknown as string)).toBeNull();
  });

  test('exports reporting verb lists', () => {
    expect(REPORTING_VERBS.say).toContain('said');
  });
});

describe('findSplits', () => {
  test('names the rule and the joiner', () => {
    const points = findSplits('The mill closed, and the workers left town.', { offset: 10 });
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ rule: 'conjunction-clause', joinerText: ', and ', joiner: { start: 25, end: 31 } });
  });

  test('cuts a sentence-final relative clause at its comma, and only there', () => {
    const points = findSplits('The envoy met Jane Roe, who leads the opposition front.');
    expect(points).toEqual([expect.objectContaining({ rule: 'relative-clause', joinerText: ', ', sharedSubject: false })]);
    // No finite verb, no verb on the left, or a verbless aside: no cut.
    expect(findSplits('The envoy met Jane Roe, who by then the favourite.')).toEqual([]);
    expect(findSplits('Jane Roe, who leads the opposition front.')).toEqual([]);
    expect(findSplits('The envoy met Jane Roe, who, like him, studied law.')).toEqual([]);
  });

  test('does not split inside parentheses or dash asides', () => {
    expect(findSplits('The pact (which Peru signed and Chile ratified) took effect.')).toEqual([]);
    expect(findSplits('The pact — and there were several — took effect.')).toEqual([]);
  });
});

describe('isNegated', () => {
  test.each([
    ['The mine did not reopen.', true],
    ['Neither side commented.', true],
    ['The ferry never sailed.', true],
    ['Not only the port but also the airport closed.', false],
    ['No. 4 reactor was restarted.', false],
    ['The mine reopened.', false],
  ])('%s -> %s', (text, want) => {
    expect(isNegated(text)).toBe(want);
  });
});

describe('findHedges', () => {
  test('lower case, in order, unique', () => {
    expect(findHedges('Troops Possibly crossed, and possibly returned; they might stay.')).toEqual(['possibly', 'might']);
  });
  test('phrases with a be-form', () => {
    expect(findHedges('The ships were said to be unarmed.')).toEqual(['were said to']);
  });
  test('nothing to find', () => {
    expect(findHedges('The ships were unarmed.')).toEqual([]);
  });
});

describe('isRejection', () => {
  test.each([
    ['The ministry disputed the figures.', true],
    ['Residents rejected calls for a curfew.', false],
    ['The account was dismissed by the army.', true],
    ['Lawyers denied it.', true],
    ['The visitors were denied access.', false],
    // A rejection word used as a noun rejects nothing, whatever follows it.
    ['The row reopened a long-running dispute in Kestle about funding as well as oversight.', false],
    ['The dispute over the flood figures went on for weeks.', false],
    ['An ongoing challenge to the census report was heard.', false],
    ['It opened a familiar dispute about funding as well as oversight.', false],
    ['A ministry disputes the flood figures.', true],
    ['The ministries dispute the flood figures.', true],
    ['A report that disputes the official figures was published.', true],
  ])('%s -> %s', (text, want) => {
    expect(isRejection(text)).toBe(want);
  });
});

describe('hasDirectQuote', () => {
  test('double quotes of any style count, apostrophes do not', () => {
    expect(hasDirectQuote('He called it «absurd».')).toBe(true);
    expect(hasDirectQuote('The mayor’s office agreed.')).toBe(false);
  });
});
