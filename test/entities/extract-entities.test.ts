import { extractEntities } from '../../src/entities/extract-entities';
import type { EntityMention } from '../../src/types';

/** Every mention's span slices back to its text, and its name sits inside that text. */
function expectSpansHold(original: string, mentions: EntityMention[], offset = 0): void {
  for (const m of mentions) {
    expect(original.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(m.span.start).toBeGreaterThanOrEqual(offset);
    expect(m.text.endsWith(m.name)).toBe(true);
  }
}

const byName = (mentions: EntityMention[], name: string): EntityMention | undefined =>
  mentions.find((m) => m.name === name);

describe('extractEntities', () => {
  it('splits a capitalised title off the name and keeps it as role', () => {
    const text = 'Yesterday Foreign Minister Jane Roe flew to Lisbon.';
    const mentions = extractEntities(text);
    const roe = byName(mentions, 'Jane Roe');
    expect(roe).toMatchObject({ role: 'Foreign Minister', kind: 'person', text: 'Foreign Minister Jane Roe' });
    expectSpansHold(text, mentions);
  });

  it('reads an officer, a manager or an administrator as a title', () => {
    const text = 'The Lowveld District Health Officer Ruth Phiri and site manager Owen Banda spoke.';
    const mentions = extractEntities(text);
    expect(byName(mentions, 'Ruth Phiri')).toMatchObject({ role: 'District Health Officer', kind: 'person' });
    expect(byName(mentions, 'Owen Banda')).toMatchObject({ role: 'manager', kind: 'person' });
    expectSpansHold(text, mentions);
  });

  it('returns the organisation before a role as its own mention', () => {
    const text = 'The rebel spokesman said so, and Northern Alliance spokesman John Doe agreed.';
    const mentions = extractEntities(text);
    expect(byName(mentions, 'John Doe')).toMatchObject({ role: 'spokesman', kind: 'person' });
    expect(byName(mentions, 'Northern Alliance')?.kind).toBe('organization');
    expectSpansHold(text, mentions);
  });

  it('reads lower-case roles with modifiers before the name', () => {
    const text = 'Talks were chaired by former vice president Layla Haddad in Amman.';
    const mentions = extractEntities(text);
    expect(byName(mentions, 'Layla Haddad')).toMatchObject({ role: 'former vice president', kind: 'person' });
    expect(byName(mentions, 'Amman')?.kind).toBe('place');
  });

  it('keeps the full stop of an abbreviated title and does not break the name there', () => {
    const text = 'Troops under Gen. Omar Farouk moved north.';
    const farouk = byName(extractEntities(text), 'Omar Farouk');
    expect(farouk?.role).toBe('Gen.');
    expect(farouk?.text).toBe('Gen. Omar Farouk');
  });

  it('strips possessives from name and span', () => {
    const text = "Peru's ambassador met Chile's envoy.";
    const mentions = extractEntities(text);
    const peru = byName(mentions, 'Peru');
    expect(peru?.text).toBe('Peru');
    expect(text.slice(peru!.span.start, peru!.span.end + 2)).toBe("Peru's");
    expect(mentions.map((m) => m.name)).not.toContain("Chile's");
    expectSpansHold(text, mentions);
  });

  it('keeps hyphenated and apostrophe names whole', () => {
    const text = 'Fighting reached Dar-e-Kalan while Sean O\'Malley watched from Baton Rouge.';
    const names = extractEntities(text).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['Dar-e-Kalan', "Sean O'Malley", 'Baton Rouge']));
  });

  it('keeps al- and bin inside names and trims adjective endings', () => {
    const text = 'A Cairo-based group said Khalid bin Waleed met Bashar al-Hamdan.';
    const names = extractEntities(text).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['Cairo', 'Khalid bin Waleed', 'Bashar al-Hamdan']));
    expect(names).not.toContain('Cairo-based');
  });

  it('links a parenthesised acronym and gives it the kind of its full name', () => {
    const text = 'The Caspian Shipping Agency (CSA) denied it.';
    const mentions = extractEntities(text);
    expect(byName(mentions, 'Caspian Shipping Agency')?.kind).toBe('organization');
    expect(byName(mentions, 'CSA')?.kind).toBe('organization');
  });

  it('does not take sentence-initial function words, months or weekdays as names', () => {
    const text = 'However, on Monday the vote moved. In March, Meanwhile and The Hague were cited. But July passed.';
    const names = extractEntities(text).map((m) => m.name);
    for (const word of ['However', 'Monday', 'March', 'Meanwhile', 'In', 'But', 'July', 'The']) {
      expect(names).not.toContain(word);
    }
    expect(names).toContain('Hague');
  });

  it('drops a capitalised first word that the text also uses in lower case', () => {
    const text = 'Border guards fled. The border is long.';
    expect(extractEntities(text).map((m) => m.name)).not.toContain('Border');
  });

  it('guesses kinds from suffixes, keywords, prepositions and speech verbs', () => {
    const text = 'Refugees crossed into Tajikistan. The Ministry of Water closed roads in Herat. Nkemelu said nothing.';
    const mentions = extractEntities(text);
    expect(byName(mentions, 'Tajikistan')?.kind).toBe('place');
    expect(byName(mentions, 'Ministry of Water')?.kind).toBe('organization');
    expect(byName(mentions, 'Herat')?.kind).toBe('place');
    expect(byName(mentions, 'Nkemelu')?.kind).toBe('person');
  });

  it('marks a first-name-shaped pair as a person', () => {
    expect(byName(extractEntities('Yesterday Maria Vasquez arrived.'), 'Maria Vasquez')?.kind).toBe('person');
  });

  it('adds the offset to every span', () => {
    const article = 'Intro text. Envoy Tariq Aziz spoke in Basra.';
    const start = article.indexOf('Envoy');
    const mentions = extractEntities(article.slice(start), { offset: start });
    expect(mentions.length).toBeGreaterThan(0);
    expectSpansHold(article, mentions, start);
    expect(byName(mentions, 'Tariq Aziz')?.span.start).toBe(start);
  });

  it('does not break names across lines or sentences', () => {
    const text = 'We met Ana Lima\r\nBruno Costa arrived. Then Rio Branco.';
    const names = extractEntities(text).map((m) => m.name);
    expect(names).toContain('Ana Lima');
    expect(names).toContain('Bruno Costa');
    expect(names).not.toContain('Ana Lima\r\nBruno Costa');
  });

  it('never throws on odd input and keeps spans valid', () => {
    const odd = [
      '',
      '\u0000\u0000 Zed Null\u0000 said',
      '🙂 Emoji 🎉 Party 👍🏽 in Oslo',
      'مرحبا Anwar Sadat שלום',
      "'''---''' - ' -Al- al- 's",
      'A'.repeat(5000),
      'Word '.repeat(20000),
    ];
    for (const text of odd) {
      const mentions = extractEntities(text);
      expectSpansHold(text, mentions);
    }
    expect(extractEntities('')).toEqual([]);
    expect(extractEntities(undefined as unknown as string)).toEqual([]);
  });

  it('does not mutate its input and is deterministic', () => {
    const text = 'President Ana Ruiz met Prime Minister Ole Berg in Bergen.';
    const options = { offset: 3 };
    const a = extractEntities(text, options);
    const b = extractEntities(text, options);
    expect(a).toEqual(b);
    expect(options).toEqual({ offset: 3 });
    expect(a.map((m) => [m.name, m.role])).toEqual([
      ['Ana Ruiz', 'President'],
      ['Ole Berg', 'Prime Minister'],
      ['Bergen', undefined],
    ]);
  });
});

describe('extractEntities and sentence openers', () => {
  const names = (text: string) => extractEntities(text).map((m) => m.name);

  it('does not take an opening participle for a name', () => {
    const text = 'Speaking in Lagos on Monday, the minister said talks would resume. Elaborating on the plan, she named two envoys.';
    expect(names(text)).not.toContain('Speaking');
    expect(names(text)).not.toContain('Elaborating');
    expect(names(text)).toContain('Lagos');
  });

  it('does not take a lone opening abstract noun for a name, but keeps one that opens a longer name', () => {
    const text = 'Governance will be hard, the envoy said. Corruption remains rife in Dorvale. Security Council members met in Velmora.';
    expect(names(text)).toEqual(['Dorvale', 'Security Council', 'Velmora']);
  });

  it('drops an opener the text also writes lower-case, with stop-word openers around it', () => {
    const text = 'The talks ended. Heavy rain fell on Kabul. He said heavy rain was rare. In Herat, Heavy Industries staff met.';
    expect(names(text)).not.toContain('Heavy');
    expect(names(text)).toContain('Kabul');
    expect(names(text)).toContain('Heavy Industries');
  });

  it('does not take a pronoun or verb contraction for a name', () => {
    const text = "\"I've waited all week,\" said Mira Solberg. We're not leaving, They'll stay. I’d go. Don't wait, Can't stop.";
    expect(names(text)).toEqual(['Mira Solberg']);
  });

  it('does not take a month or weekday behind a prefix for a name, but keeps a name there', () => {
    const text = 'By mid-August the fighting had spread. A pre-Monday vote failed. Leaders of anti-Taliban groups met in Kabul.';
    expect(names(text)).not.toContain('August');
    expect(names(text)).not.toContain('Monday');
    expect(names(text)).toEqual(expect.arrayContaining(['Taliban', 'Kabul']));
  });

  it('does not take an opening preposition for a name ("Around 80,000 people", "Across the valley")', () => {
    const text = 'Around 80,000 people joined the march in Velmora. Across the valley, shops in Dorvale shut. Behind the barricades, police waited. Outside the court, Vera Ilic spoke.';
    expect(names(text)).toEqual(['Velmora', 'Dorvale', 'Vera Ilic']);
  });

  it('does not take an indefinite pronoun, a reflexive or an opening adverb for a name', () => {
    const text = 'Nobody at the port in Durres saw the ship. Everyone waited. Late on Friday, Someone called Vera Ilic. Once more the crane stopped. Courtesy of the harbour office.';
    expect(names(text)).toEqual(['Durres', 'Vera Ilic']);
  });

  it('does not join a person to where they work over "of"', () => {
    const text = 'The plan is weak, said Peter Lindqvist of the Nordic Policy Institute. Maren Oyelaran of the Harbour Workers Union agreed, and Kim Dahl of Reuters asked why.';
    expect(names(text)).toEqual(['Peter Lindqvist', 'Nordic Policy Institute', 'Maren Oyelaran', 'Harbour Workers Union', 'Kim Dahl', 'Reuters']);
  });

  it('does not join a person to a party named before its common noun ("of the Unity party")', () => {
    const text = 'The count favoured Dauren Tolegenov of the Unity party, while Saule Amanbek of the Democratic Renewal party came second.';
    expect(names(text)).toEqual(['Dauren Tolegenov', 'Unity', 'Saule Amanbek', 'Democratic Renewal']);
    expect(names('The Bank of the Northern Isles cut its rate.')).toEqual(['Bank of the Northern Isles']);
  });

  it('keeps a connector inside a personal name that opens a sentence', () => {
    const text = 'Ludwig van Beethoven wrote it. Hamza bin Rashed read it. Thousands of the Afghans left.';
    expect(names(text)).toEqual(['Ludwig van Beethoven', 'Hamza bin Rashed', 'Afghans']);
  });

  it('takes a month or weekday short form for a name only where no date goes on after it', () => {
    const text = 'The envoy Jan Egeland and the trader Dec Murphy met in Tromso. On Sat, Jan. 3, and Mon 12 Oct the port shut. Jan Marsh wrote.';
    expect(names(text)).toEqual(['Jan Egeland', 'Dec Murphy', 'Tromso', 'Jan Marsh']);
  });

  it('keeps names built with "of" whole', () => {
    const text = 'Officials at the Bank of the West met staff of the Central Bank of Nigeria, the Belaria Chamber of Commerce and the University of Chicago.';
    expect(names(text)).toEqual(expect.arrayContaining(['Bank of the West', 'Central Bank of Nigeria', 'Belaria Chamber of Commerce', 'University of Chicago']));
  });

  it('keeps a name of the same shape that the text also capitalises mid-sentence', () => {
    const text = 'Beijing rejected the report on Monday. Officials in Beijing said the figures were wrong.';
    expect(names(text)).toContain('Beijing');
    expect(extractEntities(text).filter((m) => m.name === 'Beijing')).toHaveLength(2);
  });
});

describe('currency codes are not names', () => {
  const names = (text: string) => extractEntities(text).map((m) => m.name);

  it('skips a code before an amount, spaced or glued, and the letters before a dollar sign', () => {
    expect(names('The court fined Wanjiru Sh412m and ordered Sh1.36 billion repaid to Nakuru County.')).toEqual(['Wanjiru', 'Nakuru County']);
    expect(names('It paid Rs 5 billion, KSh 30m, A$5bn and HK$3m to Dorvik Shipping.')).toEqual(['Dorvik Shipping']);
  });

  it('keeps the same letters where no amount follows', () => {
    expect(names('Rs Kumar met Sh Amini in Mombasa.')).toEqual(['Rs Kumar', 'Sh Amini', 'Mombasa']);
  });
});

describe('names built with "and"', () => {
  const names = (text: string) => extractEntities(text).map((m) => m.name);

  it('keeps an organisation whose name runs over "and" whole', () => {
    expect(names('The Competition and Markets Authority has until 14 August to decide.')).toEqual(['Competition and Markets Authority']);
    expect(names('A letter from the Department of Health and Human Services arrived.')).toEqual(['Department of Health and Human Services']);
    expect(names('He visited Bosnia and Herzegovina in May.')).toEqual(['Bosnia and Herzegovina']);
  });

  it('keeps two names joined by "and" apart', () => {
    expect(names('Britain and France signed the accord.')).toEqual(['Britain', 'France']);
    expect(names('Officials from Kenya and Uganda met in Tororo.')).toEqual(['Kenya', 'Uganda', 'Tororo']);
  });
});
