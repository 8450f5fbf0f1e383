import { extractClaims } from '../../src/claims';
import { isRejection } from '../../src/claims/is-rejection';
import { pointsBack } from '../../src/compare/contested';
import { disputed } from '../helpers/disputed';

const claimsOf = (text: string) => extractClaims({ text, span: { start: 0, end: text.length } } as never).claims.map((c) => c.text);

describe('an appositive verdict (", a claim the ministry has rejected")', () => {
  it('is cut off from the claim it names, and only when it rejects', () => {
    expect(claimsOf('Dock workers say they warned the port about the crane in May, a claim the harbour board has rejected.')).toEqual([
      'Dock workers say they warned the port about the crane in May',
      'a claim the harbour board has rejected.',
    ]);
    expect(claimsOf('The mayor toured the dock, a visit the board described as useful.')).toEqual(['The mayor toured the dock, a visit the board described as useful.']);
  });

  it('is a rejection that points back, when a statement is named before its verb', () => {
    expect(isRejection('a claim the harbour board has rejected.')).toBe(true);
    expect(isRejection('a figure the company disputes.')).toBe(true);
    expect(isRejection('a plan the union rejected.')).toBe(false);
    expect(pointsBack('a claim the harbour board has rejected.')).toBe(true);
  });

  it('disputes the claim it follows', () => {
    const text = 'The crane at berth four collapsed on Monday. Dock workers say they warned the port about cracks in the crane in May, a claim the harbour board has rejected.';
    expect(disputed([{ id: 'a', source: 'Coast Post', text }])).toEqual([
      ['Dock workers say they warned the port about cracks in the crane in May', 'a claim the harbour board has rejected.'],
    ]);
  });
});

describe('a rejection of someone\'s claim', () => {
  it('points back through a possessive ("the contractor\'s claim", "their account")', () => {
    expect(pointsBack('The drivers\' union rejected the contractor\'s claim.')).toBe(true);
    expect(pointsBack('Officials dismissed their account.')).toBe(true);
  });

  it('does not point back when a that-clause says what the claim was', () => {
    expect(pointsBack('The union rejected the ministry\'s statement that pay had risen.')).toBe(false);
    expect(pointsBack('The board dismissed the allegations that it ignored warnings.')).toBe(false);
  });
});

describe('a rejection of what someone said ("rejected the allegation")', () => {
  it('answers the nearest claim with a speaker before a nearer narrated one', () => {
    const text = [
      'According to the charge sheet, detectives say the forklift driver took €20,000 to move the crates.',
      'In searches of two flats, officers also found €400,000 in cash.',
      'His lawyer, Ana Brel, rejected the allegation.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Coast Post', text }])).toEqual([
      ['According to the charge sheet, detectives say the forklift driver took €20,000 to move the crates.', 'His lawyer, Ana Brel, rejected the allegation.'],
    ]);
  });
});

describe('a bare rejection followed by its substance', () => {
  const text = [
    'On Monday the gang posted samples online and said it had copied the records of every client of the Orrin water board.',
    'Chief executive Mara Tell rejected that claim.',
    '"We have no sign that the full client database was taken. What we see points to a far smaller set," she said.',
  ].join(' ');

  it('cites the quote after the pointer as a second rejection of the claim', () => {
    expect(disputed([{ id: 'a', source: 'Coast Post', text }])).toEqual([[
      'said it had copied the records of every client of the Orrin water board.',
      'Chief executive Mara Tell rejected that claim.',
      'said it had copied the records of every client of the Orrin water board.',
      '"We have no sign that the full client database was taken.',
    ]]);
  });

  it('cites the pointer alone when no quote follows it', () => {
    const plain = text.replace(/ "We have[^]*$/, ' The board met on Tuesday.');
    expect(disputed([{ id: 'a', source: 'Coast Post', text: plain }])).toEqual([[
      'said it had copied the records of every client of the Orrin water board.',
      'Chief executive Mara Tell rejected that claim.',
    ]]);
  });
});

describe('what a pointer to a claim answers', () => {
  it('takes a claim opening with "said" (its speaker in the clause before), not a lifted relative clause', () => {
    const text = [
      'Mara Tell said the board, which is owned by the city, would not pay.',
      'On Monday the gang posted samples online and said it had copied the records of every client.',
      'Tell rejected that claim.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Coast Post', text }])).toEqual([
      ['said it had copied the records of every client.', 'Tell rejected that claim.'],
    ]);
  });
});

describe('a rejection of "any such request" ("such" points back)', () => {
  it('points back through "any such", "no such" and "such a"', () => {
    expect(pointsBack('The council denied receiving any such request.')).toBe(true);
    expect(pointsBack('The ministry said it had seen no such letter.')).toBe(true);
    expect(pointsBack('The board denied making such a promise.')).toBe(true);
    expect(pointsBack('The board denied that its crane had failed.')).toBe(false);
  });

  it('disputes the claim just before it', () => {
    const text = [
      'The ferry operator said it had asked the harbour authority on Friday to close the channel to small boats.',
      'The harbour authority denied receiving any such request.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Coast Post', text }])).toEqual([
      ['The ferry operator said it had asked the harbour authority on Friday to close the channel to small boats.', 'The harbour authority denied receiving any such request.'],
    ]);
  });
});

describe('a pronoun declared false ("says that never happened")', () => {
  it('is a rejection, not an expletive "it" nor a deed judged wrong', () => {
    expect(isRejection('The harbour authority says that never happened.')).toBe(true);
    expect(isRejection('"That is simply not true," the mayor said.')).toBe(true);
    expect(isRejection('The company said it did not happen.')).toBe(true);
    expect(isRejection('The company said that it had never happened.')).toBe(true);
    expect(isRejection('The mayor said it was not true that the pier had closed.')).toBe(false);
    expect(isRejection('The mayor said that was wrong.')).toBe(false);
    expect(isRejection('He recalled the bridge that never happened.')).toBe(false);
  });

  it('disputes the claim just before it', () => {
    const text = [
      'The ferry operator told us it had asked the harbour authority on Friday to close the channel to small boats.',
      'The harbour authority says that never happened.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Coast Post', text }])).toEqual([
      ['The ferry operator told us it had asked the harbour authority on Friday to close the channel to small boats.', 'The harbour authority says that never happened.'],
    ]);
  });
});
