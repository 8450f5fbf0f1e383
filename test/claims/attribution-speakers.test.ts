import { findAttribution } from '../../src/claims/find-attribution';
import { extractClaims } from '../../src/claims/extract-claims';

/** Each claim of one sentence with its speaker ("-" for none). */
function speakers(text: string): [string, string][] {
  return extractClaims({ text, span: { start: 0, end: text.length } }).claims.map((c) => [c.text, c.attribution?.speaker ?? '-']);
}

describe('a subject carrying a restrictive relative clause', () => {
  it.each([
    ['A relief group whose boat saw the sinking near Corvo said on Monday that at least 40 people had been aboard.', 'A relief group whose boat saw the sinking near Corvo', 'say'],
    ['The union that represents the crews said in a statement on Monday that 300 members had voted.', 'The union that represents the crews', 'say'],
    ['Farmers who lost their herds told reporters on Tuesday that the water had come at night.', 'Farmers who lost their herds', 'tell'],
    ['The man who said he saw the crash told police that the car was red.', 'The man who said he saw the crash', 'tell'],
    ['Doctors who treated the wounded reported that 12 had died.', 'Doctors who treated the wounded', 'report'],
  ])('%p is said by its whole subject', (text, speaker, verb) => {
    const a = findAttribution(text);
    expect(a?.speaker).toBe(speaker);
    expect(a?.verb).toBe(verb);
    expect(text.slice(a!.span.start, a!.span.end)).toBe(speaker);
  });

  it.each([
    'Soldiers who denied the charges were freed.',
    'The agency that reported the leak is closed.',
    'The man who police said had fled was caught.',
  ])('%p reports no speech', (text) => {
    expect(findAttribution(text)).toBeNull();
  });
});

describe('the speaker of a trailing attribution after a coordinated clause', () => {
  it('is the role and name after the last comma, for both clauses', () => {
    expect(speakers('The flood destroyed 3,000 homes and damaged 52 clinics, ministry spokeswoman Ilse Varga told reporters.')).toEqual([
      ['The flood destroyed 3,000 homes', 'ministry spokeswoman Ilse Varga'],
      ['damaged 52 clinics, ministry spokeswoman Ilse Varga told reporters.', 'ministry spokeswoman Ilse Varga'],
    ]);
  });

  it('is the pronoun after the last comma', () => {
    expect(speakers('Divers reached the wreck and recovered seven bodies, she said.')).toEqual([
      ['Divers reached the wreck', 'she'],
      ['recovered seven bodies, she said.', 'she'],
    ]);
  });

  it('is not a noun phrase set off before it', () => {
    const a = findAttribution('At least 14 aftershocks were recorded, the largest of magnitude 5.2, the survey office said.');
    expect([a?.speaker, a?.verb, a?.kind]).toEqual(['the survey office', 'say', 'trailing']);
  });

  it('is never a participle phrase after it, whose noun ("the claims") is no verb', () => {
    const a = findAttribution('The army denied shelling the town, Marta Kowal said in a statement, calling the claims baseless.');
    expect([a?.speaker, a?.verb]).toEqual(['Marta Kowal', 'say']);
  });

  it('still reads "some" and "one" as speakers', () => {
    expect(findAttribution('Officials disagreed, some said.')?.speaker).toBe('some');
    expect(findAttribution('The talks failed, one diplomat said late on Sunday.')?.speaker).toBe('one diplomat');
  });
});

describe('front speakers with commas are kept whole', () => {
  it.each([
    ["Sam Okafor, the council's spokesman, said the dam was safe.", "Sam Okafor, the council's spokesman"],
    ['Britain, France and Germany said on Monday that talks would resume.', 'Britain, France and Germany'],
    ['On Tuesday, the ministry warned that prices would rise.', 'the ministry'],
  ])('%p', (text, speaker) => {
    const a = findAttribution(text);
    expect([a?.speaker, a?.kind]).toEqual([speaker, 'front']);
  });
});

describe('a reporting verb after an auxiliary', () => {
  it.each([
    ['The dockers\' union has claimed that the port operator planned the closure.', 'The dockers\' union', 'claim'],
    ['The governor had earlier told reporters that the bridge was safe.', 'The governor', 'tell'],
    ['Engineers have warned that the levee could fail.', 'Engineers', 'warn'],
  ])('%p is said by its subject', (text, speaker, verb) => {
    const a = findAttribution(text);
    expect(a?.speaker).toBe(speaker);
    expect(a?.verb).toBe(verb);
  });

  it('reports no speech of the subject\'s through "been"', () => {
    expect(findAttribution('The crew has been told that the ship will be sold.')).toBeNull();
  });
});
